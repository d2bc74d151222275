using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// Acts the coder missed on fresh text (docs/events.md, "Recall round"). The past-perfect check skips "had (been) + participle"
/// outside reported speech as the background of the news; reported speech was read only as a verb of saying before the trigger
/// ("the court said he had been charged"). The same report with its attribution after the clause ("Territory in the east had
/// been captured slowly, he said") is reported speech too.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>A verb of saying after the trigger in its sentence, with a comma or a closing quote mark between them that ends
    /// the reported clause: ", he said", ", officials said", "\", the ministry reported", ", according to ...".</summary>
    private bool BeforeTrailingReportingVerb(Sentence sentence, int t)
    {
        bool clauseEnded = false;
        for (int i = t + 1; i < sentence.EndToken; i++)
        {
            var w = Word(i);
            if (w is "," or "\"" or "”" or "’" or "'")
            {
                clauseEnded = true;
                continue;
            }

            if (clauseEnded && ReportingVerbs.Contains(w))
            {
                return true;
            }
        }

        return false;
    }
}

using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// The senses round (issue 6, docs/events-rounds.md): a trigger word in a collocation of general English that gives it another sense
/// ("struck a bellicose tone", "striking consistency", "a barrage of unprecedented Western sanctions", "the fight against
/// corruption") is no act of its class. The collocations are data (<c>Events/Data/senses.tsv</c>), not one test per phrase.
/// </summary>
internal sealed partial class EventCoder
{
    private readonly SenseTable _senses = SenseTable.Default;

    /// <summary>The trigger at <paramref name="t"/> stands in a collocation of <c>senses.tsv</c> for its lemma.</summary>
    private bool InAnotherSense(Sentence sentence, int t, TriggerSense sense)
    {
        foreach (var row in _senses.For(sense.Lemma))
        {
            if (row.Relation == SenseRelation.After ? CollocateFollows(sentence, t, row) : OfUnarmedFollows(sentence, t, row))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word of the row within its reach after the trigger, before punctuation ends the clause.</summary>
    private bool CollocateFollows(Sentence sentence, int t, SenseCollocation row)
    {
        for (int i = t + 1; i < sentence.EndToken && i <= t + row.Reach; i++)
        {
            if (doc.Tokens[i].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (row.Words.Contains(Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"of" right after the trigger, then no weapon word and no attack trigger within the row's reach ("a barrage of questions").</summary>
    private bool OfUnarmedFollows(Sentence sentence, int t, SenseCollocation row)
    {
        if (t + 2 >= sentence.EndToken || !Word(t + 1).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        bool any = false;
        for (int i = t + 2; i < sentence.EndToken && i <= t + 1 + row.Reach; i++)
        {
            if (doc.Tokens[i].Kind != TokenKind.Word)
            {
                break;
            }

            var w = Word(i);
            if (_lexicon.Weapons.ContainsKey(w) || IsAssaultWord(w))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>A trigger form one of whose senses is an attack ("strikes", "shelling"): a barrage of them is fire.</summary>
    private bool IsAssaultWord(ReadOnlySpan<char> w)
    {
        if (!_lexicon.Triggers.TryGetValue(w, out var forms))
        {
            return false;
        }

        foreach (var form in forms)
        {
            if (form.Sense.Class == EventClasses.Assault)
            {
                return true;
            }
        }

        return false;
    }
}

using Sitrep.Pipeline;

namespace Sitrep.Quotes;

/// <summary>
/// Resolves a speaker phrase to a named mention: a name to the entity it contains; "he"/"she" to the most
/// salient person of the sentences just before (see <see cref="SalientPerson"/>), else the nearest preceding
/// person; a description ("the minister") likewise, where one with a demonym ("the French president") first takes the
/// nearest person introduced with it ("French President Emmanuel Macron") and never one introduced with another; "they"
/// to the nearest preceding group (ORG or NORP); "who" to the nearest preceding person or organization. Without entities (no recognizer
/// in the pipeline), pronouns and descriptions fall back to the nearest preceding named speaker of an
/// earlier quote; names are left as their own speaker span.
/// </summary>
internal sealed class SpeakerResolver(Document doc, List<Span> directContents)
{
    /// <summary>How many sentences back a pronoun looks for a salient person before taking the nearest one.</summary>
    private const int SalienceWindow = 3;

    /// <summary>Most characters between a demonym and the name it introduces ("Russian counterpart ", "French President ").</summary>
    private const int MaxPremodifierGap = 30;

    private readonly List<EntityMention> _entities = doc.Entities;
    private readonly List<Span> _namedSpeakers = [];

    /// <summary>Records a resolved or named speaker, in document order, for the fallback.</summary>
    public void NoteNamedSpeaker(Span name) => _namedSpeakers.Add(name);

    public Span? Resolve(Span speaker, ReadOnlySpan<char> firstWord, ReadOnlySpan<char> lastWord, int tokenCount)
    {
        var inside = EntityInside(speaker);
        if (inside is not null)
        {
            return inside;
        }

        bool single = tokenCount == 1;
        if (single && (firstWord.Equals("he", StringComparison.OrdinalIgnoreCase) || firstWord.Equals("she", StringComparison.OrdinalIgnoreCase)))
        {
            return SalientPerson(speaker.Start, null) ?? Preceding(speaker.Start, EntityTypes.Person, null) ?? PrecedingSpeaker(speaker.Start);
        }

        if (single && firstWord.Equals("who", StringComparison.OrdinalIgnoreCase))
        {
            return Preceding(speaker.Start, EntityTypes.Person, EntityTypes.Organization);
        }

        if (single && firstWord.Equals("they", StringComparison.OrdinalIgnoreCase))
        {
            return Preceding(speaker.Start, EntityTypes.Organization, EntityTypes.Norp);
        }

        bool definite = firstWord.Equals("the", StringComparison.OrdinalIgnoreCase);
        if (definite && tokenCount <= 4 && Words.PersonTitles.Contains(lastWord))
        {
            // "the French president": a person introduced with the same demonym ("French President Emmanuel Macron"),
            // else the salient person unless introduced with another one ("his Russian counterpart Vladimir Putin").
            var demonym = DemonymIn(speaker);
            return (demonym is null ? null : NearestWithDemonym(speaker.Start, demonym))
                ?? SalientPerson(speaker.Start, demonym)
                ?? Preceding(speaker.Start, EntityTypes.Person, null)
                ?? PrecedingSpeaker(speaker.Start);
        }

        return null;
    }

    /// <summary>
    /// The person a pronoun speaker most likely means, among persons that are not possessives ("Biden’s decision") and
    /// not inside a direct quotation: the nearest one earlier in its own sentence, else, in the nearest of the few
    /// sentences before that names one, the first. The first mention is usually the sentence's subject, which a
    /// following "he said" continues ("Serhiy Kuzan ... emphasized that Biden’s decision ... He noted that ..."),
    /// where the nearest person would be Biden.
    /// </summary>
    private Span? SalientPerson(int before, string? demonym)
    {
        int sentence = doc.SentenceIndexAt(before);
        if (sentence < 0)
        {
            return null;
        }

        Span? nearest = null;
        var own = new Span(doc.Sentences[sentence].Span.Start, before);
        foreach (var e in _entities)
        {
            if (IsCandidate(e, own, demonym) && (nearest is null || e.Span.Start > nearest.Value.Start))
            {
                nearest = e.Span;
            }
        }

        if (nearest is not null)
        {
            return nearest;
        }

        for (int s = sentence - 1; s >= 0 && s >= sentence - SalienceWindow; s--)
        {
            var range = doc.Sentences[s].Span;
            Span? first = null;
            foreach (var e in _entities)
            {
                if (IsCandidate(e, range, demonym) && (first is null || e.Span.Start < first.Value.Start))
                {
                    first = e.Span;
                }
            }

            if (first is not null)
            {
                return first;
            }
        }

        return null;
    }

    private bool IsCandidate(EntityMention e, Span range, string? demonym)
        => e.Type == EntityTypes.Person && range.Contains(e.Span) && !IsPossessive(e.Span) && !InDirectQuote(e.Span)
        && (demonym is null || DemonymBefore(e.Span) is not { } other || other.Equals(demonym, StringComparison.OrdinalIgnoreCase));

    /// <summary>The demonym (a NORP mention) inside a description: "French" in "the French president".</summary>
    private string? DemonymIn(Span description)
    {
        foreach (var e in _entities)
        {
            if (e.Type == EntityTypes.Norp && description.Contains(e.Span))
            {
                return doc.TextOf(e.Span);
            }
        }

        return null;
    }

    /// <summary>
    /// The demonym a person was introduced with: a NORP mention a few words before the name with only words between
    /// ("French President Emmanuel Macron", "his Russian counterpart Vladimir Putin").
    /// </summary>
    private string? DemonymBefore(Span person)
    {
        foreach (var e in _entities)
        {
            if (e.Type != EntityTypes.Norp || e.Span.End > person.Start || person.Start - e.Span.End > MaxPremodifierGap)
            {
                continue;
            }

            var between = doc.Text.AsSpan(e.Span.End, person.Start - e.Span.End);
            bool wordsOnly = true;
            foreach (char c in between)
            {
                wordsOnly &= char.IsLetter(c) || c == ' ' || c == '-';
            }

            if (wordsOnly)
            {
                return doc.TextOf(e.Span);
            }
        }

        return null;
    }

    /// <summary>The nearest earlier person introduced with <paramref name="demonym"/>.</summary>
    private Span? NearestWithDemonym(int before, string demonym)
    {
        Span? best = null;
        foreach (var e in _entities)
        {
            if (e.Type == EntityTypes.Person && e.Span.End <= before && (best is null || e.Span.Start > best.Value.Start)
                && DemonymBefore(e.Span) is { } d && d.Equals(demonym, StringComparison.OrdinalIgnoreCase))
            {
                best = e.Span;
            }
        }

        return best;
    }

    private bool IsPossessive(Span mention)
        => mention.End < doc.Text.Length && doc.Text[mention.End] is '\'' or '’';

    private bool InDirectQuote(Span mention)
    {
        foreach (var c in directContents)
        {
            if (c.Contains(mention))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The entity inside the speaker phrase: a person before an organization before a group, rightmost first. A group
    /// counts only as the phrase's head ("the Ukrainians"): in "Ukrainian officials" the adjective is not who spoke.
    /// </summary>
    private Span? EntityInside(Span speaker)
    {
        Span? best = null;
        int bestRank = int.MaxValue;
        foreach (var e in _entities)
        {
            if (!speaker.Overlaps(e.Span) || (e.Type == EntityTypes.Norp && e.Span.End < speaker.End))
            {
                continue;
            }

            int rank = e.Type switch
            {
                EntityTypes.Person => 0,
                EntityTypes.Organization => 1,
                EntityTypes.Norp => 2,
                _ => int.MaxValue,
            };
            if (rank < bestRank || (rank == bestRank && best is { } b && e.Span.Start > b.Start))
            {
                best = e.Span;
                bestRank = rank;
            }
        }

        return best;
    }

    private Span? Preceding(int before, string type, string? otherType)
    {
        Span? best = null;
        foreach (var e in _entities)
        {
            if (e.Span.End > before || (e.Type != type && e.Type != otherType))
            {
                continue;
            }

            if (best is null || e.Span.End > best.Value.End)
            {
                best = e.Span;
            }
        }

        return best;
    }

    private Span? PrecedingSpeaker(int before)
    {
        if (_entities.Count > 0)
        {
            return null;
        }

        for (int i = _namedSpeakers.Count - 1; i >= 0; i--)
        {
            if (_namedSpeakers[i].End <= before)
            {
                return _namedSpeakers[i];
            }
        }

        return null;
    }
}

using Sitrep.Pipeline;

namespace Sitrep.Quotes;

/// <summary>
/// Resolves a speaker phrase to a named mention: a name to the entity it contains; "he"/"she" or a
/// description ("the minister") to the nearest preceding person; "they" to the nearest preceding group
/// (ORG or NORP); "who" to the nearest preceding person or organization. Without entities (no recognizer
/// in the pipeline), pronouns and descriptions fall back to the nearest preceding named speaker of an
/// earlier quote; names are left as their own speaker span.
/// </summary>
internal sealed class SpeakerResolver(Document doc)
{
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
            return Preceding(speaker.Start, EntityTypes.Person, null) ?? PrecedingSpeaker(speaker.Start);
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
            return Preceding(speaker.Start, EntityTypes.Person, null) ?? PrecedingSpeaker(speaker.Start);
        }

        return null;
    }

    /// <summary>The entity inside the speaker phrase: a person before an organization before a group, rightmost first.</summary>
    private Span? EntityInside(Span speaker)
    {
        Span? best = null;
        int bestRank = int.MaxValue;
        foreach (var e in _entities)
        {
            if (!speaker.Overlaps(e.Span))
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

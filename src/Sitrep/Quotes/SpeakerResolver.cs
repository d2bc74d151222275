using Sitrep.Pipeline;

namespace Sitrep.Quotes;

/// <summary>
/// Resolves a speaker phrase to a named mention: a name to the entity it contains; "he"/"she" to the most
/// salient person of the sentences just before (see <see cref="SalientPerson"/>), else the nearest preceding
/// person outside quotations, either not of the other gender where the text shows one (see <see cref="GenderOf"/>; "she"
/// takes a person shown to be a woman before one not shown); a description ("the minister") likewise, where one with a demonym ("the French president") first takes the
/// nearest person introduced with it ("French President Emmanuel Macron") and never one introduced with another; "they"
/// to the nearest preceding group (ORG or NORP); "who" to the nearest preceding person or organization. Without entities (no recognizer
/// in the pipeline), pronouns and descriptions fall back to the nearest preceding named speaker of an
/// earlier quote; names are left as their own speaker span.
/// </summary>
internal sealed class SpeakerResolver(Document doc, List<Span> directContents)
{
    /// <summary>
    /// How many sentences back a pronoun looks for a salient person before taking the nearest one; a sentence inside a
    /// direct quotation is not counted (it names no candidate).
    /// </summary>
    private const int SalienceWindow = 3;

    /// <summary>A person's gender as the text shows it (<see cref="GenderOf"/>); 0 where it does not.</summary>
    private const int Female = 1, Male = -1;

    /// <summary>Most characters between a demonym and the name it introduces ("Russian counterpart ", "French President ").</summary>
    private const int MaxPremodifierGap = 30;

    private readonly List<EntityMention> _entities = doc.Entities;
    private readonly List<Span> _namedSpeakers = [];
    private int[]? _genders;

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
        bool she = single && firstWord.Equals("she", StringComparison.OrdinalIgnoreCase);
        if (she || (single && firstWord.Equals("he", StringComparison.OrdinalIgnoreCase)))
        {
            // Past the salient persons, a woman the text shows is what "she" most likely means: women are few among
            // those named in this news.
            var before = new Span(0, speaker.Start);
            int gender = she ? Female : Male;
            return SalientPerson(speaker.Start, null, gender)
                ?? (she ? Nearest(before, null, Female, required: true) : null)
                ?? Nearest(before, null, gender, required: false, possessive: true)
                ?? PrecedingSpeaker(speaker.Start);
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
    /// What "it" most likely means when it does something (the events' pronoun actors; not a speaker's "it said", often a report
    /// or a plan): as <see cref="SalientPerson"/> does for a person, the nearest organization or place (a state is a place to the
    /// recognizer) earlier in its own sentence, else, where no noun comes before it there, the first in the sentence before (what
    /// that sentence's own opening "it" means, if it opens so); not a possessive ("Russia’s seizure") and
    /// not inside a direct quotation. An "it" inside a direct quotation is left: what the speaker means is not told by the
    /// names around the quote.
    /// </summary>
    public Span? ResolveIt(Span pronoun)
    {
        int sentence = doc.SentenceIndexAt(pronoun.Start);
        if (sentence < 0 || InDirectQuote(pronoun))
        {
            return null;
        }

        Span? found = null;
        var own = new Span(doc.Sentences[sentence].Span.Start, pronoun.Start);
        foreach (var e in _entities)
        {
            if (IsBody(e, own) && (found is null || e.Span.Start > found.Value.Start))
            {
                found = e.Span;
            }
        }

        if (found is not null || sentence == 0)
        {
            return found;
        }

        // "American power overlays every region ..., and it supplies": a noun before "it" in its own sentence that names no entity
        // may be what it means; only an "it" that a noun phrase does not precede ("It demands", "But while it has moved") goes back.
        var tokens = doc.Tokens;
        for (int i = doc.Sentences[sentence].FirstToken; i < tokens.Count && tokens[i].Start < pronoun.Start; i++)
        {
            if (tokens[i].Pos is { } pos && (pos.StartsWith("NN", StringComparison.Ordinal) || pos == "PRP"))
            {
                return null;
            }
        }

        // "It demands that Russia be seen as a threat ... It rejects the danger": an "it" opening the sentence before means what that one does.
        var previous = doc.Sentences[sentence - 1];
        if (previous.FirstToken < tokens.Count && tokens[previous.FirstToken] is var first && doc.Text.AsSpan(first.Start, first.End - first.Start).Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            return ResolveIt(new Span(first.Start, first.End));
        }

        var before = previous.Span;
        foreach (var e in _entities)
        {
            if (IsBody(e, before) && (found is null || e.Span.Start < found.Value.Start))
            {
                found = e.Span;
            }
        }

        return found;
    }

    /// <summary>An organization or place in <paramref name="range"/>, not a possessive, not inside a direct quotation.</summary>
    private bool IsBody(EntityMention e, Span range)
        => e.Type is EntityTypes.Organization or EntityTypes.Location && range.Contains(e.Span) && !IsPossessive(e.Span) && !InDirectQuote(e.Span);

    /// <summary>
    /// The person a pronoun speaker most likely means, among persons that are not possessives ("Biden’s decision") and
    /// not inside a direct quotation: the nearest one earlier in its own sentence, else, in the nearest of the few
    /// sentences before that names one, the first. The first mention is usually the sentence's subject, which a
    /// following "he said" continues ("Serhiy Kuzan ... emphasized that Biden’s decision ... He noted that ..."),
    /// where the nearest person would be Biden.
    /// </summary>
    private Span? SalientPerson(int before, string? demonym, int gender = 0)
    {
        int sentence = doc.SentenceIndexAt(before);
        if (sentence < 0)
        {
            return null;
        }

        var nearest = Nearest(new Span(doc.Sentences[sentence].Span.Start, before), demonym, gender, required: false);
        if (nearest is not null)
        {
            return nearest;
        }

        int counted = 0;
        for (int s = sentence - 1; s >= 0 && counted < SalienceWindow; s--)
        {
            var range = doc.Sentences[s].Span;
            if (!InDirectQuote(new Span(Math.Min(range.Start + QuoteMarkSlack, range.End), Math.Max(range.End - QuoteMarkSlack, range.Start))))
            {
                counted++;
            }

            Span? first = null;
            for (int i = 0; i < _entities.Count; i++)
            {
                if (IsCandidate(i, range, demonym, gender, required: false) && (first is null || _entities[i].Span.Start < first.Value.Start))
                {
                    first = _entities[i].Span;
                }
            }

            if (first is not null)
            {
                return first;
            }
        }

        return null;
    }

    /// <summary>Characters a quotation's marks and the space after them take at a sentence's ends ("- ", "“").</summary>
    private const int QuoteMarkSlack = 2;

    /// <summary>The last candidate person in <paramref name="range"/> (see <see cref="IsCandidate"/>).</summary>
    private Span? Nearest(Span range, string? demonym, int gender, bool required, bool possessive = false)
    {
        Span? nearest = null;
        for (int i = 0; i < _entities.Count; i++)
        {
            if (IsCandidate(i, range, demonym, gender, required, possessive) && (nearest is null || _entities[i].Span.Start > nearest.Value.Start))
            {
                nearest = _entities[i].Span;
            }
        }

        return nearest;
    }

    /// <summary>
    /// A person in <paramref name="range"/>, not a possessive (unless <paramref name="possessive"/>: the last resort takes
    /// "Putin’s main audience ... he ordered"), not inside a direct quotation (unless an earlier quote's
    /// speaker, as "Truss" in “We know ...,” Truss said. “The message ...”), not introduced with another
    /// demonym than the speaker's, and not shown to be of the other gender than <paramref name="gender"/> (shown to be of
    /// it, where <paramref name="required"/>).
    /// </summary>
    private bool IsCandidate(int index, Span range, string? demonym, int gender, bool required, bool possessive = false)
    {
        var e = _entities[index];
        if (e.Type != EntityTypes.Person || !range.Contains(e.Span) || (!possessive && IsPossessive(e.Span)) || (InDirectQuote(e.Span) && !_namedSpeakers.Contains(e.Span))
            || (demonym is not null && DemonymBefore(e.Span) is { } other && !other.Equals(demonym, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (gender == 0)
        {
            return true;
        }

        int shown = GenderOf(index);
        return required ? shown == gender : shown != -gender;
    }

    /// <summary>
    /// The gender the text shows for a person mention, an approximation: a word just before it ("Ms", "spokesman",
    /// <see cref="Words.FemaleMarks"/>, <see cref="Words.MaleMarks"/>), a given name first (<see cref="Words.FemaleGivenNames"/>,
    /// <see cref="Words.MaleGivenNames"/>), a feminine Slavic surname ending last (<see cref="Words.FeminineSurnameEndings"/>);
    /// else, for a one-word mention, what another mention ending in that word shows ("Liz Truss" ... "Truss"; not "Bill
    /// Clinton" from "Hillary Clinton").
    /// </summary>
    private int GenderOf(int index)
    {
        if (_genders is null)
        {
            _genders = new int[_entities.Count];
            for (int i = 0; i < _entities.Count; i++)
            {
                _genders[i] = _entities[i].Type == EntityTypes.Person ? ShownGender(_entities[i].Span) : 0;
            }

            for (int i = 0; i < _entities.Count; i++)
            {
                bool surnameOnly = LastWord(_entities[i].Span).Length == _entities[i].Span.End - _entities[i].Span.Start;
                for (int j = 0; j < _entities.Count && surnameOnly && _genders[i] == 0 && _entities[i].Type == EntityTypes.Person; j++)
                {
                    if (_genders[j] != 0 && _entities[j].Type == EntityTypes.Person && LastWord(_entities[j].Span).Equals(LastWord(_entities[i].Span), StringComparison.OrdinalIgnoreCase))
                    {
                        _genders[i] = _genders[j];
                    }
                }
            }
        }

        return _genders[index];
    }

    private int ShownGender(Span mention)
    {
        var text = doc.Text.AsSpan();
        var name = text[mention.Start..mention.End];
        int space = name.IndexOf(' ');
        if (space > 0 && Words.FemaleGivenNames.Contains(name[..space]))
        {
            return Female;
        }

        if (space > 0 && Words.MaleGivenNames.Contains(name[..space]))
        {
            return Male;
        }

        var last = LastWord(mention);
        foreach (var ending in Words.FeminineSurnameEndings)
        {
            if (last.Length > ending.Length + 2 && last.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return Female;
            }
        }

        int end = mention.Start;
        while (end > 0 && text[end - 1] is ' ' or '.' or ',')
        {
            end--;
        }

        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var before = text[start..end];
        return Words.FemaleMarks.Contains(before) ? Female : Words.MaleMarks.Contains(before) ? Male : 0;
    }

    private ReadOnlySpan<char> LastWord(Span mention)
    {
        var name = doc.Text.AsSpan(mention.Start, mention.End - mention.Start);
        return name[(name.LastIndexOf(' ') + 1)..];
    }

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

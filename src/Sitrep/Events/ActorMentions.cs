using System.Collections.Frozen;
using Sitrep.Pipeline;
using Sitrep.Places;

namespace Sitrep.Events;

/// <summary>A stretch of tokens that names an actor, with what surrounds it.</summary>
public readonly record struct ActorMention(int FirstToken, int EndToken, Actor Actor, bool Possessive, bool ModifierOnly, string? Preposition)
{
    public Span Span(Document doc) => new(doc.Tokens[FirstToken].Start, doc.Tokens[EndToken - 1].End);
}

/// <summary>
/// Finds actor mentions in a sentence: phrases of the actor list ("the Biden administration"),
/// demonym + head noun ("North Korean troops" → North Korea, military), bare demonyms as modifiers
/// ("Russian shelling"), respellings of the list's surnames by their transliteration key ("Ławrow" → Lavrov),
/// then PER/ORG/NORP entities the list does not know.
/// </summary>
public static class ActorMentions
{
    /// <summary>The kind of an actor that is a named person.</summary>
    public const string PersonKind = "person";

    /// <summary>How far after a demonym its head noun may be ("Russian armed forces").</summary>
    private const int HeadReach = 3;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = new[]
    {
        "in", "into", "near", "at", "from", "over", "around", "across", "on", "against", "to", "for", "with", "of",
        "by", "toward", "towards", "inside", "outside", "beyond", "throughout", "within", "during", "since", "including",
        "among", "between", "through", "onto", "upon", "after", "before", "like", "than",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Find(Document doc, Sentence sentence, EventLexicon lexicon, List<ActorMention> output, ReadOnlySpan<EntityMention> entities)
    {
        output.Clear();
        var tokens = doc.Tokens;
        int t = sentence.FirstToken;
        while (t < sentence.EndToken)
        {
            int end = TryDemonym(doc, sentence, lexicon, t, out var actor, out bool modifierOnly);
            if (end <= t)
            {
                end = TryPhrase(doc, sentence, lexicon, t, out actor);
                if (end <= t)
                {
                    end = TryRespelledPerson(doc, sentence, lexicon, t, entities, out actor);
                }

                modifierOnly = false;
            }

            // "U.S.-supplied": the name is part of a compound modifier, not a participant.
            if (end > t && actor is not null && !(tokens[end - 1].End < doc.Text.Length && doc.Text[tokens[end - 1].End] == '-'))
            {
                output.Add(Make(doc, sentence, t, end, actor, modifierOnly));
                t = end;
                continue;
            }

            t++;
        }

        AddEntities(doc, sentence, output, entities);
    }

    private static ActorMention Make(Document doc, Sentence sentence, int first, int end, Actor actor, bool modifierOnly)
    {
        var tokens = doc.Tokens;
        bool possessive = end < sentence.EndToken && IsPossessive(doc.Slice(tokens[end].Span));
        string? prep = null;
        if (first - 1 >= sentence.FirstToken)
        {
            int p = first - 1;
            var before = doc.Slice(tokens[p].Span);
            if ((before.Equals("the", StringComparison.OrdinalIgnoreCase) || IsNumberLike(tokens[p])) && p - 1 >= sentence.FirstToken)
            {
                p--;
                before = doc.Slice(tokens[p].Span);
            }

            if (Prepositions.Contains(before))
            {
                prep = before.ToString().ToLowerInvariant();
            }
        }

        return new ActorMention(first, end, actor with { Mention = new Span(tokens[first].Start, tokens[end - 1].End) }, possessive, modifierOnly, prep);
    }

    private static bool IsNumberLike(Token token) => token.Kind == TokenKind.Number;

    internal static bool IsPossessive(ReadOnlySpan<char> w) => w is "'s" or "’s" or "'" or "’";

    private static int TryDemonym(Document doc, Sentence sentence, EventLexicon lexicon, int t, out Actor? actor, out bool modifierOnly)
    {
        actor = null;
        modifierOnly = false;
        var tokens = doc.Tokens;
        if (!lexicon.Demonyms.TryGetValue(doc.Slice(tokens[t].Span), out var candidates))
        {
            return t;
        }

        foreach (var d in candidates)
        {
            int end = MatchTokens(doc, sentence, t, d.Tokens);
            if (end <= t)
            {
                continue;
            }

            // A demonym spelled like an actor phrase ("U.S.", "NATO", "Kremlin") is a demonym only before a head noun.
            for (int h = end; h < sentence.EndToken && h < end + HeadReach; h++)
            {
                var tok = tokens[h];
                if (tok.Kind != TokenKind.Word || Prepositions.Contains(doc.Slice(tok.Span)) || doc.Slice(tok.Span) is "the" or "a" or "an" or "and")
                {
                    break;
                }

                if (lexicon.Heads.TryGetValue(doc.Slice(tok.Span), out var kind))
                {
                    actor = kind == "civilians" ? new Actor("Civilians", kind) : new Actor(d.Name, kind);
                    return h + 1;
                }
            }

            if (!IsAlsoName(lexicon, d.Tokens) && IsLowerAfterCapital(doc, tokens, t, end, sentence))
            {
                actor = new Actor(d.Name, "state");
                modifierOnly = true;
                return end;
            }

            return t;
        }

        return t;
    }

    /// <summary>"U.S.", "NATO", "Kremlin" are names on their own, demonyms only before a head noun.</summary>
    private static bool IsAlsoName(EventLexicon lexicon, string[] demonym)
    {
        if (!lexicon.Actors.TryGetValue(demonym[0], out var phrases))
        {
            return false;
        }

        foreach (var p in phrases)
        {
            if (p.Tokens.AsSpan().SequenceEqual(demonym))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A capitalized demonym followed by a lower-case word is an adjective ("Russian shelling"), not "Russian" alone.</summary>
    private static bool IsLowerAfterCapital(Document doc, List<Token> tokens, int t, int end, Sentence sentence)
    {
        if (!char.IsUpper(doc.Text[tokens[t].Start]) || end >= sentence.EndToken)
        {
            return false;
        }

        var next = tokens[end];
        return next.Kind == TokenKind.Word && char.IsLower(doc.Text[next.Start]);
    }

    private static int TryPhrase(Document doc, Sentence sentence, EventLexicon lexicon, int t, out Actor? actor)
    {
        actor = null;
        var tokens = doc.Tokens;
        var first = doc.Slice(tokens[t].Span);
        if (!lexicon.Actors.TryGetValue(first, out var candidates))
        {
            return t;
        }

        foreach (var p in candidates)
        {
            // Short all-letter names ("US", "UK", "EU", "UN") must be written in capitals: "us" is a pronoun. A person
            // row's surname ("Xi") is a proper name, held to the capitalized-word check below instead.
            if (!p.Person && p.Tokens.Length == 1 && p.Tokens[0].Length <= 3 && !p.Tokens[0].Contains('.', StringComparison.Ordinal) && !IsAllUpper(first))
            {
                continue;
            }

            // Proper names are capitalized; common nouns of the list (civilians, children) need not be.
            if (char.IsUpper(p.Name[0]) && p.Kind != "civilians" && p.Tokens[0] != "the" && !char.IsUpper(first[0]))
            {
                continue;
            }

            int end = MatchTokens(doc, sentence, t, p.Tokens);
            if (end > t)
            {
                actor = new Actor(p.Name, p.Kind);
                return end;
            }
        }

        return t;
    }

    /// <summary>
    /// A capitalized word the list does not hold whose <see cref="TransliterationKey"/> is a person row's
    /// (Polish "Zacharowa", "Pieskow", "Łukaszenka"): read the Polish way, then the English way where "ch" or "rz"
    /// makes them differ, as the places stage reads place names, then one edit from a long key (machine-translation
    /// garbles: "Zelnski", "Zelanski"). Never a word the entity or places stage took for a place,
    /// nor one after a first name of the same PER entity that the list does not give this surname ("Olena Zelenska").
    /// A key shorter than <see cref="EventLexicon.MinPersonKeyLength"/> ("Vucić" for Vucic, "Kułeba") is an ordinary
    /// name's as often as a listed person's: it counts only inside a PER entity and not as the sentence's first word.
    /// </summary>
    private static int TryRespelledPerson(Document doc, Sentence sentence, EventLexicon lexicon, int t, ReadOnlySpan<EntityMention> entities, out Actor? actor)
    {
        actor = null;
        var token = doc.Tokens[t];
        var word = doc.Slice(token.Span);
        if (token.Kind != TokenKind.Word || word.Length < EventLexicon.MinShortPersonKeyLength || word.Length > TransliterationKey.MaxLength
            || !char.IsUpper(word[0]) || IsAllUpper(word))
        {
            return t;
        }

        Span<char> key = stackalloc char[TransliterationKey.MaxLength];
        Span<char> english = stackalloc char[TransliterationKey.MaxLength];
        var polish = key[..TransliterationKey.Of(word, key, polish: true)];
        if (!lexicon.PersonKeys.TryGetValue(polish, out var person)
            && !((word.Contains("ch", StringComparison.OrdinalIgnoreCase) || word.Contains("rz", StringComparison.OrdinalIgnoreCase))
                && lexicon.PersonKeys.TryGetValue(english[..TransliterationKey.Of(word, english, polish: false)], out person))
            && !lexicon.TryGetPersonNear(polish, out person))
        {
            return t;
        }

        bool inPerson = false;
        foreach (var e in entities)
        {
            if (e.Type == EntityTypes.Location && e.Span.Overlaps(token.Span))
            {
                return t;
            }

            inPerson |= e.Type == EntityTypes.Person && e.Span.Start <= token.Start && e.Span.End >= token.End;

            if (e.Type == EntityTypes.Person && person.FirstNames.Length > 0 && e.Span.Start < token.Start && e.Span.End >= token.End
                && !HasFirstName(doc, t, person, english))
            {
                return t;
            }
        }

        if (polish.Length < EventLexicon.MinPersonKeyLength && (!inPerson || t == sentence.FirstToken))
        {
            return t;
        }

        foreach (var p in doc.Places)
        {
            if (p.Span.Overlaps(token.Span))
            {
                return t;
            }
        }

        actor = new Actor(person.Row.Name, person.Row.Kind);
        return t + 1;
    }

    /// <summary>The word before token <paramref name="t"/> is one of the first names the list gives the person.</summary>
    private static bool HasFirstName(Document doc, int t, RespelledPerson person, Span<char> key)
    {
        var before = doc.Slice(doc.Tokens[t - 1].Span);
        if (before.Length > TransliterationKey.MaxLength)
        {
            return false;
        }

        var polish = key[..TransliterationKey.Of(before, key, polish: true)];
        foreach (var name in person.FirstNames)
        {
            if (polish.SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int MatchTokens(Document doc, Sentence sentence, int t, string[] phrase)
    {
        if (t + phrase.Length > sentence.EndToken)
        {
            return t;
        }

        for (int k = 0; k < phrase.Length; k++)
        {
            if (!doc.Slice(doc.Tokens[t + k].Span).Equals(phrase[k], StringComparison.OrdinalIgnoreCase))
            {
                return t;
            }
        }

        return t + phrase.Length;
    }

    /// <summary>Entities the actor list does not cover: NORP with a canonical country, and PER/ORG names.</summary>
    private static void AddEntities(Document doc, Sentence sentence, List<ActorMention> output, ReadOnlySpan<EntityMention> entities)
    {
        if (entities.IsEmpty)
        {
            return;
        }

        int known = output.Count;
        foreach (var e in entities)
        {
            if (!sentence.Span.Contains(e.Span) || e.Type is not (EntityTypes.Person or EntityTypes.Organization or EntityTypes.Norp))
            {
                continue;
            }

            bool covered = false;
            for (int i = 0; i < known; i++)
            {
                if (output[i].Span(doc).Overlaps(e.Span))
                {
                    covered = true;
                    break;
                }
            }

            if (covered)
            {
                continue;
            }

            int first = TokenAt(doc, sentence, e.Span.Start);
            int end = TokenAt(doc, sentence, e.Span.End - 1) + 1;
            if (first < 0 || end <= first)
            {
                continue;
            }

            var actor = e.Type switch
            {
                EntityTypes.Norp when e.Canonical is not null => new Actor(e.Canonical, "state"),
                EntityTypes.Person => new Actor(e.Canonical ?? doc.TextOf(e.Span), PersonKind),
                EntityTypes.Organization => new Actor(e.Canonical ?? doc.TextOf(e.Span), "organization"),
                _ => null,
            };
            if (actor is not null)
            {
                output.Add(Make(doc, sentence, first, end, actor, modifierOnly: e.Type == EntityTypes.Norp));
            }
        }

        output.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
    }

    internal static int TokenAt(Document doc, Sentence sentence, int offset)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (doc.Tokens[i].End > offset)
            {
                return doc.Tokens[i].Start <= offset ? i : -1;
            }
        }

        return -1;
    }
}

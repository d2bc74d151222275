using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// The violence round (issue 6, docs/events-rounds.md): attacks and clashes that the text names but does not report as violence
/// of the article (figures of speech in quotation marks, participants described by what was done to them, casualties as a
/// class of people, the content of a charge, history, decisions and feared scenarios, names of the war, campaigns, riots),
/// and three readings of attacks' roles, places and merges (a source after "according to", names in a list of regions, a
/// FIGHT merging only with its own mode).
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>How far back from a trigger a charge word ("accusations of", "wanted for") governs it.</summary>
    private const int ChargeReach = 10;

    /// <summary>How many words an "according to" may stand before a mention it governs ("according to the Russian Ministry of Defense").</summary>
    private const int SourceReach = 6;

    /// <summary>How many words a list of regions may hold between a name and "regions of" or "regions".</summary>
    private const int RegionListReach = 10;

    /// <summary>Nouns that make the names before or after them regions ("the regions of", "the Kharkiv and Sumy regions").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RegionNouns = Words(
        "region", "regions", "oblast", "oblasts", "province", "provinces");

    /// <summary>Words of a reference point inside a list of places ("Chernihiv, north of Kyiv, and Zhytomyr").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Directions = Words([.. CompassPoints, "of"]);

    /// <summary>How many words a complement or a colon may stand before a nominal trigger it governs ("injured by Russian
    /// bombardments", "the worst scenario: a Russian attack").</summary>
    private const int ComplementReach = 4;

    /// <summary>Nouns of what may happen, which name a feared act after a colon.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PossibilityNouns = Words(
        "scenario", "scenarios", "threat", "threats", "risk", "risks", "danger", "dangers", "fear", "fears", "prospect", "possibility");

    /// <summary>How many words after a clash its parties ("between the police and protesters") are looked for.</summary>
    private const int CrowdReach = 6;

    /// <summary>Parties that make a clash a riot: police and crowds.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CrowdWords = Words(
        "police", "policemen", "protesters", "protestors", "demonstrators", "rioters", "fans", "crowd", "crowds");

    /// <summary>How far after "anniversary" a commemorated battle or attack may stand ("the anniversary of the end of the battle").</summary>
    private const int AnniversaryReach = 6;

    /// <summary>Nouns whose of/for phrase, right after them, names what someone is charged with ("accusations of").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChargeNouns = Words(
        "accusation", "accusations", "allegation", "allegations", "suspicion");

    /// <summary>Participles whose of/for phrase, after their object, names what someone is charged with ("sentenced him for").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChargeVerbs = Words(
        "sought", "wanted", "suspected", "convicted", "sentenced", "prosecuted", "jailed", "guilty");

    /// <summary>Words that place a sentence in history before the war the corpus reports (and "World War").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HistoricWords = Words(
        "Soviet", "Soviets", "USSR", "Nazi", "Nazis", "Hitler", "Stalin", "WWII", "centuries", "medieval");

    /// <summary>Counting nouns: "a dozen wounded", "hundreds of civilians killed" give a count, and a count reports casualties.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberWords = Words(
        "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "scores");

    /// <summary>Adjectives and participles that, coordinated with a casualty participle, name people ("the dead and wounded").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CasualtyWords = Words(
        "dead", "killed", "wounded", "injured", "missing", "sick");

    /// <summary>
    /// An attack or clash the sentence names without reporting violence of the article: the checks of this round, for
    /// ASSAULT and FIGHT triggers that passed the earlier ones.
    /// </summary>
    private bool IsNamedNotReported(Sentence sentence, int t, bool asVerb)
        => IsScareQuoted(t)
            || InUnanchoredMarkedQuote(sentence, t)
            || DescribesParticipant(sentence, t, asVerb)
            || NamesCasualties(sentence, t)
            || IsChargeContent(sentence, t)
            || IsHistory(sentence, t, asVerb)
            || NamesWarUnaimed(sentence, t, asVerb)
            || InDescribingComplement(sentence, t, asVerb)
            || IsDecidedOnly(sentence, t, asVerb)
            || IsNamedPossibility(sentence, t, asVerb)
            || IsPeriodSummary(sentence, t, asVerb)
            || IsCrowdClash(sentence, t);

    /// <summary>
    /// "Recent clashes between the police and protesters", "a battle with police": a clash whose parties are police and a crowd
    /// is a riot around a protest (ACLED's Riots), not armed forces fighting; the protest is coded by its own words.
    /// </summary>
    private bool IsCrowdClash(Sentence sentence, int t)
    {
        if (!(Word(t).StartsWith("clash", StringComparison.OrdinalIgnoreCase) || Word(t).StartsWith("battle", StringComparison.OrdinalIgnoreCase)
            || Word(t).StartsWith("fight", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        for (int i = t + 1; i < sentence.EndToken && i <= t + CrowdReach; i++)
        {
            var w = Word(i);
            if (doc.Tokens[i].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (CrowdWords.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "its troops have faced mounting chemical attacks in recent months": attacks in the plural over a recent period that the
    /// sentence neither places below a country nor dates to a day sum up a campaign; "Kharkiv has been targeted in relentless
    /// air attacks in recent weeks" names where, and stays.
    /// </summary>
    private bool IsPeriodSummary(Sentence sentence, int t, bool asVerb)
    {
        var w = Word(t);
        if (asVerb || w.Length < 3 || w[^1] != 's' || w[^2] == 's')
        {
            return false;
        }

        bool period = false;
        for (int i = sentence.FirstToken; i + 2 < sentence.EndToken && !period; i++)
        {
            if (!(Word(i) is "in" or "In" or "over" or "Over" or "during" or "During"))
            {
                continue;
            }

            for (int k = i + 1; k <= i + 3 && k < sentence.EndToken; k++)
            {
                var x = Word(k);
                if (x is "weeks" or "months" or "years" or "days")
                {
                    period = k > i + 1 && Word(k - 1) is "recent" or "past" or "last" or "few" || Word(i + 1) is "recent";
                    break;
                }
            }
        }

        if (!period)
        {
            return false;
        }

        foreach (var time in _times.StartingIn(sentence.Span))
        {
            if (sentence.Span.Contains(time.Span) && time.Type is TimexTypes.Date or TimexTypes.Time && time.Value.Length >= 10 && char.IsAsciiDigit(time.Value[9]))
            {
                return false;
            }
        }

        foreach (var p in _places.StartingIn(sentence.Span))
        {
            if (sentence.Span.Contains(p.Span) && p.Level != PlaceLevels.Country && !IsPossessivePlace(p))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "visited children injured by Russian bombardments": an attack in the complement of a participle that describes a
    /// participant (<see cref="DescribesParticipant"/>) belongs to the description too.
    /// </summary>
    private bool InDescribingComplement(Sentence sentence, int t, bool asVerb)
    {
        if (asVerb)
        {
            return false;
        }

        for (int i = t - 1; i > sentence.FirstToken && i >= t - ComplementReach; i--)
        {
            var token = doc.Tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            if (token.Pos is "VBN" or "VBG")
            {
                return DescribesParticipant(sentence, i, asVerb: true);
            }
        }

        return false;
    }

    /// <summary>"had already decided to attack", "agreed to strike": a decision to attack or fight, not the attack.</summary>
    private bool IsDecidedOnly(Sentence sentence, int t, bool asVerb)
    {
        if (!asVerb || t - 2 < sentence.FirstToken || !Word(t - 1).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var w = Word(t - 2);
        return w.StartsWith("decide", StringComparison.OrdinalIgnoreCase) || w.StartsWith("agree", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"prepare for the worst scenario: a Russian attack on the capital": an attack named after a noun of possibility
    /// and a colon is what is feared, not what happened.</summary>
    private bool IsNamedPossibility(Sentence sentence, int t, bool asVerb)
    {
        if (asVerb)
        {
            return false;
        }

        for (int i = t - 1; i > sentence.FirstToken && i >= t - ComplementReach; i--)
        {
            if (Word(i) is ":")
            {
                return PossibilityNouns.Contains(Word(i - 1));
            }

            if (doc.Tokens[i].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "The USA responds to Russia's attack: ...": a singular attack noun owned by a country in the possessive and followed by
    /// no complement (punctuation, a verb or the end), in a sentence with no date and no place below a country, names the
    /// war, as "Russia's attack on Ukraine" does.
    /// </summary>
    private bool NamesWarUnaimed(Sentence sentence, int t, bool asVerb)
    {
        var w = Word(t);
        if (asVerb || w.Length < 2 || w[^1] == 's' || t - 2 < sentence.FirstToken || !ActorMentions.IsPossessive(Word(t - 1)))
        {
            return false;
        }

        bool noComplement = t + 1 >= sentence.EndToken || doc.Tokens[t + 1].Kind == TokenKind.Punctuation
            || IsVerbTag(t + 1);
        if (!noComplement)
        {
            return false;
        }

        var owner = doc.Tokens[t - 2].Span;
        foreach (var p in _places.StartingIn(new Span(owner.Start, owner.End)))
        {
            if (p.Span.End == owner.End && p.Level == PlaceLevels.Country)
            {
                return !IsAnchored(sentence.Span);
            }
        }

        return false;
    }

    private static bool IsDoubleQuote(char c) => c is '"' or '“' or '”' or '„' or '«' or '»';

    /// <summary>A quotation mark, double or single, straight or curly.</summary>
    internal static bool IsQuoteMark(char c) => IsDoubleQuote(c) || c is '‘' or '’' or '\'';

    /// <summary>
    /// The trigger alone in quotation marks ("the flag, which \"attacks\" the vehicle", the number of victims was
    /// "striking"): the writer marks the word as not meant literally.
    /// </summary>
    private bool IsScareQuoted(int t)
    {
        var token = doc.Tokens[t];
        return token.Start > 0 && token.End < doc.Text.Length && IsQuoteMark(doc.Text[token.Start - 1]) && IsQuoteMark(doc.Text[token.End])
            && (doc.Text[token.End] is not ('’' or '\'') || token.End + 1 >= doc.Text.Length || !char.IsLetter(doc.Text[token.End + 1]));
    }

    /// <summary>
    /// The trigger stands between quotation marks of its sentence that the quote stage did not take as a direct quote (a
    /// quoted phrase inside reported speech, "to see how “the West destroys peace on the planet”"; a quote whose speaker is
    /// in another sentence), and the quoted stretch gives no calendar date and no place below a country, and the sentence no
    /// figure: rhetoric, as the quoted-rhetoric rule reads a direct quote.
    /// </summary>
    private bool InUnanchoredMarkedQuote(Sentence sentence, int t)
    {
        var token = doc.Tokens[t];
        int open = -1;
        for (int i = sentence.Span.Start; i < token.Start; i++)
        {
            char c = doc.Text[i];
            if (c is '“' or '„' or '«')
            {
                open = i;
            }
            else if (c is '”' or '»')
            {
                open = -1;
            }
            else if (c == '"')
            {
                open = open < 0 ? i : -1;
            }
        }

        if (open < 0 || _figures.StartingIn(sentence.Span).Length > 0)
        {
            return false;
        }

        int close = sentence.Span.End;
        for (int i = token.End; i < sentence.Span.End; i++)
        {
            if (doc.Text[i] is '"' or '”' or '»')
            {
                close = i;
                break;
            }
        }

        var stretch = new Span(open + 1, close);
        foreach (var time in _times.StartingIn(stretch))
        {
            if (stretch.Contains(time.Span) && time.Type is TimexTypes.Date or TimexTypes.Time && time.Value.Length > 0 && char.IsAsciiDigit(time.Value[0]))
            {
                return false;
            }
        }

        foreach (var p in _places.StartingIn(stretch))
        {
            if (stretch.Contains(p.Span) && p.Level != PlaceLevels.Country && !IsPossessivePlace(p) && !IsActingCapital(sentence, p))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "visited children injured by Russian bombardments", "the defence of Ukrainian citizens killed by the Russians", "an
    /// oppositionist fighting with the regime": a participle right after a common noun that is the object of a verb or a
    /// preposition describes that participant; in a sentence with no date and no count on the noun it reports no act.
    /// </summary>
    private bool DescribesParticipant(Sentence sentence, int t, bool asVerb)
    {
        // The participle takes a complement of its own ("injured by", "fighting with"), as a reduced relative clause does; "a
        // dozen wounded," ends a noun phrase.
        if (!asVerb || doc.Tokens[t].Pos is not ("VBN" or "VBG") || t - 2 < sentence.FirstToken || t + 1 >= sentence.EndToken
            || doc.Tokens[t - 1].Pos is not ("NN" or "NNS") || NumberWords.Contains(Word(t - 1)) || doc.Tokens[t + 1].Pos is not ("IN" or "TO" or "RB"))
        {
            return false;
        }

        for (int i = t - 2; i >= sentence.FirstToken; i--)
        {
            var token = doc.Tokens[i];
            if (token.Kind == TokenKind.Number || token.Pos is "CD" || NumberWords.Contains(Word(i)))
            {
                return false;
            }

            if (token.Pos is "NN" or "NNS" or "JJ" or "DT" or "PRP$" || (token.Pos is "NNP" or "NNPS" && doc.Tokens[i + 1].Pos is "NN" or "NNS"))
            {
                continue;
            }

            bool governed = token.Pos is "IN" or "TO" or "CC" || (token.Pos is { } tag && tag.StartsWith("VB", StringComparison.Ordinal));
            return governed && !IsDated(sentence.Span);
        }

        return false;
    }

    /// <summary>
    /// "a mixture of dead and wounded", "the wounded were taken to hospital": a casualty participle after a determiner or a
    /// preposition, alone or coordinated with another casualty word, and before no noun, names people, not an act.
    /// </summary>
    private bool NamesCasualties(Sentence sentence, int t)
    {
        if (!CasualtyWords.Contains(Word(t)) || t + 1 < sentence.EndToken && (Word(t + 1) is "by" || doc.Tokens[t + 1].Pos is { } next
            && (next.StartsWith("NN", StringComparison.Ordinal) || next.StartsWith("JJ", StringComparison.Ordinal))))
        {
            return false;
        }

        int i = t - 1;
        while (i - 1 >= sentence.FirstToken && Word(i) is "and" or "or" && CasualtyWords.Contains(Word(i - 1)))
        {
            i -= 2;
        }

        return i >= sentence.FirstToken && doc.Tokens[i].Pos is "DT" or "IN";
    }

    /// <summary>
    /// "Mr Putin's accusations of the West attempting to \"destroy Russia\"", "on the list of people sought for destroying
    /// monuments", "sentenced for killing civilians": the act is what someone is charged with, coded (if at all) as the charge.
    /// </summary>
    private bool IsChargeContent(Sentence sentence, int t)
    {
        bool sawPreposition = false;
        for (int i = t - 1; i >= sentence.FirstToken && i >= t - ChargeReach; i--)
        {
            var w = Word(i);
            if (w is ";" or ":" || w.Equals("while", StringComparison.OrdinalIgnoreCase) || w.Equals("but", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (w.Equals("of", StringComparison.OrdinalIgnoreCase) || w.Equals("for", StringComparison.OrdinalIgnoreCase))
            {
                sawPreposition = true;
            }
            else if (sawPreposition && (ChargeVerbs.Contains(w) || (ChargeNouns.Contains(w) && Word(i + 1) is "of" or "for")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// History, not news: a nominal attack or clash after "anniversary" and "of" ("on the anniversary of the end of the bitter
    /// battle for Stalingrad"), or any attack or clash in a sentence without a date that names an era before the war (Soviet,
    /// Nazi, Hitler, centuries: "putting an end to the killing of millions that had been going on for centuries").
    /// </summary>
    private bool IsHistory(Sentence sentence, int t, bool asVerb)
    {
        if (!asVerb)
        {
            bool sawOf = false;
            for (int i = t - 1; i >= sentence.FirstToken && i >= t - AnniversaryReach; i--)
            {
                var w = Word(i);
                if (w.Equals("of", StringComparison.OrdinalIgnoreCase))
                {
                    sawOf = true;
                }
                else if (sawOf && (w.Equals("anniversary", StringComparison.OrdinalIgnoreCase) || w.Equals("anniversaries", StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }
        }

        if (IsDated(sentence.Span))
        {
            return false;
        }

        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = doc.Tokens[i];
            bool worldWar = Word(i) is "World" && i + 1 < sentence.EndToken && Word(i + 1) is "War";
            if (token.Kind != TokenKind.Word || !(HistoricWords.Contains(Word(i)) || worldWar))
            {
                continue;
            }

            // "Soviet-era tanks", "Soviet-made", "neo-Nazi": a modifier of today's things, not history.
            bool glued = (token.End < doc.Text.Length && doc.Text[token.End] is '-' or '‐') || (token.Start > 0 && doc.Text[token.Start - 1] is '-' or '‐');
            bool capitalOk = char.IsUpper(doc.Text[token.Start]) || Word(i) is "centuries" or "medieval";
            if (!glued && capitalOk)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The mention follows "according to", directly or through "the", a number or the owner of its phrase ("according to
    /// Russia's Ministry of Defense"): it names the source of the report.
    /// </summary>
    private bool IsAccordingTo(ActorMention mention)
    {
        for (int p = mention.FirstToken - 1; p >= 1 && p >= mention.FirstToken - SourceReach; p--)
        {
            var w = Word(p);
            if (w.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return Word(p - 1).Equals("according", StringComparison.OrdinalIgnoreCase);
            }

            bool ownerOrArticle = ActorMentions.IsPossessive(w) || w.Equals("the", StringComparison.OrdinalIgnoreCase)
                || doc.Tokens[p].Kind == TokenKind.Number || (w.Length > 0 && char.IsUpper(w[0]));
            if (!ownerOrArticle)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "in the regions of Chernihiv, north of Kyiv, and Zhytomyr and Lviv", "in the Kharkiv and Sumy regions": a name in a list
    /// of regions names the region, whatever city of that name the place stage resolved, so it ranks as a first-level region.
    /// </summary>
    private bool InRegionList(Sentence sentence, PlaceMention p)
    {
        int first = TokenAt(sentence, p.Span.Start);
        int last = TokenAt(sentence, p.Span.End - 1);

        // Back over the list (names, commas, "and", a reference point "north of Kyiv") to "regions of".
        for (int i = first - 1; i >= sentence.FirstToken && i >= first - RegionListReach; i--)
        {
            var w = Word(i);
            if (w.Equals("of", StringComparison.OrdinalIgnoreCase) && i - 1 >= sentence.FirstToken && RegionNouns.Contains(Word(i - 1)))
            {
                return Word(i - 1).EndsWith('s') || i + 1 == first;
            }

            if (!(w is "," or "and" || char.IsUpper(w[0]) || Directions.Contains(w)))
            {
                break;
            }
        }

        // Forward over the list to "regions".
        for (int i = last + 1; i < sentence.EndToken && i <= last + RegionListReach; i++)
        {
            var w = Word(i);
            if (RegionNouns.Contains(w))
            {
                return true;
            }

            if (!(w is "," or "and" || char.IsUpper(w[0])))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// "his troops were entering Rostov ... had shot down a Russian military helicopter": a clash for territory and an
    /// engagement of air defence are two acts, however near in place, actor and time; a FIGHT merges only with its own mode.
    /// </summary>
    private static bool ClashKindsDiffer(Draft a, Draft b)
        => a.Class == EventClasses.Fight && a.Mode is not null && b.Mode is not null && a.Mode != b.Mode;
}

using System.Collections.Frozen;
using Sitrep.Entities;
using Sitrep.Pipeline;

namespace Sitrep.Fusion;

/// <summary>
/// How much two evidence sentences say the same thing: the Dice overlap of their content words, each cut to a
/// five-letter stem ("invaded"/"invading", "bribe"/"bribery" agree), plus their numbers of two or more digits
/// ("$61bn" and "61 billion" share 61). Function words, a few words every war report uses, and the words of the
/// events' actor and target names are left out: they are compared elsewhere, or tie nothing to one event.
/// </summary>
/// <remarks>
/// Fusion asks for this only when place and date alone cannot tell two events apart (see
/// <see cref="EventFusion.NeedsCorroboration"/>). An approximation: stems are prefixes, not lemmas, and the
/// overlap is of words, not of meaning, so a retelling in other words ("Moscow's assault" for "the Russian
/// attack") is not corroborated.
/// </remarks>
public static class EvidenceOverlap
{
    /// <summary>Content words are cut to this many letters.</summary>
    public const int StemLength = 5;

    /// <summary>Two sentences corroborate each other at this Dice overlap when they share at least <see cref="MinShared"/> keys.</summary>
    public const double MinDice = 0.25;

    public const int MinShared = 3;

    /// <summary>At this overlap a single shared key is enough: short sentences told in the same words.</summary>
    public const double MinDiceAlone = 0.5;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Ignored = """
        the and but for nor yet not are was were been being has have had its their they them his her him she hers our ours
        you your who whom whose what when where which while will would can could should may might must shall does did done
        said says say told also after before over under into onto about against between during since until more most some
        any all other others such only just than then there here this that these those with from upon per via one two three
        new last first next year years week weeks month months day days time times according including however because very
        today yesterday monday tuesday wednesday thursday friday saturday sunday
        war wars invasion military president forces troops country countries government officials official
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The keys (hashed stems and numbers) of a text, without those of <paramref name="leaveOut"/>.</summary>
    public static HashSet<ulong> Keys(string text, HashSet<ulong>? leaveOut = null)
    {
        var keys = new HashSet<ulong>();
        ReadOnlySpan<char> s = text;
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (char.IsLetter(c))
            {
                int start = i;
                while (i < s.Length && char.IsLetter(s[i]))
                {
                    i++;
                }

                var word = s[start..i];
                if (word.Length >= 3 && !Ignored.Contains(word))
                {
                    Add(keys, leaveOut, FeatureHash.OfLower(word[..Math.Min(StemLength, word.Length)]));
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                // "5,000" and "5000" are one number; a decimal part is dropped with its point.
                ulong h = FeatureHash.Start();
                int digits = 0;
                while (i < s.Length && (char.IsAsciiDigit(s[i]) || (s[i] == ',' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))))
                {
                    if (s[i] != ',')
                    {
                        h = FeatureHash.Add(h, s[i]);
                        digits++;
                    }

                    i++;
                }

                if (digits >= 2)
                {
                    Add(keys, leaveOut, FeatureHash.Finish(h) ^ 0x4E554D);
                }

                while (i < s.Length && (s[i] == '.' || char.IsAsciiDigit(s[i])))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }
        }

        return keys;
    }

    /// <summary>The keys of the words of actor and target names ("Russia" also leaves out "Russian", by its stem).</summary>
    public static HashSet<ulong> NameKeys(params IReadOnlyList<Actor>[] lists)
    {
        var keys = new HashSet<ulong>();
        foreach (var list in lists)
        {
            foreach (var a in list)
            {
                keys.UnionWith(Keys(a.Name));
            }
        }

        return keys;
    }

    /// <summary>Whether two key sets overlap enough to tell the same event (see the thresholds above).</summary>
    public static bool Corroborates(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        int shared = 0;
        foreach (ulong k in a)
        {
            if (b.Contains(k))
            {
                shared++;
            }
        }

        double dice = 2.0 * shared / (a.Count + b.Count);
        return (shared >= MinShared && dice >= MinDice) || (shared >= 1 && dice >= MinDiceAlone);
    }

    private static void Add(HashSet<ulong> keys, HashSet<ulong>? leaveOut, ulong key)
    {
        if (leaveOut is null || !leaveOut.Contains(key))
        {
            keys.Add(key);
        }
    }
}

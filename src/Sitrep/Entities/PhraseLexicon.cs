using Sitrep.Text;

namespace Sitrep.Entities;

/// <summary>
/// Phrases of up to <see cref="MaxTokens"/> tokens mapped to a value, matched longest-first over folded
/// token hashes (case-insensitive, typographic quotes and dashes folded). Immutable once built.
/// </summary>
internal sealed class PhraseLexicon<T>
{
    public const int MaxTokens = 5;

    private const ulong PhraseStart = 0x3C6EF372FE94F82BUL;

    private readonly Dictionary<ulong, T> _phrases = [];
    private readonly HashSet<ulong> _prefixes = [];

    public int Count => _phrases.Count;

    public static ulong Extend(ulong h, ulong token) => FeatureHash.Mix(h + (token * 0x9E3779B97F4A7C15UL));

    /// <summary>Adds <paramref name="phrase"/>, tokenized as the pipeline tokenizes text; false when it has too many tokens or none.</summary>
    public bool Add(string phrase, T value)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count is 0 or > MaxTokens)
        {
            return false;
        }

        ulong h = PhraseStart;
        for (int i = 0; i < tokens.Count; i++)
        {
            h = Extend(h, FeatureHash.OfLower(phrase.AsSpan(tokens[i].Start, tokens[i].Length)));
            if (i < tokens.Count - 1)
            {
                _prefixes.Add(h);
            }
        }

        _phrases.TryAdd(h, value);
        return true;
    }

    /// <summary>
    /// Longest phrase starting at <paramref name="start"/>. <paramref name="singular"/> holds, per token, the
    /// hash of the token without a plural "s" (or 0); it is tried for a phrase's last token ("F-16s").
    /// </summary>
    public int Match(ReadOnlySpan<ulong> tokens, ReadOnlySpan<ulong> singular, int start, out T? value)
    {
        value = default;
        int best = 0;
        ulong h = PhraseStart;
        for (int k = 0; k < MaxTokens && start + k < tokens.Length; k++)
        {
            int at = start + k;
            if (singular[at] != 0 && _phrases.TryGetValue(Extend(h, singular[at]), out var v2))
            {
                best = k + 1;
                value = v2;
            }

            h = Extend(h, tokens[at]);
            if (_phrases.TryGetValue(h, out var v))
            {
                best = k + 1;
                value = v;
            }

            if (!_prefixes.Contains(h))
            {
                break;
            }
        }

        return best;
    }
}

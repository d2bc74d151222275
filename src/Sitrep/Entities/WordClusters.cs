using Sitrep.Text;

namespace Sitrep.Entities;

/// <summary>
/// Learns hierarchical word clusters from unlabelled text: each frequent word is described by the words
/// seen just before and after it, and the words are split in two again and again (spherical 2-means,
/// deterministic initialization), giving each a bit-string path like Brown clustering's. Words with a
/// long common prefix occur in similar contexts ("Kursk" near "Kharkiv"). An approximation of Brown
/// clustering that runs in seconds on one core.
/// </summary>
public static class WordClusters
{
    public const int MaxDepth = 16;

    private const int MinFrequency = 3;
    private const int MaxWords = 40_000;
    private const int ContextWords = 250;
    private const int MinLeaf = 4;
    private const int Iterations = 6;

    /// <summary>
    /// Tokens of the files under <paramref name="path"/>, in file-name order: plain text (tokenized like the pipeline
    /// does), TimeML <c>.tml</c> (the text inside TEXT), and JSON lines <c>.jsonl</c>/<c>.jsonlines</c> whose lines
    /// carry a <c>tokens</c> array (WikiEvents) or a <c>sentences</c> array of token arrays (RAMS), one sequence per line.
    /// A file that does not parse is an <see cref="InvalidDataException"/> naming the file and line.
    /// </summary>
    public static IEnumerable<string[]> ReadTextFiles(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
            : File.Exists(path) ? [path] : throw new FileNotFoundException($"{path}: no such file or folder");
        foreach (var file in files)
        {
            if (file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".jsonlines", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var tokens in ReadJsonLines(file))
                {
                    yield return tokens;
                }

                continue;
            }

            string text;
            if (file.EndsWith(".tml", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    text = Time.TimeMlReader.Read(file).Text;
                }
                catch (Time.TimeMlFormatException ex)
                {
                    throw new InvalidDataException($"{ex.FilePath}:{ex.Line}: {ex.Message}", ex);
                }
            }
            else
            {
                text = File.ReadAllText(file);
            }

            var spans = Tokenizer.Tokenize(text);
            var words = new string[spans.Count];
            for (int i = 0; i < words.Length; i++)
            {
                words[i] = text.Substring(spans[i].Start, spans[i].Length);
            }

            yield return words;
        }
    }

    private static IEnumerable<string[]> ReadJsonLines(string file)
    {
        int lineNo = 0;
        foreach (var line in File.ReadLines(file))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var words = new List<string>();
            try
            {
                using var json = System.Text.Json.JsonDocument.Parse(line);
                var root = json.RootElement;
                bool ok = root.ValueKind == System.Text.Json.JsonValueKind.Object;
                if (ok && root.TryGetProperty("tokens", out var tokens))
                {
                    ok = AddStrings(tokens, words);
                }
                else if (ok && root.TryGetProperty("sentences", out var sentences) && sentences.ValueKind == System.Text.Json.JsonValueKind.Array)
                {
                    foreach (var sentence in sentences.EnumerateArray())
                    {
                        ok &= AddStrings(sentence, words);
                    }
                }
                else
                {
                    ok = false;
                }

                if (!ok)
                {
                    throw new InvalidDataException($"{file}:{lineNo}: expected an object with a 'tokens' array or a 'sentences' array of arrays of strings");
                }
            }
            catch (System.Text.Json.JsonException ex)
            {
                throw new InvalidDataException($"{file}:{lineNo}: not JSON ({ex.Message})", ex);
            }

            yield return [.. words];
        }
    }

    /// <summary>False when <paramref name="array"/> is not an array of strings.</summary>
    private static bool AddStrings(System.Text.Json.JsonElement array, List<string> words)
    {
        if (array.ValueKind != System.Text.Json.JsonValueKind.Array)
        {
            return false;
        }

        foreach (var token in array.EnumerateArray())
        {
            if (token.ValueKind != System.Text.Json.JsonValueKind.String)
            {
                return false;
            }

            if (token.GetString() is { Length: > 0 } word)
            {
                words.Add(word);
            }
        }

        return true;
    }

    public static ClusterTable Learn(IEnumerable<string[]> sequences, Action<string> log)
    {
        var seqs = sequences.Select(s => s.Select(Fold).ToArray()).ToList();
        var freq = new Dictionary<string, int>(StringComparer.Ordinal);
        long total = 0;
        foreach (var s in seqs)
        {
            foreach (var w in s)
            {
                freq[w] = freq.GetValueOrDefault(w) + 1;
                total++;
            }
        }

        var byFrequency = freq.Where(p => p.Value >= MinFrequency)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key).Take(MaxWords).ToArray();
        var wordIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < byFrequency.Length; i++)
        {
            wordIndex[byFrequency[i]] = i;
        }

        int k = Math.Min(ContextWords, byFrequency.Length);
        // Left context words, right context words, then: sentence start, end, other left word, other right word.
        int dims = (2 * k) + 4;
        var vectors = new float[byFrequency.Length * dims];
        foreach (var s in seqs)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (!wordIndex.TryGetValue(s[i], out int w))
                {
                    continue;
                }

                int left = i == 0 ? 2 * k : Context(s[i - 1], k, wordIndex, 0, (2 * k) + 2);
                int right = i == s.Length - 1 ? (2 * k) + 1 : Context(s[i + 1], k, wordIndex, k, (2 * k) + 3);
                vectors[(w * dims) + left]++;
                vectors[(w * dims) + right]++;
            }
        }

        for (int w = 0; w < byFrequency.Length; w++)
        {
            var v = vectors.AsSpan(w * dims, dims);
            for (int d = 0; d < dims; d++)
            {
                v[d] = MathF.Sqrt(v[d]);
            }

            Normalize(v);
        }

        var paths = new Dictionary<ulong, uint>();
        var all = Enumerable.Range(0, byFrequency.Length).ToArray();
        Split(all, 0, 0u, vectors, dims, byFrequency, paths);
        log($"clusters: {paths.Count} words from {total} tokens in {seqs.Count} texts, depth up to {MaxDepth}");
        return new ClusterTable(paths);
    }

    private static string Fold(string word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            buffer[i] = FeatureHash.Fold(word[i]);
        }

        return new string(buffer);
    }

    /// <summary>Dimension of a context word: its frequency rank when among the first k words (plus <paramref name="shift"/>), else <paramref name="other"/>.</summary>
    private static int Context(string word, int k, Dictionary<string, int> index, int shift, int other)
        => index.TryGetValue(word, out int c) && c < k ? c + shift : other;

    private static void Normalize(Span<float> v)
    {
        float norm = 0;
        foreach (float x in v)
        {
            norm += x * x;
        }

        if (norm > 0)
        {
            float inv = 1 / MathF.Sqrt(norm);
            for (int d = 0; d < v.Length; d++)
            {
                v[d] *= inv;
            }
        }
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float sum = 0;
        for (int d = 0; d < a.Length; d++)
        {
            sum += a[d] * b[d];
        }

        return sum;
    }

    private static void Split(int[] members, int depth, uint path, float[] vectors, int dims, string[] words, Dictionary<ulong, uint> paths)
    {
        if (depth == MaxDepth || members.Length < MinLeaf)
        {
            foreach (int w in members)
            {
                paths[FeatureHash.OfLower(words[w])] = (path << 5) | (uint)depth;
            }

            return;
        }

        // Seeds: the most frequent member, and the member least like it.
        var c0 = vectors.AsSpan(members[0] * dims, dims).ToArray();
        int far = members[0];
        float worst = float.MaxValue;
        foreach (int w in members)
        {
            float d = Dot(c0, vectors.AsSpan(w * dims, dims));
            if (d < worst)
            {
                worst = d;
                far = w;
            }
        }

        var c1 = vectors.AsSpan(far * dims, dims).ToArray();
        var side = new bool[members.Length];
        for (int it = 0; it < Iterations; it++)
        {
            var s0 = new float[dims];
            var s1 = new float[dims];
            for (int m = 0; m < members.Length; m++)
            {
                var v = vectors.AsSpan(members[m] * dims, dims);
                side[m] = Dot(v, c1) > Dot(v, c0);
                var sum = side[m] ? s1 : s0;
                for (int d = 0; d < dims; d++)
                {
                    sum[d] += v[d];
                }
            }

            Normalize(s0);
            Normalize(s1);
            c0 = s0;
            c1 = s1;
        }

        var left = new List<int>();
        var right = new List<int>();
        for (int m = 0; m < members.Length; m++)
        {
            (side[m] ? right : left).Add(members[m]);
        }

        if (left.Count == 0 || right.Count == 0)
        {
            foreach (int w in members)
            {
                paths[FeatureHash.OfLower(words[w])] = (path << 5) | (uint)depth;
            }

            return;
        }

        Split([.. left], depth + 1, path << 1, vectors, dims, words, paths);
        Split([.. right], depth + 1, (path << 1) | 1, vectors, dims, words, paths);
    }
}

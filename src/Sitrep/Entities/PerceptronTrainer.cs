namespace Sitrep.Entities;

/// <summary>
/// Averaged perceptron weights under training. Averaging uses the usual trick: alongside each weight w
/// keep u, the sum of c·Δ over its updates at instance counter c; the average is w − u/c.
/// </summary>
internal sealed class PerceptronTrainer
{
    private readonly int _labels;
    private readonly Dictionary<ulong, int> _index = [];
    private readonly bool _transitions;
    private float[] _w;
    private double[] _u;
    private readonly float[] _tw;
    private readonly double[] _tu;
    private long _c = 1;

    public PerceptronTrainer(int labels, bool transitions)
    {
        _labels = labels;
        _transitions = transitions;
        _w = new float[1024 * labels];
        _u = new double[1024 * labels];
        _tw = new float[(labels + 1) * labels];
        _tu = new double[(labels + 1) * labels];
    }

    public int LabelCount => _labels;

    /// <summary>Current (not averaged) transition weights, (labels + 1) × labels, last row the start state.</summary>
    public ReadOnlySpan<float> CurrentTransitions => _tw;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (ulong f in features)
        {
            if (_index.TryGetValue(f, out int row))
            {
                var w = _w.AsSpan(row * _labels, _labels);
                for (int l = 0; l < _labels; l++)
                {
                    scores[l] += w[l];
                }
            }
        }
    }

    public void Update(ReadOnlySpan<ulong> features, int label, float delta)
    {
        foreach (ulong f in features)
        {
            if (!_index.TryGetValue(f, out int row))
            {
                row = _index.Count;
                _index.Add(f, row);
                if ((row + 1) * _labels > _w.Length)
                {
                    Array.Resize(ref _w, _w.Length * 2);
                    Array.Resize(ref _u, _u.Length * 2);
                }
            }

            int at = (row * _labels) + label;
            _w[at] += delta;
            _u[at] += _c * delta;
        }
    }

    /// <summary>Transition <paramref name="previous"/> → <paramref name="label"/>; previous = labels for the start state.</summary>
    public void UpdateTransition(int previous, int label, float delta)
    {
        int at = (previous * _labels) + label;
        _tw[at] += delta;
        _tu[at] += _c * delta;
    }

    /// <summary>Advances the instance counter; call once per training instance (token or sentence).</summary>
    public void Tick() => _c++;

    /// <summary>
    /// The averaged model. Rows whose largest averaged weight is below <paramref name="minWeight"/> are dropped
    /// (they change no decision that matters) and rows are ordered by key so the file is byte-reproducible.
    /// </summary>
    public LinearModel Average(string kind, int featureVersion, string[] labels, ClusterTable clusters, float minWeight)
    {
        var kept = new List<(ulong Key, int Row)>(_index.Count);
        foreach (var (key, row) in _index)
        {
            float max = 0;
            for (int l = 0; l < _labels; l++)
            {
                int at = (row * _labels) + l;
                float avg = (float)(_w[at] - (_u[at] / _c));
                max = Math.Max(max, Math.Abs(avg));
            }

            if (max >= minWeight)
            {
                kept.Add((key, row));
            }
        }

        kept.Sort((a, b) => a.Key.CompareTo(b.Key));
        var keys = new ulong[kept.Count];
        var weights = new float[kept.Count * _labels];
        for (int i = 0; i < kept.Count; i++)
        {
            keys[i] = kept[i].Key;
            int row = kept[i].Row;
            for (int l = 0; l < _labels; l++)
            {
                int at = (row * _labels) + l;

                // Round through half precision now so that dev scores during training match the saved model.
                weights[(i * _labels) + l] = (float)(Half)(float)(_w[at] - (_u[at] / _c));
            }
        }

        float[]? transitions = null;
        if (_transitions)
        {
            transitions = new float[_tw.Length];
            for (int i = 0; i < _tw.Length; i++)
            {
                transitions[i] = (float)(_tw[i] - (_tu[i] / _c));
            }
        }

        return new LinearModel(kind, featureVersion, labels, keys, weights, transitions, clusters);
    }
}

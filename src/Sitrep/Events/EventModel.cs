using System.Collections.Frozen;
using Sitrep.Entities;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// The learned event filter (docs/events.md, "The learned filter"): a binary averaged perceptron that decides, for each
/// event the rule coder proposes, whether to keep it. Features describe the event and its sentence in ways that can
/// carry over to unseen text: class and trigger, tense, modality and negation around the trigger, the subject, quote
/// and attribution context, what the sentence anchors (date, place, figures, weapons), where the sentence sits in the
/// article, and whether the article already told an event of the class. The decision threshold is folded into the
/// bias weight, so a positive margin keeps the event.
/// </summary>
public sealed class EventModel
{
    /// <summary>Model kind in the file header.</summary>
    public const string Kind = "events";

    /// <summary>Version of the feature templates below; a model trained with other templates is refused.</summary>
    public const int FeatureVersion = 1;

    /// <summary>The embedded model file (src/Sitrep/Models/events.bin).</summary>
    public const string FileName = "events.bin";

    /// <summary>Upper bound on the features of one event.</summary>
    public const int MaxFeatures = 48;

    internal const int Drop = 0;
    internal const int Keep = 1;

    internal static readonly string[] Labels = ["DROP", "KEEP"];

    /// <summary>The bias feature: every event has it, and the threshold is folded into its weight.</summary>
    internal static readonly ulong Bias = FeatureHash.Feature(0, 1);

    private static readonly Lazy<EventModel> Embedded = new(
        () => new EventModel(LinearModel.LoadEmbedded(FileName, Kind, FeatureVersion)), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Modals = Words(
        "would", "could", "may", "might", "will", "shall", "should", "can", "must", "'ll", "’ll", "wo", "ca", "cannot");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Negations = Words(
        "not", "n't", "n’t", "never", "no", "without", "nor");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns = Words(
        "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Speakers = Words("i", "we", "you", "our", "my", "us");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SayingVerbs = Words(
        "said", "says", "told", "stated", "announced", "added", "according", "reported", "claimed", "wrote", "noted");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Perfect = Words("has", "have", "had");

    internal EventModel(LinearModel model)
    {
        if (model.LabelCount != Labels.Length)
        {
            throw new ModelFormatException($"events model: expected {Labels.Length} labels, found {model.LabelCount}");
        }

        Model = model;
    }

    /// <summary>The shipped model, loaded once on first use.</summary>
    public static EventModel Shared => Embedded.Value;

    /// <summary>Loads a model file (for tests and retraining).</summary>
    public static EventModel Load(string path) => new(LinearModel.Load(path, Kind, FeatureVersion));

    public int FeatureCount => Model.FeatureCount;

    /// <summary>Writes the model file (versioned, checksummed; byte-identical for the same weights).</summary>
    public void Save(string path) => Model.Save(path);

    internal LinearModel Model { get; }

    /// <summary>Keep margin of event <paramref name="e"/> of <paramref name="doc"/>; positive means keep.</summary>
    internal float Margin(EventContext context, int e)
    {
        Span<ulong> f = stackalloc ulong[MaxFeatures];
        int n = Features(context, e, f);
        Span<float> scores = stackalloc float[Labels.Length];
        Model.Score(f[..n], scores);
        return scores[Keep] - scores[Drop];
    }

    /// <summary>Drops from <paramref name="doc"/>'s events those the model does not keep.</summary>
    public void Filter(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var events = doc.Events;
        if (events.Count == 0)
        {
            return;
        }

        // Decide on the rule output as a whole first: the features of an event read the events before it.
        var context = new EventContext(doc, [.. events]);
        Span<bool> keep = events.Count <= 256 ? stackalloc bool[events.Count] : new bool[events.Count];
        for (int i = 0; i < events.Count; i++)
        {
            keep[i] = Margin(context, i) > 0;
        }

        int w = 0;
        for (int i = 0; i < events.Count; i++)
        {
            if (keep[i])
            {
                events[w++] = events[i];
            }
        }

        events.RemoveRange(w, events.Count - w);
    }

    /// <summary>Writes the features of event <paramref name="e"/> into <paramref name="f"/>; returns their count.</summary>
    public static int Variant { get; set; }

    internal static int Features(EventContext context, int e, Span<ulong> f)
    {
        var doc = context.Document;
        var events = context.Events;
        var ev = events[e];
        var tokens = doc.Tokens;
        int s = doc.SentenceIndexAt(ev.Evidence.Start);
        var sentence = s >= 0 ? doc.Sentences[s] : new Sentence(ev.Evidence, 0, 0);
        int t = ev.Trigger is { } trigger ? TokenAt(tokens, sentence, trigger.Start) : -1;
        ulong cls = FeatureHash.Of(ev.Class);

        int n = 0;
        f[n++] = Bias;
        f[n++] = FeatureHash.Feature(1, cls);

        ulong word = FeatureHash.Begin, pos = FeatureHash.Begin, before = FeatureHash.Begin, posBefore = FeatureHash.Begin, after = FeatureHash.End;
        int modal = 0, negation = 0, perfect = 0, pronounSubject = 0, position = 0;
        if (t >= 0)
        {
            word = FeatureHash.OfLower(doc.Slice(tokens[t].Span));
            pos = Tag(tokens[t]);
            if (t > sentence.FirstToken)
            {
                before = FeatureHash.OfLower(doc.Slice(tokens[t - 1].Span));
                posBefore = Tag(tokens[t - 1]);
            }

            if (t + 1 < sentence.EndToken)
            {
                after = FeatureHash.OfLower(doc.Slice(tokens[t + 1].Span));
            }

            for (int i = t - 1, d = 1; i >= sentence.FirstToken && d <= 6; i--, d++)
            {
                var w = doc.Slice(tokens[i].Span);
                modal |= Modals.Contains(w) ? 1 : 0;
                negation |= d <= 4 && Negations.Contains(w) ? 1 : 0;
                perfect |= d <= 3 && Perfect.Contains(w) ? 1 : 0;
                pronounSubject |= d <= 3 && Pronouns.Contains(w) && tokens[i].Pos is "PRP" or "DT" or null ? 1 : 0;
            }

            position = Bucket(t - sentence.FirstToken, 2, 5, 10, 20);
        }

        if (Variant == 1)
        {
            word = before = after = 0;
        }

        f[n++] = FeatureHash.Feature(2, cls, word);
        f[n++] = FeatureHash.Feature(3, pos);
        f[n++] = FeatureHash.Feature(4, cls, pos);
        f[n++] = FeatureHash.Feature(5, before);
        f[n++] = FeatureHash.Feature(6, after);
        f[n++] = FeatureHash.Feature(7, posBefore, pos);
        f[n++] = FeatureHash.Feature(8, (ulong)modal, (ulong)negation);
        f[n++] = FeatureHash.Feature(9, (ulong)perfect, pos);
        f[n++] = FeatureHash.Feature(10, (ulong)pronounSubject);
        f[n++] = FeatureHash.Feature(11, (ulong)position);

        // Attribution and quote context.
        f[n++] = FeatureHash.Feature(12, FeatureHash.Of(ev.Certainty), ev.Source is null ? 0UL : 1UL);
        f[n++] = FeatureHash.Feature(13, cls, FeatureHash.Of(ev.Certainty));
        f[n++] = FeatureHash.Feature(14, context.QuoteKind(ev.Trigger ?? ev.Evidence));

        // What the event and its sentence anchor.
        ulong date = ev.Date is null ? 0UL : ev.Date.FromPublished ? 1UL : FeatureHash.Of(ev.Date.Precision);
        ulong place = ev.Place is null ? 0UL : FeatureHash.Of(ev.Place.Level);
        f[n++] = FeatureHash.Feature(15, date);
        f[n++] = FeatureHash.Feature(16, place);
        f[n++] = FeatureHash.Feature(17, cls, date == 1UL ? 1UL : 0UL, place == 0UL ? 0UL : 1UL);
        int figures = context.Figures.StartingIn(sentence.Span).Length, times = 0;
        foreach (var time in context.Times.StartingIn(sentence.Span))
        {
            times += time.Type == TimexTypes.Date ? 1 : 0;
        }

        f[n++] = FeatureHash.Feature(18, (ulong)Bucket(figures, 1, 2), (ulong)Bucket(times, 1, 2));
        f[n++] = FeatureHash.Feature(19, ev.Killed is null && ev.Injured is null ? 0UL : 1UL, ev.Weapons.Count == 0 ? 0UL : 1UL);
        f[n++] = FeatureHash.Feature(20, cls, ev.Mode is null ? 0UL : 1UL);

        // Participants.
        f[n++] = FeatureHash.Feature(21, (ulong)Bucket(ev.Actors.Count, 1, 2), (ulong)Bucket(ev.Targets.Count, 1, 2));
        f[n++] = FeatureHash.Feature(22, ev.Actors.Count > 0 ? FeatureHash.Of(ev.Actors[0].Kind) : 0UL);
        f[n++] = FeatureHash.Feature(23, cls, ev.Actors.Count > 0 ? FeatureHash.Of(ev.Actors[0].Kind) : 0UL);

        // The sentence: first person (rhetoric, quoted speeches), verbs of saying, length, question, headline.
        int speaker = 0, saying = 0;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var w = doc.Slice(tokens[i].Span);
            speaker |= Speakers.Contains(w) && !(w is "US" or "U.S.") ? 1 : 0;
            saying |= SayingVerbs.Contains(w) ? 1 : 0;
        }

        f[n++] = FeatureHash.Feature(24, (ulong)speaker, (ulong)saying);
        f[n++] = FeatureHash.Feature(25, (ulong)Bucket(sentence.TokenCount, 10, 20, 35, 50));
        f[n++] = FeatureHash.Feature(26, (ulong)Bucket(Math.Max(s, 0), 1, 2, 4, 8, 16));
        f[n++] = FeatureHash.Feature(27, cls, s == 0 ? 1UL : 0UL);
        int relative = doc.Sentences.Count > 0 && s >= 0 ? 4 * s / doc.Sentences.Count : 0;
        f[n++] = FeatureHash.Feature(28, (ulong)relative);

        // Retellings and density: events of the same class before this one, events of the same sentence, merged mentions.
        int sameClass = 0, sameSentence = 0;
        for (int i = 0; i < events.Count; i++)
        {
            sameClass += i < e && events[i].Class == ev.Class ? 1 : 0;
            sameSentence += i != e && events[i].Evidence.Start == ev.Evidence.Start ? 1 : 0;
        }

        f[n++] = FeatureHash.Feature(29, cls, (ulong)Bucket(sameClass, 1, 2));
        f[n++] = FeatureHash.Feature(30, (ulong)Bucket(sameSentence, 1, 2));
        f[n++] = FeatureHash.Feature(31, (ulong)Bucket(ev.Mentions.Count, 2, 3));
        f[n++] = FeatureHash.Feature(32, (ulong)Bucket(events.Count, 2, 4, 8));
        return n;
    }

    private static ulong Tag(Token token) => token.Pos is { } p ? FeatureHash.Of(p) : FeatureHash.End;

    /// <summary>Index of the first bound <paramref name="value"/> is below (0 for the lowest bucket), else the bound count.</summary>
    private static int Bucket(int value, params ReadOnlySpan<int> bounds)
    {
        for (int i = 0; i < bounds.Length; i++)
        {
            if (value < bounds[i])
            {
                return i;
            }
        }

        return bounds.Length;
    }

    private static int TokenAt(List<Token> tokens, Sentence sentence, int offset)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].End > offset)
            {
                return tokens[i].Start <= offset ? i : -1;
            }
        }

        return -1;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words(params string[] words)
        => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}

/// <summary>Per-document inputs of the event features: the document, the rule coder's events in text order, and upstream
/// annotations indexed by start offset so that each event's sentence is looked at, not the whole document.</summary>
internal sealed class EventContext(Document document, IReadOnlyList<Event> events)
{
    /// <summary>A quote longer than this is a misparse; a trigger further than this from a quote's start is not in it.</summary>
    private const int MaxQuoteLength = 4000;

    public Document Document { get; } = document;

    public IReadOnlyList<Event> Events { get; } = events;

    public SpanIndex<Figure> Figures { get; } = new(document.Figures, f => f.Span);

    public SpanIndex<TimeExpression> Times { get; } = new(document.Times, t => t.Span);

    private readonly SpanIndex<Quote> _quotes = new(document.Quotes, q => q.Content);

    /// <summary>0 outside quotes, else a hash of the kind of the quote whose content holds the span.</summary>
    public ulong QuoteKind(Span span)
    {
        foreach (var q in _quotes.StartingIn(new Span(Math.Max(0, span.Start - MaxQuoteLength), span.Start + 1)))
        {
            if (q.Content.Contains(span))
            {
                return FeatureHash.Of(q.Kind);
            }
        }

        return 0;
    }
}

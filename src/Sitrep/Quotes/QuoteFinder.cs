using System.Buffers;
using Sitrep.Pipeline;

namespace Sitrep.Quotes;

/// <summary>
/// Finds the quotes and attributions of one document from its tokens and sentences (docs/quotes.md):
/// direct quotes between quotation marks with a speaker and cue beside them, reported speech around a
/// cue verb, "according to" phrases, and hedges. Rules over tokens and closed word classes; no tagger needed.
/// </summary>
internal sealed partial class QuoteFinder
{
    /// <summary>Longest subject phrase taken to the left of a cue before it is trimmed to its head.</summary>
    private const int MaxSpeakerScan = 14;

    /// <summary>Longest source scanned after "according to" ("early results of the exit poll conducted by …").</summary>
    private const int MaxSourceScan = 24;

    /// <summary>Longest speaker phrase kept.</summary>
    private const int MaxSpeaker = 8;

    /// <summary>Tokens after an inverted attribution ("…, officials said on Monday.") still counted as its tail.</summary>
    private const int MaxTail = 7;

    /// <summary>Shortest content, in word tokens, for reported speech; shorter is a fragment, not a statement.</summary>
    private const int MinContentWords = 3;

    /// <summary>Shortest unattributed quotation taken as the continuation of the previous speaker's quote.</summary>
    private const int MinContinuationWords = 4;

    private readonly Document _doc;
    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly int[] _sentenceOf;
    private readonly int[] _regionOf;
    private readonly List<QuotedRegion> _regions = [];
    private readonly List<RegionTokens> _regionTokens = [];
    private readonly List<(int Open, int End)> _openDashes = [];
    private readonly HashSet<int> _usedCues = [];
    private readonly List<Found> _found = [];
    private readonly List<int> _unattributedCues = [];
    private readonly CueModel? _cueModel;
    private readonly SpanModel? _spanModel;
    private readonly AttributionScorer? _scorer;
    private readonly List<ulong[]>? _candidateSink;

    /// <summary>
    /// Candidates beyond the rules' guards are proposed (learned cues with a lower margin or no agent subject) because the
    /// scorer vets them, or because they are being collected to train it.
    /// </summary>
    private readonly bool _propose;
    private CueContext _cueContext;
    private float[]? _margins;


    /// <summary>
    /// A quoted region in tokens: the opening mark's last token, the closing mark's first token, and the
    /// tokens just outside the marks (marks of two tokens, as in <c>''</c>, lie between); <c>Dash</c> for a quotation
    /// marked with dashes (<see cref="AddDashRegions"/>).
    /// </summary>
    private readonly record struct RegionTokens(int Open, int Close, int Before, int After, bool Dash = false);

    /// <summary>A quote being built, with token bounds kept for resolution and attributions.</summary>
    private sealed class Found
    {
        public int SpeakerFirst = -1;
        public int SpeakerEnd = -1;
        public Span? Cue;
        public int CueToken = -1;
        public Span Content;
        public string Kind = QuoteKinds.Direct;
        public CueClass CueClass = CueClass.Speech;
        public bool AccordingTo;
        public CandidateOrigin Origin;

        /// <summary>The span labeller chose the source and content (it found a content for the cue).</summary>
        public bool Labelled;

        /// <summary>How sure the span labeller was of its spans (scorer features; default when it did not label).</summary>
        public LabelConfidence Confidence;

        /// <summary>The candidate's scorer features, kept only while collecting training candidates.</summary>
        public ulong[]? Features;
    }

    /// <param name="scorer">Vets the candidates (needs both models and tagged text); null keeps every one the rules give.</param>
    /// <param name="candidateSink">When given, every candidate is proposed and kept, and its scorer features (null for the
    /// origins the scorer does not vet) are added here in the order of <see cref="Document.Quotes"/> (training the scorer).</param>
    public QuoteFinder(Document doc, CueModel? cueModel = null, SpanModel? spanModel = null, AttributionScorer? scorer = null, List<ulong[]>? candidateSink = null)
    {
        _cueModel = cueModel;

        // The span model was trained on tagged text: without part-of-speech tags (no recognizer before the stage) the rules choose.
        _spanModel = doc.Tokens.Count > 0 && doc.Tokens[0].Pos is not null ? spanModel : null;

        // The scorer learnt the candidates of both models on tagged text; without them the rules' candidates stand.
        bool scorable = cueModel is not null && _spanModel is not null;
        _scorer = scorable && candidateSink is null ? scorer : null;
        _candidateSink = scorable ? candidateSink : null;
        _propose = _scorer is not null || _candidateSink is not null;
        _doc = doc;
        _text = doc.Text;
        _tokens = doc.Tokens;
        _sentenceOf = new int[_tokens.Count];
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                _sentenceOf[t] = s;
            }
        }

        _regionOf = new int[_tokens.Count];
        Array.Fill(_regionOf, -1);
    }

    public void Run(CancellationToken cancellationToken)
    {
        if (_tokens.Count == 0 || _doc.Sentences.Count == 0)
        {
            return;
        }

        FindRegions();
        if (_cueModel is not null || _spanModel is not null)
        {
            _cueContext = new CueContext(_doc, _regionOf);
        }

        try
        {
            FindDirect();
            cancellationToken.ThrowIfCancellationRequested();
            FindIndirect(cancellationToken);
            if (_spanModel is not null)
            {
                LabelSpans();
            }


            if (_scorer is not null || _candidateSink is not null)
            {
                ScoreCandidates();
            }

            // After scoring, like the continuations: the scorer and the span labeller judge the cue's own sentence.
            ThisRefersBack();

            // After scoring: a continuation follows a kept quote, and adds no overlap to the other candidates' features.
            AddDashContinuations();
        }
        finally
        {
            if (_margins is not null)
            {
                ArrayPool<float>.Shared.Return(_margins);
                _margins = null;
            }
        }

        Emit();
        FindHedges();
    }

    /// <summary>For each token of <paramref name="doc"/>, the index of the quoted region it is in, or -1 (features of the cue model).</summary>
    internal static int[] RegionsOf(Document doc)
    {
        var finder = new QuoteFinder(doc);
        if (finder._tokens.Count > 0)
        {
            finder.FindRegions();
        }

        return finder._regionOf;
    }

    /// <summary>
    /// A token the cue model marks is taken as the head of a reported-speech cue when it is a verb other than an
    /// auxiliary and the next token is not a verb the model also marks ("is demanding", "has long debated": the
    /// head is the last verb). Nouns and particles of multi-word cues ("told reporters", "called for") are not heads.
    /// </summary>
    private bool IsModelCueHead(int t)
    {
        if (_tokens[t].Pos is not { } pos || !pos.StartsWith("VB", StringComparison.Ordinal) || Words.Auxiliaries.Contains(Word(t)) || IsBeForm(Word(t)))
        {
            return false;
        }

        for (int j = t + 1; j < Math.Min(_tokens.Count, t + 3); j++)
        {
            if (_tokens[j].Kind != TokenKind.Word || _regionOf[j] >= 0)
            {
                break;
            }

            if (_tokens[j].Pos is { } p && p.StartsWith("VB", StringComparison.Ordinal) && (IsCue(j, out _) || Margin(j) > 0))
            {
                return false;
            }

            if (_tokens[j].Pos is not ("RB" or "RBR"))
            {
                break;
            }
        }

        return true;
    }

    /// <summary>Whether the cue model marks <paramref name="cue"/> as a cue (always, without a model: the word list decided).</summary>
    private bool ModelAccepts(int cue) => _cueModel is null || Margin(cue) > MinMargin;

    /// <summary>
    /// The least cue-model margin for a learned cue: positive for the rules alone, lower when the scorer vets the candidates
    /// (<see cref="ProposeMargin"/>).
    /// </summary>
    private float MinMargin => _propose ? ProposeMargin : 0f;

    /// <summary>The cue model's margin for token <paramref name="t"/>, computed once per token (several rules ask about the same verb).</summary>
    private float Margin(int t)
    {
        var margins = _margins ??= RentMargins(_tokens.Count);
        if (float.IsNaN(margins[t]))
        {
            margins[t] = _cueModel!.Margin(_cueContext, t);
        }

        return margins[t];
    }

    private static float[] RentMargins(int n)
    {
        var margins = ArrayPool<float>.Shared.Rent(n);
        Array.Fill(margins, float.NaN, 0, n);
        return margins;
    }

    private static bool IsBeForm(ReadOnlySpan<char> w) =>
        w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase)
        || w.Equals("were", StringComparison.OrdinalIgnoreCase) || w.Equals("be", StringComparison.OrdinalIgnoreCase) || w.Equals("been", StringComparison.OrdinalIgnoreCase)
        || w.Equals("being", StringComparison.OrdinalIgnoreCase) || w is "’s" or "'s" or "’re" or "'re" or "’m" or "'m";

    private ReadOnlySpan<char> Word(int t) => _text.AsSpan(_tokens[t].Start, _tokens[t].Length);

    /// <summary>
    /// A one-character double quotation mark: straight, or curly/guillemet; with <paramref name="closingOnly"/> an
    /// opening mark (“ « „) does not count.
    /// </summary>
    private bool IsDoubleQuoteMark(int t, bool closingOnly)
    {
        if (_tokens[t].Length != 1)
        {
            return false;
        }

        char c = _text[_tokens[t].Start];
        return c == '"' || Words.IsClosingDoubleQuote(c) || (!closingOnly && Words.IsOpeningDoubleQuote(c));
    }

    private bool IsPunct(int t) => _tokens[t].Kind is TokenKind.Punctuation or TokenKind.Symbol;

    private bool Is(int t, string word) => t >= 0 && t < _tokens.Count && Word(t).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsComma(int t) => t >= 0 && t < _tokens.Count && Word(t) is ",";

    private Sentence SentenceOf(int t) => _doc.Sentences[_sentenceOf[t]];

    private Span TokenSpan(int first, int end) => new(_tokens[first].Start, _tokens[end - 1].End);

    private bool IsCue(int t, out CueClass cls)
    {
        cls = CueClass.Speech;
        return t >= 0 && t < _tokens.Count && _tokens[t].Kind == TokenKind.Word && CueLexicon.TryGet(Word(t), out cls);
    }

    /// <summary>The class learned cues are read as: they need a clause after them, like belief verbs.</summary>
    private const CueClass LearnedClass = CueClass.Speech;

    /// <summary>A word learned as a frequent cue in PolNeAR train (declined, seemed, supported), tagged as a verb.</summary>
    private bool IsLearnedVerbCue(int t) =>
        _tokens[t].Kind == TokenKind.Word && _tokens[t].Pos is { } pos && pos.StartsWith("VB", StringComparison.Ordinal)
        && CueLexicon.IsLearned(Word(t));

    /// <summary>
    /// A cue-model margin at or above which a learned cue needs no agent subject: the head model is that sure only of
    /// verbs that report in most contexts (docs/quotes.md; 10 and 5 gave the same dev F1 with lower precision).
    /// </summary>
    private const float ConfidentMargin = 20f;

    /// <summary>The subject of a learned cue is an agent, or the cue model is sure of the cue (<see cref="ConfidentMargin"/>).</summary>
    private bool AgentOrConfident(int cue, int sa, int sb) => IsAgentSpeaker(sa, sb) || (_cueModel is not null && Margin(cue) >= ConfidentMargin);

    /// <summary>
    /// A learned cue (declined, seemed, supported) is also a plain verb of action; it is attribution only when its subject
    /// is someone: a pronoun, a person title, or a person, organization or group mention, with no verb inside.
    /// </summary>
    private bool IsAgentSpeaker(int sa, int sb)
    {
        for (int t = sa; t < sb; t++)
        {
            if (_tokens[t].Pos is { } pos && pos.StartsWith("VB", StringComparison.Ordinal))
            {
                return false;
            }
        }

        var head = Word(sb - 1);
        if (Words.PersonPronouns.Contains(head) || Words.GroupPronouns.Contains(head) || head.Equals("who", StringComparison.OrdinalIgnoreCase)
            || Words.PersonTitles.Contains(head) || _tokens[sb - 1].Pos is "NNP" or "NNPS")
        {
            return true;
        }

        int end = _tokens[sb - 1].End;
        foreach (var e in _doc.Entities)
        {
            if (e.Span.Start < end && e.Span.End >= end && e.Type is EntityTypes.Person or EntityTypes.Organization or EntityTypes.Norp)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A cue beside a quotation: the lexicon plus verbs that report speech only there ("…,” he continued).</summary>
    private bool IsQuoteCue(int t, out CueClass cls)
    {
        if (IsCue(t, out cls))
        {
            return cls != CueClass.Cognition;
        }

        cls = CueClass.Speech;
        return t >= 0 && t < _tokens.Count && _tokens[t].Kind == TokenKind.Word && Words.QuoteOnlyCues.Contains(Word(t));
    }

    private bool NewlineBetween(int a, int b) => _text.AsSpan(_tokens[a].End, Math.Max(0, _tokens[b].Start - _tokens[a].End)).Contains('\n');

    /// <summary>Token index of the first token starting at or after <paramref name="offset"/>.</summary>
    private int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = _tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private void FindRegions()
    {
        QuoteMarks.Find(_text, _regions);
        MapRegions();
        if (AddDashRegions())
        {
            // Dash quotes join the marked ones in text order, so that a quote's continuation follows it (FindDirect).
            _regions.Sort((a, b) => a.Open.CompareTo(b.Open));
            _regionTokens.Clear();
            Array.Fill(_regionOf, -1);
            MapRegions();
        }
    }

    private void MapRegions()
    {
        foreach (var r in _regions)
        {
            int first = TokenAtOrAfter(r.Open);
            int open = TokenAtOrAfter(r.ContentStart) - 1;
            int close = TokenAtOrAfter(r.Close);
            int after = TokenAtOrAfter(r.Close + r.CloseLength);
            if (first >= _tokens.Count || close >= _tokens.Count || _tokens[first].Start != r.Open || _tokens[close].Start != r.Close || open < first)
            {
                _regionTokens.Add(new RegionTokens(-1, -1, -1, -1));
                continue;
            }

            int index = _regionTokens.Count;
            _regionTokens.Add(new RegionTokens(open, close, first - 1, after, Words.IsDash(_text.AsSpan(r.Open, r.OpenLength))));
            for (int t = first; t < after; t++)
            {
                _regionOf[t] = index;
            }
        }
    }

    /// <summary>
    /// Quotations marked with dashes, as reports translated from languages that set dialogue so write them: a dash that
    /// opens a line or follows a sentence's end, then a capitalized word, up to a spaced dash in the same paragraph that
    /// an attribution follows (<c>- We categorically do not accept the war - he emphasized.</c>, <c>- … - said Lavrov.</c>).
    /// A dash quote holding a quotation mark is left alone. Returns whether any was added.
    /// </summary>
    private bool AddDashRegions()
    {
        int count = _regions.Count;
        for (int t = 0; t + 2 < _tokens.Count; t++)
        {
            if (!IsSpacedDash(t, opening: true) || _regionOf[t] >= 0 || !OpensDashQuote(t))
            {
                continue;
            }

            bool closed = false;
            int k = t + 2;
            for (; k < _tokens.Count && !NewlineBetween(k - 1, k) && _tokens[k].Start - _tokens[t].Start < QuoteMarks.MaxQuoteLength; k++)
            {
                if (_regionOf[k] >= 0 || IsDoubleQuoteMark(k, closingOnly: false))
                {
                    // A quotation mark inside, paired or stray ("activities, "he indicates"): the text mixes its notations and
                    // the dashes no longer bound one quotation.
                    break;
                }

                if (IsSpacedDash(k, opening: false) && AttributionAfterDash(k + 1))
                {
                    _regions.Add(new QuotedRegion(_tokens[t].Start, _tokens[k].Start, _tokens[t].Length, _tokens[k].Length));
                    closed = true;
                    t = k;
                    break;
                }
            }

            if (!closed && OpenDashEnd(t, k) is int end and > 0)
            {
                _openDashes.Add((t, end));
                t = end - 1;
            }
        }

        return _regions.Count > count;
    }

    /// <summary>
    /// Where a dash stretch with no closing dash and attribution ends (exclusive), or -1: at its paragraph's end, or where a
    /// quotation mark stops the scan (<paramref name="stop"/>), at the end of the last whole sentence before the mark, or
    /// before a stray mark that ends the paragraph (<c>- It is very important to send a very strong signal ... Russian gas. "</c>).
    /// </summary>
    private int OpenDashEnd(int open, int stop)
    {
        if (OwnAttribution(open))
        {
            return -1;
        }

        if (stop >= _tokens.Count || NewlineBetween(stop - 1, stop))
        {
            // A line between dashes is a heading (<c>- Chapter 2: horror in Bucha -</c>).
            return Words.IsDash(Word(stop - 1)) ? -1 : stop;
        }

        if (_tokens[stop].Start - _tokens[open].Start >= QuoteMarks.MaxQuoteLength)
        {
            return -1;
        }

        if (stop + 1 >= _tokens.Count || NewlineBetween(stop, stop + 1))
        {
            return stop;
        }

        int first = SentenceOf(stop).FirstToken;
        return first > open + 1 ? first : -1;
    }

    /// <summary>
    /// Whether the paragraph of an opening dash attributes the stretch itself, in a form the dash regions do not take: a
    /// dash (spaced or glued to the word before) or a closing quotation mark before a cue of any class, a pronoun or an
    /// attribution (<c>- believes Magdalena Biejat</c>, <c>- he sums up</c>, <c>world- said Kwasniewski</c>, <c>war around
    /// Ukraine, ”said Lavrov</c>), or a cue glued to the last word by a hyphen (<c>with Russia-emphasized Duda.</c>).
    /// </summary>
    private bool OwnAttribution(int open)
    {
        for (int k = open + 2; k < _tokens.Count && !NewlineBetween(k - 1, k); k++)
        {
            bool mark = IsDoubleQuoteMark(k, closingOnly: true);
            if ((mark || IsSpacedDash(k, opening: true)) && k + 1 < _tokens.Count && (IsCue(k + 1, out _) || Words.PersonPronouns.Contains(Word(k + 1)) || AttributionAfterDash(k + 1)))
            {
                return true;
            }

            var w = Word(k);
            int hyphen = w.LastIndexOf('-');
            if (hyphen > 0 && hyphen < w.Length - 1 && CueLexicon.TryGet(w[(hyphen + 1)..], out var cls) && cls != CueClass.Cognition)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A dash quotation with no closing dash and attribution (<see cref="AddDashRegions"/> keeps its stretch) continues the
    /// speaker of the sentence right before it, in its paragraph or at the previous one's end: the quote whose content ends
    /// in that sentence (<c>Vucii admitted that he had not talked to Vladimir Putin for over a year.- But I met with many
    /// leaders ...</c>), or a sentence that is only an attribution (<c>And she added.- Russia has a choice ...</c>).
    /// </summary>
    private void AddDashContinuations()
    {
        foreach (var (open, end) in _openDashes)
        {
            if (open == 0 || WordCount(open + 1, end) < MinContinuationWords || !VerbBeforePunctuation(open + 1, end))
            {
                continue;
            }

            var sentence = SentenceOf(open - 1);
            int sentenceStart = _tokens[sentence.FirstToken].Start, dashStart = _tokens[open].Start;
            Found? before = null;
            foreach (var f in _found)
            {
                if (f.SpeakerFirst >= 0 && f.Content.End > sentenceStart && f.Content.End <= dashStart && (before is null || f.Content.End > before.Content.End))
                {
                    before = f;
                }
            }

            int sa, sb;
            if (before is not null)
            {
                (sa, sb) = (before.SpeakerFirst, before.SpeakerEnd);
            }
            else if (!AttributionSentence(sentence.FirstToken, open - 1, out sa, out sb))
            {
                continue;
            }

            _found.Add(new Found
            {
                SpeakerFirst = sa,
                SpeakerEnd = sb,
                Content = ContentOfRegion(open, end),
                Kind = QuoteKinds.Direct,
                Origin = CandidateOrigin.Continuation,
            });
        }
    }

    /// <summary>
    /// Whether a verb comes before the first punctuation: a quotation opens with a clause (<c>- But I met</c>), a dash before
    /// a name and no verb signs what came before (<c>. — Barzan Sadiq (@BarzanSadiq) January 15, 2016</c>).
    /// </summary>
    private bool VerbBeforePunctuation(int first, int end)
    {
        for (int t = first; t < end && !IsPunct(t); t++)
        {
            if (_tokens[t].Pos is { } pos && (pos.StartsWith("VB", StringComparison.Ordinal) || pos is "MD"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A sentence that is only an attribution, <c>(And) SUBJECT (also) CUE.</c> or <c>:</c>; its subject is the speaker.</summary>
    private bool AttributionSentence(int first, int last, out int sa, out int sb)
    {
        sa = sb = -1;
        if (Word(last) is not ("." or ":"))
        {
            return false;
        }

        int cue = last - 1;
        if (cue <= first || !IsQuoteCue(cue, out _))
        {
            return false;
        }

        int s = Is(first, "and") || Is(first, "but") ? first + 1 : first;
        int e = cue;
        while (e > s && (Words.Auxiliaries.Contains(Word(e - 1)) || Is(e - 1, "also")))
        {
            e--;
        }

        bool pronoun = IsPronoun(s, e);
        if (e == s || e - s > 3 || !(pronoun || (Words.IsCapitalized(Word(s)) || Is(s, "the")) && IsSpeakerPhrase(s, e)))
        {
            return false;
        }

        (sa, sb) = (s, e);
        return true;
    }

    /// <summary>A one-character dash with a space after it (and, closing, a space before it): not a hyphen.</summary>
    private bool IsSpacedDash(int t, bool opening)
    {
        var token = _tokens[t];
        if (token.Length != 1 || !Words.IsDash(Word(t)) || token.End >= _text.Length || !char.IsWhiteSpace(_text[token.End]))
        {
            return false;
        }

        // Closing, a space before it, or the quotation's full stop glued to it as translations drop the space ("Please solve the
        // loop around Ukraine.- Steinmeier said.").
        return opening || (token.Start > 0 && (char.IsWhiteSpace(_text[token.Start - 1]) || _text[token.Start - 1] is '.' or '!' or '?'));
    }

    /// <summary>An opening dash: at the text's or a line's start, or right after a sentence's end, and a capitalized word after it.</summary>
    private bool OpensDashQuote(int t)
    {
        if (!Words.IsCapitalized(Word(t + 1)) || _tokens[t + 1].Kind != TokenKind.Word)
        {
            return false;
        }

        if (t == 0 || NewlineBetween(t - 1, t))
        {
            return true;
        }

        int p = t - 1;
        if (p > 0 && IsDoubleQuoteMark(p, closingOnly: true))
        {
            p--;
        }

        return Word(p) is "." or "!" or "?" or "..." or "…";
    }

    /// <summary>An attribution right after a closing dash: a cue (<c>said Lavrov</c>), or a short subject and a cue (<c>he added</c>).</summary>
    private bool AttributionAfterDash(int t)
    {
        if (t >= _tokens.Count || NewlineBetween(t - 1, t))
        {
            return false;
        }

        if (IsQuoteCue(t, out _))
        {
            return true;
        }

        if (!IsSpeakerStart(t))
        {
            return false;
        }

        for (int k = t + 1; k < Math.Min(_tokens.Count, t + MaxSpeaker + 2); k++)
        {
            if (IsPunct(k) || NewlineBetween(k - 1, k))
            {
                return false;
            }

            if (IsQuoteCue(k, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a speaker phrase may start at <paramref name="t"/>: a pronoun of a person or group, a capitalized word
    /// or "the".</summary>
    private bool IsSpeakerStart(int t)
    {
        var w = Word(t);
        return Words.PersonPronouns.Contains(w) || Words.GroupPronouns.Contains(w) || Words.IsCapitalized(w) || Is(t, "the");
    }

    private int WordsIn(Span span) => span.End <= span.Start ? 0 : WordCount(TokenAtOrAfter(span.Start), TokenAtOrAfter(span.End));

    private int WordCount(int first, int end)
    {
        int n = 0;
        for (int t = first; t < end; t++)
        {
            if (_tokens[t].Kind is TokenKind.Word or TokenKind.Number)
            {
                n++;
            }
        }

        return n;
    }

    private void FindDirect()
    {
        Found? previous = null;
        int previousEnd = -1;
        for (int r = 0; r < _regions.Count; r++)
        {
            var region = _regionTokens[r];
            var (open, close) = (region.Open, region.Close);
            if (open < 0 || close - open < 2)
            {
                continue;
            }

            var content = ContentOfRegion(open, close);
            var found = AttributeAfter(region) ?? AttributeBefore(region);
            if (found is not null)
            {
                found.Content = content;
                found.Kind = QuoteKinds.Direct;
                _found.Add(found);
                previous = found;
                previousEnd = Math.Max(region.After - 1, Math.Max(found.SpeakerEnd - 1, found.CueToken));
                continue;
            }

            // "“A,” he said, “B.”": the second part right after the attribution belongs to the same quote.
            int gap = region.Before - previousEnd;
            bool rightAfter = previous is not null && gap >= 0 && gap <= 1 && (gap == 0 || IsComma(region.Before) || Word(region.Before) is ":" or ".");
            bool startsSentence = SentenceOf(region.Before + 1).FirstToken == region.Before + 1;
            if (previous is null || (!startsSentence && !rightAfter) || WordCount(open + 1, close) < MinContinuationWords || open - previousEnd > 60)
            {
                continue;
            }

            if (!NewlineBetween(previousEnd, open))
            {
                // Same paragraph: one quotation interrupted by its attribution ("…,” he said. “…”). The content is one
                // span, so it covers the attribution between the parts; when that attribution is longer than both parts
                // together (a long appositive), the longer part alone is the better approximation of the quotation.
                int first = WordsIn(previous.Content), between = WordsIn(new Span(previous.Content.End, content.Start)), second = WordsIn(content);
                if (between <= first + second)
                {
                    previous.Content = new Span(previous.Content.Start, content.End);
                }
                else if (second > first)
                {
                    previous.Content = content;
                }
            }
            else
            {
                var next = new Found
                {
                    SpeakerFirst = previous.SpeakerFirst,
                    SpeakerEnd = previous.SpeakerEnd,
                    Content = content,
                    Kind = QuoteKinds.Direct,
                    Origin = CandidateOrigin.Continuation,
                };
                _found.Add(next);
                previous = next;
            }

            previousEnd = region.After - 1;
        }
    }

    /// <summary>The quoted text without its marks and without a trailing comma or period inside them.</summary>
    private Span ContentOfRegion(int open, int close)
    {
        int end = close;
        while (end - 1 > open + 1 && Word(end - 1) is "," or "." or ";" or ":")
        {
            end--;
        }

        return TokenSpan(open + 1, end);
    }

    /// <summary>“…,” CUE SPEAKER / “…,” SPEAKER CUE / “…” — SPEAKER.</summary>
    private Found? AttributeAfter(RegionTokens region)
    {
        int close = region.Close;
        int t = region.After;
        if (t >= _tokens.Count || NewlineBetween(t - 1, t))
        {
            return null;
        }

        if (IsComma(t))
        {
            t++;
        }

        if (t >= _tokens.Count)
        {
            return null;
        }

        var sentenceEnd = SentenceOf(t).EndToken;
        if (Words.IsDash(Word(t)) && SpeakerRight(t + 1, sentenceEnd, out int da, out int db))
        {
            return new Found { SpeakerFirst = da, SpeakerEnd = db };
        }

        if (IsQuoteCue(t, out var cls) && !_usedCues.Contains(t))
        {
            if (SpeakerRight(t + 1, sentenceEnd, out int sa, out int sb))
            {
                _usedCues.Add(t);
                return new Found { SpeakerFirst = sa, SpeakerEnd = sb, Cue = _tokens[t].Span, CueToken = t, CueClass = cls };
            }

            return null;
        }

        bool closedWithComma = Word(close - 1) is "," || IsComma(region.After);

        // A quotation that neither ends its clause nor opens one is a fragment inside a sentence
        // ("is “very important” for"): reported speech covers it, not a direct quote.
        bool endsClause = closedWithComma || Word(close - 1) is "." or "?" or "!" or "..." or "—";
        bool opensClause = region.Before < 0 || region.Dash || SentenceOf(region.Before + 1).FirstToken == region.Before + 1 || Word(region.Before) is "," or ":";
        if (!endsClause && !opensClause)
        {
            return null;
        }

        if (Is(t, "but") || Is(t, "and"))
        {
            t++;
        }

        for (int k = t; k < Math.Min(sentenceEnd, t + MaxSpeaker + 2); k++)
        {
            if (IsPunct(k) || _regionOf[k] >= 0)
            {
                break;
            }

            if (IsQuoteCue(k, out cls) && k > t)
            {
                if (!closedWithComma && !IsSpeakerStart(t))
                {
                    return null;
                }

                int sb = k;
                while (sb > t && Words.Auxiliaries.Contains(Word(sb - 1)))
                {
                    sb--;
                }

                if (sb == t || AllFunctionWords(t, sb) || _usedCues.Contains(k))
                {
                    return null;
                }

                _usedCues.Add(k);
                return new Found { SpeakerFirst = t, SpeakerEnd = sb, Cue = _tokens[k].Span, CueToken = k, CueClass = cls };
            }
        }

        return null;
    }

    /// <summary>SPEAKER CUE, “…” / SPEAKER CUE: “…” / SPEAKER CUE that “…”.</summary>
    private Found? AttributeBefore(RegionTokens region)
    {
        int t = region.Before;
        if (t < 0 || NewlineBetween(t, t + 1))
        {
            return null;
        }

        bool punctuated = Word(t) is "," or ":";
        if (punctuated)
        {
            t--;
        }
        else if (Is(t, "that"))
        {
            // "said that “…” and more": reported speech holding a quotation, unless the quotation ends the sentence.
            if (!QuoteEndsSentence(region))
            {
                return null;
            }

            t--;
        }

        var sentenceFirst = t >= 0 ? SentenceOf(t).FirstToken : 0;
        for (int k = t; k >= Math.Max(sentenceFirst, t - 6); k--)
        {
            if (k < 0 || IsPunct(k) || _regionOf[k] >= 0)
            {
                break;
            }

            if (IsQuoteCue(k, out var cls) && !_usedCues.Contains(k) && (k == t || punctuated))
            {
                if (!punctuated && !QuoteEndsClause(region))
                {
                    // "said “ongoing”": a quoted fragment inside reported speech.
                    return null;
                }

                if (!SpeakerLeft(k, sentenceFirst, out int sa, out int sb))
                {
                    return null;
                }

                _usedCues.Add(k);
                return new Found { SpeakerFirst = sa, SpeakerEnd = sb, Cue = _tokens[k].Span, CueToken = k, CueClass = cls };
            }
        }

        return null;
    }

    private bool QuoteEndsSentence(RegionTokens region)
    {
        int after = region.After;
        return after >= _tokens.Count || Word(after) is "." or "?" or "!" || NewlineBetween(after - 1, after)
            || SentenceOf(after).FirstToken == after;
    }

    /// <summary>Whether a quotation ends its clause: punctuation inside the closing mark, or the sentence ends after it.</summary>
    private bool QuoteEndsClause(RegionTokens region)
    {
        if (Word(region.Close - 1) is "." or "," or "?" or "!" or "..." or "—" or ";")
        {
            return true;
        }

        int after = region.After;
        return after >= _tokens.Count || Word(after) is "." or "," or "?" or "!" or ";" || NewlineBetween(after - 1, after);
    }

    private bool AllFunctionWords(int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (!IsPunct(t) && !Words.FunctionWords.Contains(Word(t)))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsPassive(int cue, int sentenceFirst)
    {
        int j = cue - 1;
        while (j >= sentenceFirst && Words.Auxiliaries.Contains(Word(j)) && !Words.Be.Contains(Word(j)))
        {
            j--;
        }

        return j >= sentenceFirst && Words.Be.Contains(Word(j)) && !Is(cue, "saying") && !Word(cue).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The subject phrase left of a cue: back over auxiliaries and adverbs, then over words until punctuation,
    /// a clause word or the sentence start. An appositive ("Kuzan, the chairman of …, said") gives the name.
    /// </summary>
    private bool SpeakerLeft(int cue, int sentenceFirst, out int first, out int end)
    {
        first = end = -1;
        int j = cue - 1;
        while (j >= sentenceFirst && (Words.Auxiliaries.Contains(Word(j)) || IsMannerAdverb(j)))
        {
            j--;
        }

        if (j > sentenceFirst && Word(j) is ")")
        {
            // "Gov. Mike Pence (R-IN) said": the parenthetical is not the subject's end.
            int open = j - 1;
            while (open > sentenceFirst && j - open <= 10 && Word(open) is not "(" and not ")")
            {
                open--;
            }

            if (Word(open) is "(" && open > sentenceFirst)
            {
                j = open - 1;
            }
        }

        if (j > sentenceFirst && Words.Be.Contains(Word(j)) && Word(cue).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            // Progressive, not passive: "The White House is saying that …".
            j--;
            while (j >= sentenceFirst && (Words.Auxiliaries.Contains(Word(j)) || IsMannerAdverb(j)))
            {
                j--;
            }
        }

        if (j < sentenceFirst || Words.Be.Contains(Word(j)))
        {
            return false;
        }

        if (IsComma(j))
        {
            return AppositiveName(j, sentenceFirst, out first, out end);
        }

        end = j + 1;
        int k = j;
        while (k >= sentenceFirst && end - k <= MaxSpeakerScan)
        {
            if (IsPunct(k) || _regionOf[k] >= 0)
            {
                break;
            }

            var w = Word(k);
            if (w.Equals("who", StringComparison.OrdinalIgnoreCase))
            {
                if (k == j)
                {
                    k--;
                }

                break;
            }

            if (Words.ClauseStops.Contains(w))
            {
                break;
            }

            k--;
        }

        first = k + 1;
        while (first < end && (Words.Auxiliaries.Contains(Word(first)) || Words.TimeWords.Contains(Word(first))))
        {
            first++;
        }

        if (first >= end)
        {
            return false;
        }

        if (end - first > MaxSpeaker)
        {
            TrimToHead(ref first, end);
        }

        return IsSpeakerPhrase(first, end);
    }

    /// <summary>Rejects phrases that are not subjects: a leading preposition ("with further casualties"), a trailing one ("aid amid").</summary>
    private bool IsSpeakerPhrase(int first, int end)
        => !AllFunctionWords(first, end) && !Words.Prepositions.Contains(Word(first)) && !Words.ClauseStops.Contains(Word(first))
            && !(Words.Prepositions.Contains(Word(end - 1)) || Words.FunctionWords.Contains(Word(end - 1)) && !Is(end - 1, "it"))
            && !(end - first == 1 && (Words.TimeWords.Contains(Word(first)) || Word(first).EndsWith("ly", StringComparison.OrdinalIgnoreCase)));

    /// <summary>"NAME, the chairman of X, CUE": the name before an appositive that ends at <paramref name="comma"/>.</summary>
    private bool AppositiveName(int comma, int sentenceFirst, out int first, out int end)
    {
        first = end = -1;
        int k = comma - 1;
        while (k >= sentenceFirst && comma - k <= MaxSpeakerScan && !IsPunct(k) && _regionOf[k] < 0)
        {
            k--;
        }

        if (k < sentenceFirst || k + 1 >= comma)
        {
            return false;
        }

        if (IsAllCapitalized(k + 1, comma) && comma - (k + 1) <= MaxSpeaker && (k == sentenceFirst - 1 || IsComma(k)))
        {
            // "Carter's press secretary, Peter Cook, told": the name between the commas.
            first = k + 1;
            end = comma;
            return true;
        }

        if (k < sentenceFirst + 1 || !IsComma(k) || Words.IsCapitalized(Word(k + 1)) && !Is(k + 1, "the"))
        {
            return false;
        }

        end = k;
        first = end - 1;
        if (IsPunct(first) || !Words.IsCapitalized(Word(first)))
        {
            return false;
        }

        while (first - 1 >= sentenceFirst && !IsPunct(first - 1) && Words.IsCapitalized(Word(first - 1)) && end - first < MaxSpeaker)
        {
            first--;
        }

        return true;
    }

    private bool IsAllCapitalized(int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (IsPunct(t) || !Words.IsCapitalized(Word(t)))
            {
                return false;
            }
        }

        return end > first;
    }

    /// <summary>A lowercase -ly word before a cue ("forcefully condemned", "barely mentioned"), not a -ly noun ("family").</summary>
    private bool IsMannerAdverb(int t)
    {
        var w = Word(t);
        return w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(w[0]) && !Words.LyNouns.Contains(w);
    }

    /// <summary>Shortens an over-long subject to its last name run or its last determiner phrase.</summary>
    private void TrimToHead(ref int first, int end)
    {
        int k = end - 1;
        if (Words.IsCapitalized(Word(k)))
        {
            while (k - 1 >= first && (Words.IsCapitalized(Word(k - 1)) || (Is(k - 1, "of") && k - 2 >= first && Words.IsCapitalized(Word(k - 2)))) && end - k < MaxSpeaker)
            {
                k--;
            }

            first = k;
            return;
        }

        for (int d = end - 1; d >= first; d--)
        {
            if (Is(d, "the") || Is(d, "a") || Is(d, "an") || Is(d, "some") || Is(d, "many"))
            {
                if (end - d <= MaxSpeaker)
                {
                    first = d;
                    return;
                }

                break;
            }
        }

        first = Math.Max(first, end - 4);
    }

    /// <summary>The speaker phrase right of a cue ("said Zelensky", "said the minister", "said he").</summary>
    private bool SpeakerRight(int from, int sentenceEnd, out int first, out int end)
    {
        first = from;
        end = from;
        int k = from;
        while (k < sentenceEnd && k - from < MaxSpeaker)
        {
            if ((IsPunct(k) && !SpacedOutHyphen(k)) || _regionOf[k] >= 0)
            {
                break;
            }

            var w = Word(k);
            if (k == from && (Words.ClauseStops.Contains(w) || Words.Prepositions.Contains(w)))
            {
                return false;
            }

            if (k > from && !Words.IsCapitalized(w) && (Words.ClauseStops.Contains(w) || w is "in" or "on" or "at" or "during" or "after" or "according" or "adding" or "citing" or "told" or "last" or "this" or "earlier" or "via"))
            {
                break;
            }

            if (k == from && (Words.PersonPronouns.Contains(w) || Words.GroupPronouns.Contains(w)))
            {
                end = k + 1;
                return true;
            }

            if (k > from && w.Equals("agency", StringComparison.OrdinalIgnoreCase) && (Is(k + 1, "a") || Is(k + 1, "an") || Is(k + 1, "the")))
            {
                // "said the Reuters agency a high-ranking representative of the American administration": a translated
                // dative (told the agency); the speaker is the phrase after it.
                first = k + 1;
                from = k + 1;
            }

            k++;
        }

        end = k;
        return end > first && !AllFunctionWords(first, end);
    }

    /// <summary>A hyphen a translation spaced off its first part (<c>a high -ranking representative</c>): glued to the word after it.</summary>
    private bool SpacedOutHyphen(int t) =>
        _tokens[t].Length == 1 && Words.IsDash(Word(t)) && t + 1 < _tokens.Count && _tokens[t + 1].Start == _tokens[t].End && _tokens[t + 1].Kind == TokenKind.Word;

    /// <summary>
    /// Where a labelled content after its cue ends while it is an object with no verb of its own: before <c>and</c>/<c>but</c>
    /// + a finite verb (<c>outlined his plan and vowed to …</c>: a second predicate of the source, not part of what is
    /// reported), before a subordinator or before <c>, VBG</c>. A content with a verb is a clause (<c>said prices rose and
    /// fell</c>) and runs on.
    /// </summary>
    private int CoordinationEnd(int ca, int cb)
    {
        bool clause = false;
        for (int t = ca + 1; t < cb - 1; t++)
        {
            if (_regionOf[t] >= 0)
            {
                continue;
            }

            // After an object with no verb of its own, a subordinate or participial clause is an adjunct of the cue's
            // clause (spoke about her ties to black churches while at …; the death of X, arguing that …).
            if (!clause && t > ca + 1 && Words.Subordinators.Contains(Word(t)) && !Words.Relatives.Contains(Word(t)) && !Is(t, "whom") && !Is(t, "whose"))
            {
                return IsComma(t - 1) ? t - 1 : t;
            }

            if (!clause && IsComma(t) && _tokens[t + 1].Pos is "VBG")
            {
                return t;
            }

            bool clauseBefore = clause;
            clause |= _tokens[t].Pos is { } tag && (tag.StartsWith("VB", StringComparison.Ordinal) || tag is "MD");
            if (!(Is(t, "and") || Is(t, "but")))
            {
                continue;
            }

            int k = t + 1;
            while (k < cb && _tokens[k].Pos is "RB" or "RBR")
            {
                k++;
            }

            if (k < cb && _tokens[k].Pos is "VBD" or "VBZ" && !clauseBefore)
            {
                return IsComma(t - 1) ? t - 1 : t;
            }
        }

        return cb;
    }

    private void FindIndirect(CancellationToken cancellationToken)
    {
        for (int t = 0; t < _tokens.Count; t++)
        {
            if ((t & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (_regionOf[t] >= 0 && Word(t) is ":" && IsQuotedTurnStart(t))
            {
                ColonAttribution(t, SentenceOf(t).FirstToken + 1);
                continue;
            }

            if (_regionOf[t] >= 0 || (_tokens[t].Kind != TokenKind.Word && Word(t) is not ":"))
            {
                continue;
            }

            if (Word(t) is ":" && _tokens[t].Kind == TokenKind.Punctuation)
            {
                ColonAttribution(t);
                continue;
            }

            if (Is(t, "according") && Is(t + 1, "to"))
            {
                AccordingTo(t);
                t++;
                continue;
            }

            if (_usedCues.Contains(t))
            {
                continue;
            }

            int found = _found.Count;
            bool lexicon = false;
            if (IsCue(t, out var cls) && !IsNounUse(t))
            {
                lexicon = true;
                Reported(t, cls);
            }
            else if (_cueModel is null ? IsLearnedVerbCue(t) : IsModelCueHead(t))
            {
                // The model's margin is checked in Reported once a subject is found: most verbs have none, and scoring is the costly part.
                Reported(t, LearnedClass, learned: true);
            }
            else
            {
                continue;
            }

            // A cue the rules found no subject or content for goes to the span labeller when the cue model agrees.
            if (_found.Count == found && _spanModel is not null && _cueModel is not null && !_usedCues.Contains(t) && (!lexicon || IsActiveVerb(t)) && Margin(t) > MinMargin)
            {
                _unattributedCues.Add(t);
            }
        }
    }

    /// <summary>
    /// A verb in the active voice: tagged <c>VB*</c>, and a past participle only after a form of <c>have</c>
    /// (<c>has noted</c>, not <c>ATACMS, noted for their range</c> or <c>casualties reported in</c>).
    /// </summary>
    private bool IsActiveVerb(int t)
    {
        if (_tokens[t].Pos is not { } pos || !pos.StartsWith("VB", StringComparison.Ordinal))
        {
            return false;
        }

        if (pos != "VBN")
        {
            return true;
        }

        int k = t - 1;
        while (k >= 0 && _tokens[k].Pos is "RB" or "RBR")
        {
            k--;
        }

        return k >= 0 && (Is(k, "has") || Is(k, "have") || Is(k, "had") || Is(k, "having"));
    }

    /// <summary>
    /// A cue form used as a noun or a participle: before another cue ("reports indicate"), or an -ing form
    /// not opening a participial clause ("aiding Ukraine in maintaining control").
    /// </summary>
    private bool IsNounUse(int t)
    {
        if (t + 1 < _tokens.Count && _tokens[t + 1].Kind == TokenKind.Word && (Words.ReportVerbs.Contains(Word(t + 1)) || IsCue(t + 1, out _)))
        {
            return true;
        }

        // "saying" and "telling" are verbs even without a comma ("with voters saying they want …").
        // So are -ing forms after a form of be ("is defending") or after "by", "after", "while" ("by emphasizing").
        return Word(t).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !IsComma(t - 1) && !Is(t, "saying") && !Is(t, "telling")
            && !(t > 0 && (Words.Be.Contains(Word(t - 1)) || Is(t - 1, "by") || Is(t - 1, "after") || Is(t - 1, "while") || Is(t - 1, "before")));
    }

    /// <summary>A capitalized cue inside a sentence is a title-case headline ("Trump Denies Tyson Invite") or a name ("United States").</summary>
    private bool IsHeadlineCase(int cue, int sentenceFirst) => cue > sentenceFirst && Words.IsCapitalized(Word(cue));

    /// <summary>A cue form right after a determiner or possessive is a noun ("his recent claim", "the remarks").</summary>
    private bool FollowsDeterminer(int cue, int sentenceFirst)
    {
        int j = cue - 1;
        return j >= sentenceFirst && (Words.Determiners.Contains(Word(j)) || Word(j) is "’s" or "'s" or "’" or "'");
    }

    /// <summary>
    /// Subject agreement for a bare cue form ("they say", "I think", "officials warn", "will tell"): a singular
    /// noun before it means the form is a noun ("phone call", "a tell").
    /// </summary>
    private bool AgreesWithBareForm(int cue, int speakerEnd)
    {
        var w = Word(cue);
        if (w.EndsWith('s') || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || !CueLexicon.IsBareForm(w))
        {
            return true;
        }

        if (cue - 1 > speakerEnd - 1 || _tokens[cue].Pos is "VBP" or "VB")
        {
            // An auxiliary or adverb stands between ("will say", "did not deny").
            return true;
        }

        var last = Word(speakerEnd - 1);
        return last.Equals("i", StringComparison.OrdinalIgnoreCase) || last.Equals("we", StringComparison.OrdinalIgnoreCase)
            || last.Equals("you", StringComparison.OrdinalIgnoreCase) || last.Equals("they", StringComparison.OrdinalIgnoreCase)
            || last.Equals("who", StringComparison.OrdinalIgnoreCase) || (last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal))
            || last.Equals("people", StringComparison.OrdinalIgnoreCase) || last.Equals("police", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "a book called “Women Who Work”", "a PAC called Stop Hillary": "called" naming a thing, not speech.
    /// Taken as speech only after a pronoun, a name or a person title.
    /// </summary>
    private bool IsNaming(int cue, int speakerFirst, int speakerEnd)
    {
        if (!Word(cue).StartsWith("call", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (Is(speakerFirst, "a") || Is(speakerFirst, "an"))
        {
            return true;
        }

        int next = cue + 1;
        bool namesFollow = next < _tokens.Count && (Words.IsCapitalized(Word(next)) || _regionOf[next] >= 0);
        var head = Word(speakerEnd - 1);
        bool personLike = Words.IsCapitalized(head) || Words.PersonPronouns.Contains(head) || Words.GroupPronouns.Contains(head)
            || Words.PersonTitles.Contains(head) || Is(speakerEnd - 1, "who");
        return namesFollow && !personLike;
    }

    /// <summary>"Trump: Cruz has to come a long way": a name opening the sentence, a colon, then what the name said.</summary>
    /// <summary>
    /// A colon inside a quotation whose paragraph opens with the quotation mark and a short name: a transcript turn
    /// quoted as a whole ("“WALLACE: Let’s start …").
    /// </summary>
    private bool IsQuotedTurnStart(int colon)
    {
        int sf = SentenceOf(colon).FirstToken;
        return AtParagraphStart(sf) && _regionOf[sf] == _regionOf[colon] && IsPunct(sf) && colon - sf <= 4;
    }

    private void ColonAttribution(int colon) => ColonAttribution(colon, SentenceOf(colon).FirstToken);

    /// <param name="sf">The first token of the speaker: the sentence start, or the token after an opening quotation mark.</param>
    private void ColonAttribution(int colon, int sf)
    {
        var sentence = SentenceOf(colon);
        if (colon == sf || colon - sf > 5 || _usedCues.Contains(colon))
        {
            return;
        }

        for (int k = sf; k < colon; k++)
        {
            if (IsPunct(k) || !Words.IsCapitalized(Word(k)) || Words.FunctionWords.Contains(Word(k)))
            {
                return;
            }
        }

        int last = LastContentToken(colon + 1, sentence.EndToken);
        if (AtParagraphStart(sentence.FirstToken))
        {
            // A transcript turn ("TAPPER: …") speaks to the paragraph's end.
            last = LastContentToken(colon + 1, ParagraphEnd(colon));
        }

        if (_regionOf[colon] >= 0 && _regionTokens[_regionOf[colon]].Close is var close and > 0 && close < last)
        {
            // A transcript turn quoted as a whole ends at its closing mark.
            last = LastContentToken(colon + 1, close);
        }

        if (WordCount(colon + 1, last) < MinContentWords)
        {
            return;
        }

        int region = _regionOf[colon + 1];
        bool direct = region >= 0 && region != _regionOf[colon] && _regionTokens[region].Close >= last - 1;
        int contentFirst = direct ? _regionTokens[region].Open + 1 : colon + 1;
        int contentEnd = direct ? _regionTokens[region].Close : last;
        _usedCues.Add(colon);
        _found.Add(new Found
        {
            SpeakerFirst = sf,
            SpeakerEnd = colon,
            Cue = _tokens[colon].Span,
            CueToken = colon,
            Content = direct ? ContentOfRegion(contentFirst - 1, contentEnd) : TokenSpan(contentFirst, contentEnd),
            Kind = direct ? QuoteKinds.Direct : QuoteKinds.Indirect,
            Origin = CandidateOrigin.Colon,
        });
    }

    private bool AtParagraphStart(int t) => t == 0 || NewlineBetween(t - 1, t);

    /// <summary>The token index where the paragraph holding <paramref name="t"/> ends.</summary>
    private int ParagraphEnd(int t)
    {
        int k = t + 1;
        while (k < _tokens.Count && !NewlineBetween(k - 1, k) && k - t < QuoteMarks.MaxQuoteLength)
        {
            k++;
        }

        return k;
    }

    /// <summary>"according to X, CONTENT" / "CONTENT, according to X." / "CONTENT according to X".</summary>
    private void AccordingTo(int t)
    {
        var sentence = SentenceOf(t);
        int sentenceEnd = sentence.EndToken;
        int k = t + 2;
        int srcEnd = k;
        while (srcEnd < sentenceEnd && srcEnd - k < MaxSourceScan && !IsPunct(srcEnd) && _regionOf[srcEnd] < 0)
        {
            srcEnd++;
        }

        if (srcEnd == k || AllFunctionWords(k, srcEnd))
        {
            return;
        }

        int contentFirst, contentEnd;
        int last = LastContentToken(sentence.FirstToken, sentenceEnd);
        if ((t == sentence.FirstToken || IsComma(t - 1) && t - 1 == sentence.FirstToken) && IsComma(srcEnd))
        {
            contentFirst = srcEnd + 1;
            contentEnd = last;
        }
        else if (srcEnd >= last)
        {
            contentFirst = sentence.FirstToken;
            contentEnd = IsComma(t - 1) ? t - 1 : t;
        }
        else
        {
            contentFirst = sentence.FirstToken;
            contentEnd = last;
        }

        if (contentEnd - contentFirst < 1 || WordCount(contentFirst, contentEnd) < 2)
        {
            return;
        }

        _found.Add(new Found
        {
            SpeakerFirst = k,
            SpeakerEnd = srcEnd,
            Cue = TokenSpan(t, t + 2),
            CueToken = t,
            Content = TokenSpan(contentFirst, contentEnd),
            Kind = QuoteKinds.Indirect,
            AccordingTo = true,
            Origin = CandidateOrigin.AccordingTo,
        });
    }

    /// <summary>End of the sentence's content: before its final punctuation and closing marks.</summary>
    private int LastContentToken(int first, int end)
    {
        while (end - 1 > first && (Word(end - 1) is "." or "!" or "?" or ";" or ":" or "," or "..." || (IsPunct(end - 1) && Words.IsQuoteChar(Word(end - 1)[0]) && _regionOf[end - 1] < 0)))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// "X said this at a briefing ..." and "This was reported by X ...": the pronoun is what was said, and the content is the
    /// whole sentence before (the news-agency form that opens with the statement and names its speaker next, also across a
    /// paragraph break). A kept quote whose cue takes <c>this</c> as its object (then a preposition, <c>to</c> + a
    /// non-verb, or a closing full stop) gets that content; a passive <c>This was CUE by X</c>, which the rules leave (a passive cue has
    /// no speaker left of it), becomes a quote of X. Nothing changes when the sentence before is already a kept quote's content or
    /// holds a quotation mark (it is attributed: the quote keeps its old content), or has under three words.
    /// </summary>
    private void ThisRefersBack()
    {
        // Chosen against the kept contents as they were, then set: "A. X said this at ... . Y said this at ..." gives Y nothing.
        int kept = _found.Count;
        List<(Found Quote, Span Content)>? moved = null;
        foreach (var f in _found)
        {
            int cue = f.CueToken;
            if (f.Kind == QuoteKinds.Indirect && cue >= 0 && ThisIsObject(cue) && SentenceBefore(cue, kept, out int first, out int last))
            {
                (moved ??= []).Add((f, TokenSpan(first, last)));
            }
        }

        foreach (var (quote, content) in moved ?? [])
        {
            quote.Content = content;
        }

        for (int s = 1; s < _doc.Sentences.Count; s++)
        {
            int sf = _doc.Sentences[s].FirstToken;
            int end = _doc.Sentences[s].EndToken;
            if (sf + 4 >= end || !Is(sf, "this") || !Words.Be.Contains(Word(sf + 1)) || _regionOf[sf] >= 0)
            {
                continue;
            }

            int cue = Is(sf + 2, "also") ? sf + 3 : sf + 2;
            if (cue + 2 < end && Is(cue + 1, "by") && Words.Restating.Contains(Word(cue)) && IsCue(cue, out var cls) && !_usedCues.Contains(cue)
                && SpeakerRight(cue + 2, end, out int sa, out int sb) && SentenceBefore(cue, kept, out int first, out int last))
            {
                AddReported(sa, sb, cue, cls, first, last, learned: false);
            }
        }
    }

    /// <summary>
    /// <c>said this at ...</c>, <c>told this to reporters</c>, <c>denied this.</c>: the object of a cue that restates is the
    /// pronoun <c>this</c>, not a determiner (<c>said this week</c>).
    /// </summary>
    private bool ThisIsObject(int cue)
    {
        int t = cue + 1;
        if (!Is(t, "this") || t + 1 >= _tokens.Count || !Words.Restating.Contains(Word(cue)))
        {
            return false;
        }

        var next = Word(t + 1);
        return next is "." || Words.AfterThisObject.Contains(next)
            || (next is "to" && t + 2 < _tokens.Count && !Is(t + 2, "be") && _tokens[t + 2].Pos is not "VB");
    }

    /// <summary>
    /// The sentence before <paramref name="cue"/>'s, less its closing punctuation (tokens <paramref name="first"/> to
    /// <paramref name="end"/>), when it is nobody's quote: no quotation in it and no content of the first <paramref name="kept"/>
    /// candidates over it.
    /// </summary>
    private bool SentenceBefore(int cue, int kept, out int first, out int end)
    {
        first = end = -1;
        int s = _sentenceOf[cue];
        if (s == 0)
        {
            return false;
        }

        var sentence = _doc.Sentences[s - 1];
        first = sentence.FirstToken;
        end = LastContentToken(first, sentence.EndToken);
        if (WordCount(first, end) < MinContentWords)
        {
            return false;
        }

        for (int t = first; t < sentence.EndToken; t++)
        {
            if (_regionOf[t] >= 0 || IsDoubleQuoteMark(t, closingOnly: false))
            {
                return false;
            }
        }

        var content = TokenSpan(first, end);
        for (int i = 0; i < kept; i++)
        {
            if (_found[i].Content.Overlaps(content))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reported speech around cue <paramref name="cue"/>: "X said (that) …", "…, X said.", "…, said X.".</summary>
    private void Reported(int cue, CueClass cls, bool learned = false)
    {
        var sentence = SentenceOf(cue);
        int sf = sentence.FirstToken;
        int last = LastContentToken(sf, sentence.EndToken);
        if (IsPassive(cue, sf))
        {
            // "was asked whether …": a question put to someone, with no source named.
            if (Is(cue, "asked") && cue + 1 < last && Words.QuestionWords.Contains(Word(cue + 1)))
            {
                int end = ClauseEnd(cue + 1, last);
                if (WordCount(cue + 1, end) >= MinContentWords)
                {
                    _usedCues.Add(cue);
                    _found.Add(new Found { Cue = _tokens[cue].Span, CueToken = cue, Content = TokenSpan(cue + 1, end), Kind = QuoteKinds.Indirect, Origin = CandidateOrigin.Asked });
                }
            }

            return;
        }

        if (IsHeadlineCase(cue, sf) || FollowsDeterminer(cue, sf))
        {
            return;
        }

        // Inverted: "…, said X." / "…, X said."
        bool participle = Word(cue).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        if (IsComma(cue - 1) && cue - 1 > sf && Words.InvertibleCues.Contains(Word(cue)) && SpeakerRight(cue + 1, sentence.EndToken, out int ra, out int rb) && last - rb <= MaxTail && !ContainsThat(rb, last)
            && (rb >= last || Words.TailStarts.Contains(Word(rb)) || IsComma(rb)))
        {
            if (!learned || ModelAccepts(cue))
            {
                AddReported(ra, rb, cue, cls, sf, cue - 1, learned);
            }

            return;
        }

        int sa, sb;
        if (IsComma(cue - 1) && participle)
        {
            // Participial clause ("…, saying that …"): the speaker is the subject of the clause it hangs on.
            if (!ClauseSubject(cue, sf, out sa, out sb))
            {
                return;
            }
        }
        else if (participle && cue - 1 > sf && (Is(cue - 1, "by") || Is(cue - 1, "after") || Is(cue - 1, "while") || Is(cue - 1, "before")))
        {
            // "responded … by saying that …": the speaker is the subject of the clause.
            if (!ClauseSubject(cue, sf, out sa, out sb))
            {
                return;
            }
        }
        else if (Coordinated(cue, sf))
        {
            // "X announced A and said B": the subject of the first verb.
            if (!ClauseSubject(cue, sf, out sa, out sb))
            {
                return;
            }
        }
        else if (!SpeakerLeft(cue, sf, out sa, out sb))
        {
            return;
        }

        if (!AgreesWithBareForm(cue, sb) || IsNaming(cue, sa, sb) || (learned && !_propose && !AgentOrConfident(cue, sa, sb)) || (learned && !ModelAccepts(cue)))
        {
            return;
        }

        if (cls != CueClass.Cognition && Word(cue + 1 < _tokens.Count ? cue + 1 : cue) is ":" && cue + 2 < _tokens.Count && NewlineBetween(cue + 1, cue + 2))
        {
            // "He said:" closing a paragraph: the next paragraph is what was said (a block quotation).
            int paragraphEnd = LastContentToken(cue + 2, ParagraphEnd(cue + 2));
            int region = _regionOf[cue + 2];
            _usedCues.Add(cue + 1);
            if (region >= 0 && _regionTokens[region].Open >= 0 && _regionTokens[region].Close >= paragraphEnd - 1)
            {
                var rt = _regionTokens[region];
                int before = _found.Count;
                AddReported(sa, sb, cue, cls, rt.Open + 1, Math.Min(rt.Close, paragraphEnd), learned);
                if (_found.Count > before)
                {
                    _found[^1].Kind = QuoteKinds.Direct;
                    _found[^1].Origin = CandidateOrigin.Direct;
                }
            }
            else
            {
                AddReported(sa, sb, cue, cls, cue + 2, paragraphEnd, learned);
            }

            return;
        }

        int afterCue = cue + 1;
        bool tailOnly = !IsInfinitiveContent(cue, last) && last - afterCue <= MaxTail && !ContainsThat(afterCue, last) && !ContainsCue(afterCue, last)
            && (afterCue >= last || Words.TailStarts.Contains(Word(afterCue)) || IsComma(afterCue)
                || (Words.AddresseeVerbs.Contains(Word(cue)) && Words.IsCapitalized(Word(afterCue))));
        if (tailOnly && cls != CueClass.Cognition)
        {
            int commaBefore = sa - 1;
            if (commaBefore > sf && (IsComma(commaBefore) || _regionOf[commaBefore] >= 0))
            {
                AddReported(sa, sb, cue, cls, sf, IsComma(commaBefore) ? commaBefore : commaBefore + 1, learned);
            }

            return;
        }

        int k = ContentStart(cue, cls, last);
        if (k < 0 || k >= last)
        {
            return;
        }

        if (_regionOf[k] >= 0 && _regionTokens[_regionOf[k]].Close >= last - 1)
        {
            // The content is a quotation; a direct quote handles it.
            return;
        }

        last = ClauseEnd(k, last);
        if (WordCount(k, last) < MinContentWords)
        {
            return;
        }

        AddReported(sa, sb, cue, cls, k, last, learned);
    }

    private void AddReported(int sa, int sb, int cue, CueClass cls, int contentFirst, int contentEnd, bool learned)
    {
        if (contentEnd <= contentFirst || WordCount(contentFirst, contentEnd) < MinContentWords)
        {
            return;
        }

        _usedCues.Add(cue);
        _found.Add(new Found
        {
            SpeakerFirst = sa,
            SpeakerEnd = sb,
            Cue = _tokens[cue].Span,
            CueToken = cue,
            CueClass = cls,
            Content = TokenSpan(contentFirst, contentEnd),
            Kind = QuoteKinds.Indirect,
            Origin = learned ? CandidateOrigin.RulesLearned : CandidateOrigin.Rules,
        });
    }

    /// <summary>
    /// The subject a participial cue hangs on: the speaker of a quote found earlier in the sentence, else the
    /// pronoun or capitalized name opening the sentence.
    /// </summary>
    private bool ClauseSubject(int cue, int sentenceFirst, out int first, out int end)
    {
        first = end = -1;
        for (int i = _found.Count - 1; i >= 0; i--)
        {
            var f = _found[i];
            if (f.CueToken >= sentenceFirst && f.CueToken < cue && f.SpeakerFirst >= 0)
            {
                first = f.SpeakerFirst;
                end = f.SpeakerEnd;
                return true;
            }
        }

        int k = sentenceFirst;
        var w = Word(k);
        if (Words.PersonPronouns.Contains(w) || Words.GroupPronouns.Contains(w))
        {
            first = k;
            end = k + 1;
            return true;
        }

        if (Is(k, "the") || Is(k, "a") || Is(k, "an"))
        {
            // "The ministry …", "The Russian Defence Ministry …": the determiner, its next word and any name run.
            k += 2;
            while (k < cue && !IsPunct(k) && Words.IsCapitalized(Word(k)) && k - sentenceFirst < MaxSpeaker)
            {
                k++;
            }

            first = sentenceFirst;
            end = Math.Min(k, cue);
            return end - first >= 2 && IsSpeakerPhrase(first, end);
        }

        if (!Words.IsCapitalized(w) || Words.FunctionWords.Contains(w) || Words.ClauseStops.Contains(w) || Words.Prepositions.Contains(w) || IsPunct(k))
        {
            return false;
        }

        while (k < cue && !IsPunct(k) && (Words.IsCapitalized(Word(k)) || (Is(k, "of") && k + 1 < cue && Words.IsCapitalized(Word(k + 1)))) && k - sentenceFirst < MaxSpeaker)
        {
            k++;
        }

        first = sentenceFirst;
        end = k;
        return end > first && IsSpeakerPhrase(first, end);
    }

    /// <summary>A cue right after "and" or "but" (past adverbs): the second verb of a coordination.</summary>
    private bool Coordinated(int cue, int sentenceFirst)
    {
        int j = cue - 1;
        while (j > sentenceFirst && Words.Auxiliaries.Contains(Word(j)))
        {
            j--;
        }

        return j > sentenceFirst && (Is(j, "and") || Is(j, "but"));
    }

    /// <summary>Where a reported clause ends: at a semicolon or at ", but" / ", while" opening a new clause.</summary>
    private int ClauseEnd(int first, int last)
    {
        for (int t = first + 1; t < last; t++)
        {
            if (_regionOf[t] >= 0)
            {
                continue;
            }

            if (Word(t) is ";" || (IsComma(t) && t + 1 < last && (Is(t + 1, "but") || Is(t + 1, "while") || Is(t + 1, "although") || Is(t + 1, "though") || Is(t + 1, "whereas"))))
            {
                return t;
            }

            if ((Is(t, "and") || Is(t, "but")) && t + 1 < last && IsCue(t + 1, out var cls) && cls != CueClass.Cognition)
            {
                return IsComma(t - 1) ? t - 1 : t;
            }

            // ", saying …" and ", and the crowd …" open a new clause.
            if (IsComma(t) && t + 1 < last && (IsCue(t + 1, out _) && Word(t + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                || Is(t + 1, "and") && t + 2 < last && (Words.SubjectStarts.Contains(Word(t + 2)) || Words.IsCapitalized(Word(t + 2)))))
            {
                return t;
            }
        }

        return last;
    }

    private bool ContainsThat(int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (Is(t, "that"))
            {
                return true;
            }
        }

        return false;
    }

    private bool ContainsCue(int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            if (IsCue(t, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"pledged to rebuild", "wants to continue": a cue (not a plain verb of saying) before an infinitive.</summary>
    private bool IsInfinitiveContent(int cue, int last)
        => cue + 2 < last && Is(cue + 1, "to") && _tokens[cue + 2].Pos is "VB" && !Words.PlainSpeech.Contains(Word(cue));

    /// <summary>Where the reported clause starts after a cue, or -1 when the cue takes none.</summary>
    private int ContentStart(int cue, CueClass cls, int last)
    {
        int k = cue + 1;
        if (k >= last)
        {
            return -1;
        }

        var next = Word(k);
        if (next is "for" or "on" && Word(cue).StartsWith("call", StringComparison.OrdinalIgnoreCase))
        {
            return k + 1;
        }

        if (next is "to" or "about" or "against" or "out" or "of" && Words.PhrasalCues.Contains(Word(cue)))
        {
            // "pointed out that", "referring to", "spoke about", "railed against": the particle belongs to the cue.
            return Is(k + 1, "that") ? k + 2 : k + 1;
        }

        if (IsInfinitiveContent(cue, last))
        {
            // "pledged to push for", "wants to continue": the infinitive clause is what is promised or wanted.
            return k;
        }

        if (next is "by" or "to" or "of" or "for" or "about" or "with" or "as" or "out" or "off" or "up" || IsComma(k) && Is(k + 1, "but"))
        {
            return -1;
        }

        if (next is ":" or ",")
        {
            return k + 1 < last && _regionOf[k + 1] >= 0 ? -1 : cls == CueClass.Cognition ? -1 : k + 1;
        }

        if (Is(k, "that"))
        {
            return k + 1;
        }

        if (AfterThat(k, last) is int afterThat and >= 0)
        {
            return afterThat;
        }

        if (Words.AddresseeVerbs.Contains(Word(cue)))
        {
            if (Words.Addressees.Contains(next) && !Is(cue, "urged") && !Is(cue, "urges"))
            {
                return k + 1;
            }

            return k;
        }

        if (cls == CueClass.Cognition)
        {
            // "believes the war will end": only before a subject-like word.
            return Words.PersonPronouns.Contains(next) || Words.GroupPronouns.Contains(next) || Is(k, "the") || Is(k, "it") || Is(k, "there")
                || (Words.IsCapitalized(next) && !IsPunct(k)) ? k : -1;
        }

        return k;
    }

    /// <summary>
    /// Replaces the rule-chosen source and content of reported speech by the span model's, and adds the quotes the
    /// model finds for the cues in <see cref="_unattributedCues"/> (docs/quotes.md); a cue the lexicon lacks needs an agent
    /// as its source, as in the rules. Direct quotes and
    /// <c>according to</c> keep the rules' spans: they score better there.
    /// </summary>
    private void LabelSpans()
    {
        using var context = new SpanContext(_doc, _cueContext);
        var buffers = new SpanBuffers();
        var labels = new byte[64];
        foreach (var f in _found)
        {
            if (f.CueToken < 0 || f.AccordingTo || f.Kind == QuoteKinds.Direct || Word(f.CueToken) is ":"
                || !Label(context, f.CueToken, buffers, ref labels, out int sa, out int sb, out int ca, out int cb, out var confidence))
            {
                continue;
            }

            f.Content = TokenSpan(ca, cb);
            f.SpeakerFirst = sa;
            f.SpeakerEnd = sb;
            f.Labelled = true;
            f.Confidence = confidence;
        }

        foreach (int cue in _unattributedCues)
        {
            bool lexicon = CueLexicon.TryGet(Word(cue), out var cls);
            if (Label(context, cue, buffers, ref labels, out int sa, out int sb, out int ca, out int cb, out var confidence) && WordCount(ca, cb) >= (_propose ? MinProposedWords : MinContentWords)
                && (lexicon || _propose || (sa >= 0 && AgentOrConfident(cue, sa, sb))))
            {
                _found.Add(new Found
                {
                    SpeakerFirst = sa,
                    SpeakerEnd = sb,
                    Cue = _tokens[cue].Span,
                    CueToken = cue,
                    CueClass = lexicon ? cls : LearnedClass,
                    Content = TokenSpan(ca, cb),
                    Kind = QuoteKinds.Indirect,
                    Origin = lexicon ? CandidateOrigin.Fallback : CandidateOrigin.FallbackLearned,
                    Labelled = true,
                    Confidence = confidence,
                });
            }
        }
    }

    /// <summary>
    /// Labels the window of <paramref name="cue"/>; false when the model gives no content. The source is
    /// [<paramref name="sa"/>, <paramref name="sb"/>) (-1 when none), the content [<paramref name="ca"/>, <paramref name="cb"/>)
    /// from its first to its last token (over the words between when it has two parts); <paramref name="confidence"/> is how
    /// sure the labeller was (computed only while proposing candidates to the scorer).
    /// </summary>
    private bool Label(SpanContext context, int cue, SpanBuffers buffers, ref byte[] labels, out int sa, out int sb, out int ca, out int cb, out LabelConfidence confidence)
    {
        var (first, end) = SpanModel.Window(_cueContext, cue);
        int n = end - first;
        if (labels.Length < n)
        {
            labels = new byte[Math.Max(n, labels.Length * 2)];
        }

        _spanModel!.Label(context, cue, first, end, labels, buffers);
        sa = sb = ca = cb = -1;
        for (int i = 0; i < n; i++)
        {
            if (labels[i] == SpanModel.Source)
            {
                sa = sa < 0 ? first + i : sa;
                sb = first + i + 1;
            }
            else if (labels[i] == SpanModel.Content)
            {
                ca = ca < 0 ? first + i : ca;
                cb = first + i + 1;
            }
        }

        confidence = _propose ? LabelConfidence.Of(buffers.Emissions(n * 3), labels.AsSpan(0, n)) : default;

        // The content is the reported clause: an addressee or setting before its "that", and the "that", stay out
        // (PolNeAR's contents start at the "that"; the scorer's token overlap barely notices one word).
        if (ca > cue && (Is(ca, "that") || Words.AddresseeVerbs.Contains(Word(cue))) && AfterThat(ca, cb) is int clause and >= 0 && clause < cb)
        {
            ca = clause;
        }

        if (ca > cue)
        {
            cb = CoordinationEnd(ca, cb);
        }

        return ca >= 0;
    }

    /// <summary>
    /// The token after a <c>that</c> found within seven tokens of <paramref name="from"/> (before <paramref name="end"/>)
    /// with no punctuation or quotation between: the stretch before it is the addressee ("told reporters that") or a
    /// setting ("said on Monday that"), not the content; -1 when there is none.
    /// </summary>
    private int AfterThat(int from, int end)
    {
        for (int j = from; j < Math.Min(end, from + 7); j++)
        {
            if (IsPunct(j) || _regionOf[j] >= 0)
            {
                break;
            }

            if (Is(j, "that"))
            {
                return j + 1;
            }
        }

        return -1;
    }

    private void Emit()
    {
        _found.Sort((a, b) => a.Content.Start != b.Content.Start ? a.Content.Start.CompareTo(b.Content.Start) : a.Content.End.CompareTo(b.Content.End));
        var directContents = new List<Span>();
        foreach (var f in _found)
        {
            if (f.Kind == QuoteKinds.Direct)
            {
                directContents.Add(f.Content);
            }
        }

        var resolver = new SpeakerResolver(_doc, directContents);
        foreach (var f in _found)
        {
            Span? speaker = f.SpeakerFirst >= 0 && f.SpeakerEnd > f.SpeakerFirst ? TokenSpan(f.SpeakerFirst, f.SpeakerEnd) : null;
            Span? entity = null;
            if (speaker is { } s)
            {
                entity = resolver.Resolve(s, Word(f.SpeakerFirst), Word(f.SpeakerEnd - 1), f.SpeakerEnd - f.SpeakerFirst);
            }

            _doc.Quotes.Add(new Quote(speaker, f.Cue, f.Content, f.Kind) { SpeakerEntity = entity });
            _candidateSink?.Add(f.Features ?? []);
            if (entity is null && !f.AccordingTo && f.SpeakerFirst >= 0 && !IsPronoun(f.SpeakerFirst, f.SpeakerEnd) && NameRun(f.SpeakerFirst, f.SpeakerEnd) is { } name)
            {
                resolver.NoteNamedSpeaker(name);
            }
            else if (entity is { } e)
            {
                resolver.NoteNamedSpeaker(e);
            }

            if (f.AccordingTo)
            {
                _doc.Attributions.Add(new Attribution(Span.Cover(f.Cue!.Value, speaker!.Value), speaker, AttributionKinds.AccordingTo) { Scope = f.Content });
            }
            else if (f.CueClass is CueClass.Claim or CueClass.Denial && f.Cue is { } cue)
            {
                var kind = f.CueClass == CueClass.Claim ? AttributionKinds.Claim : AttributionKinds.Denial;
                var span = speaker is { } sp ? Span.Cover(sp, cue) : cue;
                _doc.Attributions.Add(new Attribution(span, speaker, kind) { Scope = f.Content });
            }
            else if (f.CueToken >= 0 && speaker is not null && IsReportsSource(f.SpeakerFirst, f.SpeakerEnd) && Words.ReportVerbs.Contains(Word(f.CueToken)))
            {
                _doc.Attributions.Add(new Attribution(Span.Cover(speaker.Value, f.Cue!.Value), speaker, AttributionKinds.Reports) { Scope = f.Content });
            }
        }
    }

    private bool IsPronoun(int first, int end)
        => end - first == 1 && (Words.PersonPronouns.Contains(Word(first)) || Words.GroupPronouns.Contains(Word(first)));

    /// <summary>The last run of capitalized words in a speaker phrase ("Russian President Vladimir Putin" keeps all of it).</summary>
    private Span? NameRun(int first, int end)
    {
        int k = end - 1;
        var head = Word(k);
        if (!Words.IsCapitalized(head) || Words.PersonTitles.Contains(head) || IsReportsSource(first, end) || head.EndsWith("s", StringComparison.Ordinal))
        {
            return null;
        }

        while (k - 1 >= first && Words.IsCapitalized(Word(k - 1)))
        {
            k--;
        }

        // Only a phrase that is all name ("Russian President Vladimir Putin"), not "officials in Russia".
        return k == first ? TokenSpan(k, end) : null;
    }

    /// <summary>"reports", "media reports", "Recent reports": the source of a "reports suggest" attribution.</summary>
    private bool IsReportsSource(int first, int end)
        => Is(end - 1, "reports") || Is(end - 1, "report");

    /// <summary>Hedges, passive claims ("it is claimed") and "could not be independently verified".</summary>
    private void FindHedges()
    {
        for (int t = 0; t < _tokens.Count; t++)
        {
            if (_tokens[t].Kind != TokenKind.Word || _regionOf[t] >= 0)
            {
                continue;
            }

            var w = Word(t);
            var sentence = SentenceOf(t);
            if (Words.Hedges.Contains(w))
            {
                _doc.Attributions.Add(new Attribution(_tokens[t].Span, null, AttributionKinds.Hedge) { Scope = sentence.Span });
                continue;
            }

            if ((w.StartsWith("verif", StringComparison.OrdinalIgnoreCase) || w.StartsWith("confirm", StringComparison.OrdinalIgnoreCase)) && Negated(t, sentence.FirstToken, out int neg))
            {
                _doc.Attributions.Add(new Attribution(TokenSpan(neg, t + 1), null, AttributionKinds.Unverified) { Scope = UnverifiedScope(sentence) });
                continue;
            }

            if (w.Equals("unverified", StringComparison.OrdinalIgnoreCase) || w.Equals("unconfirmed", StringComparison.OrdinalIgnoreCase))
            {
                _doc.Attributions.Add(new Attribution(_tokens[t].Span, null, AttributionKinds.Unverified) { Scope = sentence.Span });
                continue;
            }

            if (Is(t, "it") && t + 2 < sentence.EndToken && Words.Be.Contains(Word(t + 1)) && IsCue(t + 2, out var cls))
            {
                var kind = cls switch
                {
                    CueClass.Claim => AttributionKinds.Claim,
                    CueClass.Denial => AttributionKinds.Denial,
                    _ => AttributionKinds.Reports,
                };
                int contentFirst = Is(t + 3, "that") ? t + 4 : t + 3;
                int last = LastContentToken(sentence.FirstToken, sentence.EndToken);
                var scope = contentFirst < last ? TokenSpan(contentFirst, last) : sentence.Span;
                _doc.Attributions.Add(new Attribution(TokenSpan(t, t + 3), null, kind) { Scope = scope });
            }
        }
    }

    /// <summary>"could not (be) (independently) verified", "cannot confirm", "has not been confirmed".</summary>
    private bool Negated(int t, int sentenceFirst, out int negation)
    {
        negation = -1;
        for (int k = t - 1; k >= Math.Max(sentenceFirst, t - 4); k--)
        {
            if (Is(k, "not") || Is(k, "n't") || Is(k, "cannot") || Is(k, "unable"))
            {
                negation = k;
                if (k - 1 >= sentenceFirst && (Is(k - 1, "could") || Is(k - 1, "can") || Is(k - 1, "has") || Is(k - 1, "have") || Is(k - 1, "was") || Is(k - 1, "were") || Is(k - 1, "is") || Is(k - 1, "are") || Is(k - 1, "did") || Is(k - 1, "does")))
                {
                    negation = k - 1;
                }

                return true;
            }

            if (IsPunct(k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A short sentence opening with "This", "The claims", "It" refers back: its scope is the previous sentence.</summary>
    private Span UnverifiedScope(Sentence sentence)
    {
        int index = _sentenceOf[sentence.FirstToken];
        if (index > 0 && sentence.TokenCount <= 16 && Words.Anaphoric.Contains(Word(sentence.FirstToken)))
        {
            return _doc.Sentences[index - 1].Span;
        }

        return sentence.Span;
    }
}

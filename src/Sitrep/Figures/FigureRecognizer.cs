using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Sitrep.Pipeline;

namespace Sitrep.Figures;

/// <summary>
/// Finds the number phrases of one sentence, left to right over its tokens: a numeric core (digits,
/// number words, fractions, vague plurals), widened leftwards by a currency and a qualifier and
/// rightwards by a scale, a range, a unit and a trailing qualifier; then the counted noun phrase
/// and the casualty kind. Dates, clock times, labels and model names are rejected by their
/// neighbours. See docs/figures.md for every decision.
/// </summary>
internal ref struct FigureRecognizer
{
    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> CardinalLookup = FigureLexicon.Cardinals.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> WordScaleLookup = FigureLexicon.WordScales.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> ShortScaleLookup = FigureLexicon.ShortScales.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> VagueLookup = FigureLexicon.VaguePlurals.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> DenominatorLookup = FigureLexicon.Denominators.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencySymbolLookup = FigureLexicon.CurrencySymbols.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CurrencyCodeLookup = FigureLexicon.CurrencyCodes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencyWordLookup = FigureLexicon.CurrencyWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = FigureLexicon.Units.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MetreCueLookup = FigureLexicon.MetreCues.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeUnitLookup = FigureLexicon.TimeUnits.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClockLookup = FigureLexicon.ClockWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = FigureLexicon.Months.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LabelLookup = FigureLexicon.LabelNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = FigureLexicon.NounPhraseStops.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OnePrevLookup = FigureLexicon.OnePronounPrev.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CasualtyVerbLookup = FigureLexicon.CasualtyVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CasualtyNounLookup = FigureLexicon.CasualtyNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxLookup = FigureLexicon.Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonLookup = FigureLexicon.PersonNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AgeCueLookup = FigureLexicon.AgeCues.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IntensifierLookup = FigureLexicon.Intensifiers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FewLookup = FigureLexicon.FewWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordLabelLookup = FrozenSet.ToFrozenSet(
        ["number", "article", "section", "chapter", "paragraph", "phase", "stage", "level", "tier", "category", "grade", "generation"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> Weekdays = FrozenSet.ToFrozenSet(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adverbs ending in -ly are many; nouns ending in -ly are few and listed here.</summary>
    private static readonly FrozenSet<string> LyNouns = FrozenSet.ToFrozenSet(
        ["family", "ally", "supply", "assembly", "rally", "anomaly", "monopoly", "belly", "fly", "jelly", "lily", "reply", "bully", "folly"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LyNounLookup = LyNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Longest run of tokens searched backwards for the counted thing named before a bare number.</summary>
    private const int BackwardObjectWindow = 15;

    /// <summary>Time expressions looked at before a phrase's end when testing overlap.</summary>
    private const int MaxNestedTimes = 8;

    /// <summary>Longest counted noun phrase, in tokens.</summary>
    private const int MaxObjectTokens = 6;

    private readonly string _text;
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly int _first;
    private readonly int _end;
    private readonly Span[] _times;
    private readonly FiguresOptions _options;
    private bool _titleCase;

    // The previous figure of the sentence, for "around 120 missiles and 90 drones".
    private int _lastObjectEnd;
    private string? _lastQualifier;
    private string? _lastKind;

    /// <param name="times">The document's time expression spans, sorted by start (see <see cref="FiguresStage"/>).</param>
    public FigureRecognizer(Document document, Sentence sentence, FiguresOptions options, Span[] times)
    {
        _text = document.Text;
        _tokens = CollectionsMarshal.AsSpan(document.Tokens);
        _first = sentence.FirstToken;
        _end = sentence.EndToken;
        _times = times;
        _options = options;
        _lastObjectEnd = -1;
    }

    /// <summary>A numeric core: the tokens that carry the number itself.</summary>
    private struct Core
    {
        public int Start;
        public int End;
        public double Value;
        public double Scale;
        public double? High;
        public bool Weak;
        public bool Vague;
        public bool Few;
        public bool Fraction;
        public bool Year;
        public bool Digits;
    }

    public void Recognize(List<Figure> output)
    {
        _titleCase = IsTitleCase();
        int i = _first;
        while (i < _end)
        {
            if (MayStartCore(i) && TryFigure(i, out var figure, out int next))
            {
                if (figure is not null)
                {
                    output.Add(figure);
                }

                i = Math.Max(next, i + 1);
                continue;
            }

            i++;
        }
    }

    private readonly ReadOnlySpan<char> W(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    private readonly bool In(int i) => i >= _first && i < _end;

    private readonly bool Is(int i, string word) => In(i) && W(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private readonly bool Adjacent(int a, int b) => _tokens[a].End == _tokens[b].Start;

    private readonly bool MayStartCore(int i)
    {
        var t = _tokens[i];
        if (t.Kind == TokenKind.Number)
        {
            return true;
        }

        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        var w = W(i);
        if (char.IsAsciiDigit(w[0]))
        {
            return true;
        }

        if (w.Length <= 2)
        {
            return w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase);
        }

        int dash = w.IndexOfAny('-', '‐');
        var head = dash > 0 ? w[..dash] : w;
        return CardinalLookup.ContainsKey(head) || WordScaleLookup.ContainsKey(w) || VagueLookup.ContainsKey(w)
            || w.Equals("half", StringComparison.OrdinalIgnoreCase) || FewLookup.Contains(w) || w.Equals("tens", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Tries a figure whose core starts at <paramref name="i"/>; a null figure with true means "consumed, but not a figure" (a phone number, a date).</summary>
    private bool TryFigure(int i, out Figure? figure, out int next)
    {
        figure = null;
        next = i + 1;
        if (_tokens[i].Kind == TokenKind.Word && char.IsAsciiDigit(W(i)[0]))
        {
            return TryCompoundWord(i, out figure, out next);
        }

        if (_tokens[i].Kind == TokenKind.Word && W(i).Contains("-old", StringComparison.OrdinalIgnoreCase) && TryWordAge(i, out figure))
        {
            return true;
        }

        if (!TryCore(i, out var core))
        {
            return false;
        }

        // "$ 11 billion 700 million": a scaled number continued by a smaller scaled one.
        if (core.Digits && core.Scale >= 1e6 && In(core.End))
        {
            int k = CurrencySymbolLookup.ContainsKey(W(core.End)) ? core.End + 1 : core.End;
            if (In(k) && _tokens[k].Kind == TokenKind.Number && TryCore(k, out var tail) && tail.Scale > 1 && tail.Scale < core.Scale && tail.High is null)
            {
                core.Value += tail.Value * tail.Scale / core.Scale;
                core.End = tail.End;
            }
        }

        next = core.End;
        int j = core.End;

        // Phone numbers and grouped digit runs: "+380 44 123 4567".
        if (core.Digits && ((core.End == i + 1 && In(j) && _tokens[j].Kind == TokenKind.Number) || Is(i - 1, "+")))
        {
            while (In(next) && _tokens[next].Kind == TokenKind.Number)
            {
                next++;
            }

            return true;
        }

        // Currency before the number: "$", "US$", "£", "UAH".
        int left = i;
        string? unit = null;
        if (In(left - 1) && CurrencySymbolLookup.TryGetValue(W(left - 1), out var symbolCurrency))
        {
            unit = symbolCurrency;
            left--;
            if (In(left - 1) && W(left - 1).SequenceEqual("US") && Adjacent(left - 1, left))
            {
                left--;
            }
        }
        else if (In(left - 1) && CurrencyCodeLookup.Contains(W(left - 1)))
        {
            unit = W(left - 1).ToString().ToUpperInvariant();
            left--;
        }

        if (IsRejectedByLeftNeighbour(core, left))
        {
            return true;
        }

        if (IsRejectedByRightNeighbour(core, j))
        {
            return true;
        }

        // Qualifier before: "about", "more than", "just over".
        string? qualifier = null;
        int spanStart = left;
        if (MatchLeftQualifier(left, out int qStart, out var q))
        {
            qualifier = q;
            spanStart = qStart;
            int guard = 0;
            while (guard++ < 2 && In(spanStart - 1) && IntensifierLookup.Contains(W(spanStart - 1)))
            {
                spanStart--;
            }
        }

        bool age = In(left - 1) && qualifier is null && (AgeCueLookup.Contains(W(left - 1)) || (Is(left - 1, "of") && Is(left - 2, "age")));
        string ageUnit = "age";
        double low = Scaled(core.Value, core.Scale);
        double? high = core.High is { } h ? Scaled(h, core.Scale) : null;
        bool isRange = high is not null;

        // Range: "10 to 15", "10-15", "between 5 and 7", "two or three", "$1-2bn".
        if (!isRange && In(j) && TryRangeTail(j, spanStart, core, out var core2, out bool between))
        {
            double scale = core.Scale == 1 && core2.Scale != 1 ? core2.Scale : core.Scale;
            double lo = Scaled(core.Value, scale);
            double hi = Scaled(core2.Value, core2.Scale);

            // "70 to 80,000", "70 or 80,000": the thousands are written once, on the second number.
            if (core.Digits && core2.Digits && scale == 1 && core2.Scale == 1 && lo < 1000 && hi >= 1000 && hi % 1000 == 0 && lo * 1000 <= hi && lo * 1000 * 2 > hi)
            {
                lo *= 1000;
            }
            bool orRange = W(j).Equals("or", StringComparison.OrdinalIgnoreCase);
            if (lo < hi && !core2.Year && !(core.Year && core2.Year) && (!orRange || !core.Digits || hi <= 2 * lo))
            {
                low = lo;
                high = hi;
                isRange = true;
                j = core2.End;
                if (between)
                {
                    spanStart = Math.Min(spanStart, left - 1);
                }
                else if (Is(spanStart - 1, "from") && qualifier is null)
                {
                    spanStart--;
                }

                if (IsRejectedByRightNeighbour(core2, j))
                {
                    next = j;
                    return true;
                }
            }
        }

        if (isRange)
        {
            // "about 10 to 15": the range is kept, a hedge on it is not represented.
            qualifier = Qualifiers.Range;
        }

        // "6 and 8 days", "two or three weeks": numbers coordinated before a time unit are durations too.
        if (!isRange && In(j + 2) && (Is(j, "and") || Is(j, "or")) && MayStartCore(j + 1) && TryCore(j + 1, out var durationTail) && In(durationTail.End)
            && TimeUnitLookup.Contains(W(durationTail.End)) && !age)
        {
            next = durationTail.End + 1;
            return true;
        }

        // Age: "aged 12", "12 years old".
        if (In(j) && TimeUnitLookup.Contains(W(j)))
        {
            if (Is(j + 1, "old"))
            {
                // "12 years old", "two days old".
                ageUnit = W(j).StartsWith("year", StringComparison.OrdinalIgnoreCase) ? "age" : AgeUnit(W(j));
                age = true;
                j += 2;
            }
            else if (!age)
            {
                // A duration ("three years", "24 hours"): the time stage's.
                next = j;
                return true;
            }
        }

        if (!age)
        {
            j = ReadUnit(j, core, ref unit, out bool calibre);
            if (calibre)
            {
                next = j;
                return true;
            }
        }
        else
        {
            unit = ageUnit;
        }

        // Trailing qualifier: "10 or more", "100 or so".
        if (!isRange && Is(j, "or") && In(j + 1))
        {
            var w = W(j + 1);
            string? post = w.Equals("more", StringComparison.OrdinalIgnoreCase) ? Qualifiers.AtLeast
                : w.Equals("so", StringComparison.OrdinalIgnoreCase) ? Qualifiers.Approx
                : w.Equals("fewer", StringComparison.OrdinalIgnoreCase) || w.Equals("less", StringComparison.OrdinalIgnoreCase) ? Qualifiers.AtMost
                : null;
            if (post is not null && qualifier is null)
            {
                qualifier = post;
                j += 2;
            }
        }
        else if (!isRange && qualifier is null && Is(j, "plus") && !(In(j + 1) && MayStartCore(j + 1)))
        {
            // "$50 billion plus".
            qualifier = Qualifiers.AtLeast;
            j++;
        }

        // Years: "in 2024", "2022-23", unless money, a measure or a hedge makes them a quantity.
        bool scaled = core.Scale != 1;
        if (core.Year && unit is null && qualifier is null or Qualifiers.Range && !scaled)
        {
            next = j;
            return true;
        }

        // Dates after a range: "17 and 18 November".
        if (IsMonth(j))
        {
            next = j;
            return true;
        }

        if (OverlapsTime(i, j) && !age)
        {
            next = j;
            return true;
        }

        // The counted thing.
        var (objStart, objEnd) = age ? (-1, -1) : ReadObject(j, core, unit);
        if (objStart < 0 && unit is null && !age && In(j) && IsBackwardCue(j) && !IsDeterminer(spanStart - 1) && !Is(spanStart - 1, "a"))
        {
            (objStart, objEnd) = ReadObjectBackward(spanStart - 1);
        }

        if (core.Weak && objStart < 0 && unit is null && !isRange && qualifier is null)
        {
            return false;
        }

        // "one wave after another": an idiom, not a count.
        if (core.Weak && objStart >= 0 && Is(objEnd, "after") && Is(objEnd + 1, "another"))
        {
            return false;
        }

        bool ownQualifier = qualifier is not null;
        if (qualifier is null && (core.Vague))
        {
            qualifier = Qualifiers.AtLeast;
        }
        else if (qualifier is null && core.Few)
        {
            qualifier = Qualifiers.Approx;
        }

        // "around 120 missiles and 90 drones": the hedge scopes over the coordination.
        bool coordinated = _options.DistributeQualifiers && spanStart == left && In(left - 1) && _lastObjectEnd == left - 1
            && (Is(left - 1, "and") || Is(left - 1, "or"));
        if (!ownQualifier && coordinated && _lastQualifier is not null and not Qualifiers.Exact and not Qualifiers.Range && qualifier is null)
        {
            qualifier = _lastQualifier;
        }

        qualifier ??= Qualifiers.Exact;

        string? kind = null;
        if (unit is null && !age)
        {
            kind = CasualtyKind(spanStart, objStart, objEnd, j);
            if (kind is null && coordinated)
            {
                kind = _lastKind;
            }
        }

        double value = isRange ? (low + high!.Value) / 2 : low;
        var span = new Span(_tokens[spanStart].Start, _tokens[j - 1].End);
        figure = new Figure(span, value, qualifier)
        {
            Low = isRange ? low : null,
            High = isRange ? high : null,
            Unit = unit,
            Object = objStart >= 0 ? new Span(_tokens[objStart].Start, _tokens[objEnd - 1].End) : null,
            Kind = kind,
        };

        _lastObjectEnd = objStart >= 0 && objEnd > j ? objEnd : j;
        _lastQualifier = qualifier;
        _lastKind = kind;
        next = j;
        return true;
    }

    /// <summary>Tokens like "12-year-old" (an age) and "1,000-km" (a measure) carry their number inside a word.</summary>
    private bool TryCompoundWord(int i, out Figure? figure, out int next)
    {
        figure = null;
        next = i + 1;
        var w = W(i);
        int d = 0;
        while (d < w.Length && (char.IsAsciiDigit(w[d]) || w[d] == ',' || (w[d] == '.' && d + 1 < w.Length && char.IsAsciiDigit(w[d + 1]))))
        {
            d++;
        }

        if (d == 0 || d >= w.Length - 1 || w[d] is not ('-' or '‐') || !TryParseNumber(w[..d], out double value))
        {
            return false;
        }

        return TryCompoundTail(i, value, w[(d + 1)..], out figure);
    }

    /// <summary>"seven-year-old", "twenty-five-year-old": a number word joined to an age.</summary>
    private bool TryWordAge(int i, out Figure? figure)
    {
        figure = null;
        var w = W(i);
        int at = w.IndexOf("-year", StringComparison.OrdinalIgnoreCase);
        if (at <= 0)
        {
            at = w.IndexOf("-month", StringComparison.OrdinalIgnoreCase);
        }

        if (at <= 0 || !(CardinalLookup.TryGetValue(w[..at], out double value) || TryHyphenCardinal(w[..at], out value)))
        {
            return false;
        }

        var rest = w[(at + 1)..];
        if (!rest.EndsWith("-old", StringComparison.OrdinalIgnoreCase) && !rest.EndsWith("-olds", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        figure = new Figure(new Span(_tokens[i].Start, _tokens[i].End), value, Qualifiers.Exact)
        {
            Unit = rest.StartsWith("year", StringComparison.OrdinalIgnoreCase) ? "age" : "age_month",
        };
        return true;
    }

    private bool TryCompoundTail(int i, double value, ReadOnlySpan<char> rest, out Figure? figure)
    {
        figure = null;
        string? unit = null;
        if (char.IsAsciiDigit(rest[0]))
        {
            return TryCompoundRange(i, value, rest, out figure);
        }

        if (rest.StartsWith("year-old", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("years-old", StringComparison.OrdinalIgnoreCase))
        {
            unit = "age";
        }
        else if (UnitLookup.TryGetValue(rest, out var u) && rest.Length > 1)
        {
            unit = u;
        }
        else if (!IsCountCompound(rest))
        {
            return false;
        }

        int spanStart = i;
        string qualifier = Qualifiers.Exact;
        if (MatchLeftQualifier(i, out int qStart, out var q))
        {
            qualifier = q;
            spanStart = qStart;
        }

        figure = new Figure(new Span(_tokens[spanStart].Start, _tokens[i].End), value, qualifier) { Unit = unit };
        return true;
    }

    /// <summary>"$1-2bn", "10-15km": a range written as one word with its scale or unit.</summary>
    private bool TryCompoundRange(int i, double low, ReadOnlySpan<char> rest, out Figure? figure)
    {
        figure = null;
        int d = 0;
        while (d < rest.Length && (char.IsAsciiDigit(rest[d]) || rest[d] == '.' || rest[d] == ','))
        {
            d++;
        }

        if (d == rest.Length || !TryParseNumber(rest[..d], out double high))
        {
            return false;
        }

        var suffix = rest[d..];
        double scale = 1;
        string? unit = null;
        if (ShortScaleLookup.TryGetValue(suffix, out double sc))
        {
            scale = sc;
        }
        else if (UnitLookup.TryGetValue(suffix, out var u))
        {
            unit = u;
        }
        else
        {
            return false;
        }

        low = Scaled(low, scale);
        high = Scaled(high, scale);
        if (low >= high)
        {
            return false;
        }

        int spanStart = i;
        if (In(i - 1) && CurrencySymbolLookup.TryGetValue(W(i - 1), out var currency))
        {
            unit = currency;
            spanStart = i - 1;
        }

        figure = new Figure(new Span(_tokens[spanStart].Start, _tokens[i].End), (low + high) / 2, Qualifiers.Range)
        {
            Low = low,
            High = high,
            Unit = unit,
        };
        return true;
    }

    /// <summary>"250-member", "100-strong", "10-point": a count; "25-year", "24-hour", "155-mm", "3-1" are not.</summary>
    private static bool IsCountCompound(ReadOnlySpan<char> rest)
    {
        if (rest.Length < 3 || !char.IsLower(rest[0]) || rest.ContainsAny('-', '‐'))
        {
            return false;
        }

        foreach (char c in rest)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return !TimeUnitLookup.Contains(rest) && !rest.SequenceEqual("mm") && !rest.SequenceEqual("th") && !rest.SequenceEqual("odd")
            && !rest.StartsWith("year", StringComparison.Ordinal) && !rest.StartsWith("day", StringComparison.Ordinal) && !rest.StartsWith("hour", StringComparison.Ordinal)
            && !rest.StartsWith("week", StringComparison.Ordinal) && !rest.StartsWith("month", StringComparison.Ordinal) && !rest.StartsWith("minute", StringComparison.Ordinal);
    }

    private bool TryCore(int i, out Core core)
    {
        core = default;
        core.Start = i;
        core.Scale = 1;
        var t = _tokens[i];
        var w = W(i);
        if (t.Kind == TokenKind.Number)
        {
            return TryDigitsCore(i, w, ref core);
        }

        return TryWordCore(i, w, ref core);
    }

    private bool TryDigitsCore(int i, ReadOnlySpan<char> w, ref Core core)
    {
        core.Digits = true;
        int dash = w.IndexOfAny('-', '‐', '‑');
        if (dash >= 0)
        {
            var a = w[..dash];
            var b = w[(dash + 1)..];
            if (b.IndexOfAny('-', '‐', '‑') >= 0 || !TryParseNumber(a, out double lo) || !TryParseNumber(b, out double hi))
            {
                return false;
            }

            core.Value = lo;
            core.High = hi;
            core.Year = IsYearLike(a) && (IsYearLike(b) || b.Length == 2);
            if (hi <= lo)
            {
                // "2022-23" and scores "3-1" are not ranges of a quantity.
                if (!core.Year)
                {
                    return false;
                }

                core.High = null;
            }
        }
        else
        {
            if (!TryParseNumber(w, out double v))
            {
                return false;
            }

            core.Value = v;
            core.Year = IsYearLike(w);
        }

        core.End = i + 1;

        // "15½": a vulgar fraction written against the digits.
        if (core.High is null && In(i + 1) && Adjacent(i, i + 1) && _tokens[i + 1].Length == 1 && VulgarFraction(_text[_tokens[i + 1].Start]) is > 0 and var frac)
        {
            core.Value += frac;
            core.End = i + 2;
        }

        ReadScale(ref core);
        return true;
    }

    private void ReadScale(ref Core core)
    {
        int j = core.End;
        if (!In(j))
        {
            return;
        }

        var s = W(j);
        if (ShortScaleLookup.TryGetValue(s, out double shortScale) && Adjacent(j - 1, j))
        {
            bool metre = (s.SequenceEqual("m") || s.SequenceEqual("M")) && In(j + 1) && MetreCueLookup.Contains(W(j + 1));
            if (!metre)
            {
                core.Scale = shortScale;
                core.End = j + 1;
            }

            return;
        }

        if (WordScaleLookup.TryGetValue(s, out double wordScale) && !s.Equals("dozen", StringComparison.OrdinalIgnoreCase))
        {
            core.Scale = wordScale;
            core.End = j + 1;

            // "1.5 thousand million" is rare; "two million" handled in words.
            if (In(j + 1) && WordScaleLookup.TryGetValue(W(j + 1), out double second) && second > wordScale)
            {
                core.Scale *= second;
                core.End = j + 2;
            }
        }
    }

    private bool TryWordCore(int i, ReadOnlySpan<char> w, ref Core core)
    {
        // "a dozen", "a hundred", "a third", "a few hundred".
        if (w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            if (!In(i + 1))
            {
                return false;
            }

            var n = W(i + 1);
            if (DenominatorLookup.TryGetValue(n, out double den) && !n.EndsWith('s') && !n.Equals("half", StringComparison.OrdinalIgnoreCase))
            {
                if (n.Equals("quarter", StringComparison.OrdinalIgnoreCase) && (Is(i + 2, "century") || Is(i + 2, "hour") || Is(i + 2, "past") || Is(i + 2, "to")))
                {
                    return false;
                }

                core.Value = 1 / den;
                core.Fraction = true;
                core.End = i + 2;
                return true;
            }

            if (FewLookup.Contains(n) && In(i + 2) && WordScaleLookup.TryGetValue(W(i + 2), out double fewScale))
            {
                core.Value = 3 * fewScale;
                core.Few = true;
                core.End = i + 3;
                return true;
            }

            if (WordScaleLookup.ContainsKey(n))
            {
                return TryCardinalWords(i + 1, ref core, impliedOne: true);
            }

            return false;
        }

        if (FewLookup.Contains(w))
        {
            if (In(i + 1) && WordScaleLookup.TryGetValue(W(i + 1), out double fewScale) && !W(i + 1).Equals("dozen", StringComparison.OrdinalIgnoreCase))
            {
                core.Value = 3 * fewScale;
                core.Few = true;
                core.End = i + 2;
                return true;
            }

            return false;
        }

        // "tens of thousands", "hundreds of thousands", "dozens", "thousands".
        if (w.Equals("tens", StringComparison.OrdinalIgnoreCase))
        {
            if (Is(i + 1, "of") && In(i + 2) && VagueLookup.TryGetValue(W(i + 2), out double big) && big >= 1000)
            {
                core.Value = 20 * big;
                core.Vague = true;
                core.End = i + 3;
                return true;
            }

            return false;
        }

        if (VagueLookup.TryGetValue(w, out double unitValue))
        {
            core.Value = 2 * unitValue;
            core.Vague = true;
            core.End = i + 1;
            if (Is(i + 1, "of") && In(i + 2) && VagueLookup.TryGetValue(W(i + 2), out double outer) && outer > unitValue)
            {
                core.Value = 2 * unitValue * outer;
                core.End = i + 3;
            }

            return true;
        }

        // "half of", "half a million".
        if (w.Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            if (In(i - 1) && (Is(i - 1, "first") || Is(i - 1, "second") || Is(i - 1, "latter") || Is(i - 1, "former") || Is(i - 1, "the") || Is(i - 1, "and") || Is(i - 1, "behalf")))
            {
                return false;
            }

            if ((Is(i + 1, "a") || Is(i + 1, "an")) && In(i + 2) && WordScaleLookup.TryGetValue(W(i + 2), out double hs) && !W(i + 2).Equals("dozen", StringComparison.OrdinalIgnoreCase))
            {
                core.Value = 0.5 * hs;
                core.End = i + 3;
                return true;
            }

            if (Is(i + 1, "of"))
            {
                core.Value = 0.5;
                core.Fraction = true;
                core.End = i + 1;
                return true;
            }

            return false;
        }

        // "two-thirds", "one-third", "three-quarters".
        int dash = w.IndexOfAny('-', '‐');
        if (dash > 0 && CardinalLookup.TryGetValue(w[..dash], out double num) && DenominatorLookup.TryGetValue(w[(dash + 1)..], out double d))
        {
            core.Value = num / d;
            core.Fraction = true;
            core.End = i + 1;
            return true;
        }

        return TryCardinalWords(i, ref core, impliedOne: false);
    }

    /// <summary>"one hundred and twenty", "twenty-five", "two million", "a thousand".</summary>
    private bool TryCardinalWords(int i, ref Core core, bool impliedOne)
    {
        double total = 0;
        double current = impliedOne ? 1 : 0;
        bool any = false;
        bool lastWasScale = false;
        int j = i;
        int words = 0;
        while (In(j) && words < 12)
        {
            var w = W(j);
            if (CardinalLookup.TryGetValue(w, out double v) || TryHyphenCardinal(w, out v))
            {
                // "two three" is not one number; "twenty five" is.
                if (any && !lastWasScale && (current % 100 == 0 ? current == 0 || v >= 10 : true) && !(current % 100 >= 20 && current % 10 == 0 && v < 10))
                {
                    break;
                }

                current += v;
                lastWasScale = false;
            }
            else if (WordScaleLookup.TryGetValue(w, out double scale))
            {
                if (!any && !impliedOne)
                {
                    return false;
                }

                if (scale == 100 || scale == 12)
                {
                    current = (current == 0 ? 1 : current) * scale;
                }
                else
                {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }

                lastWasScale = true;
            }
            else if (w.Equals("and", StringComparison.OrdinalIgnoreCase) && lastWasScale && In(j + 1)
                && (CardinalLookup.ContainsKey(W(j + 1)) || TryHyphenCardinal(W(j + 1), out _)))
            {
                j++;
                words++;
                continue;
            }
            else
            {
                break;
            }

            any = true;
            j++;
            words++;
        }

        if (!any)
        {
            return false;
        }

        core.Value = total + current;
        core.End = j;

        // "two thirds", "one third": a cardinal then a denominator.
        if (!lastWasScale && core.Value <= 10 && In(j) && DenominatorLookup.TryGetValue(W(j), out double den) && !W(j).Equals("half", StringComparison.OrdinalIgnoreCase)
            && (core.Value == 1 ? !W(j).EndsWith('s') : W(j).EndsWith('s')))
        {
            core.Value /= den;
            core.Fraction = true;
            core.End = j + 1;
            return true;
        }

        if (j == i + 1 && W(i).Equals("one", StringComparison.OrdinalIgnoreCase))
        {
            core.Weak = true;
            if (In(i - 1) && OnePrevLookup.Contains(W(i - 1)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryHyphenCardinal(ReadOnlySpan<char> w, out double value)
    {
        value = 0;
        int dash = w.IndexOfAny('-', '‐');
        if (dash <= 0)
        {
            return false;
        }

        if (CardinalLookup.TryGetValue(w[..dash], out double tens) && tens >= 20 && tens % 10 == 0
            && CardinalLookup.TryGetValue(w[(dash + 1)..], out double units) && units is > 0 and < 10)
        {
            value = tens + units;
            return true;
        }

        return false;
    }

    /// <summary>Dates, labels, model names and phone numbers seen from the left of the number.</summary>
    private readonly bool IsRejectedByLeftNeighbour(Core core, int left)
    {
        int p = left - 1;
        if (!In(p))
        {
            return false;
        }

        var w = W(p);
        if (IsMonth(p))
        {
            return true;
        }

        if (!core.Digits)
        {
            // "number one power", "phase two", "Article Five".
            return WordLabelLookup.Contains(w);
        }

        if (LabelLookup.Contains(w) && !(char.IsLower(w[0]) && (w.SequenceEqual("day") || w.SequenceEqual("week"))))
        {
            // "Day 270" labels a day; "during the last day 1260 soldiers" does not.
            return true;
        }

        if ((w.SequenceEqual("/") || w.SequenceEqual(":") || w.SequenceEqual(".")) && Adjacent(p, core.Start) && In(p - 1) && _tokens[p - 1].Kind == TokenKind.Number)
        {
            return true;
        }

        if (w.SequenceEqual("(") && Is(core.End, ")") && core.End == core.Start + 1 && IsDayMonth(W(core.Start)))
        {
            // "(27.04)": a day and month, as European sources write them.
            return true;
        }

        if ((w.SequenceEqual("-") || w.SequenceEqual("‐")) && Adjacent(p, core.Start))
        {
            // "Su -34" written apart, negative numbers and codes.
            return true;
        }

        // A number right after a capitalized word inside a sentence names something: "Leopard 2", "Nord Stream 2".
        if (_tokens[p].Kind == TokenKind.Word && char.IsUpper(w[0]) && p > _first && !_titleCase
            && !WeekdayLookup.Contains(w) && !CurrencyCodeLookup.Contains(w))
        {
            return true;
        }

        return false;
    }

    /// <summary>Clock times, dates and slashed codes seen from the right of the number.</summary>
    private readonly bool IsRejectedByRightNeighbour(Core core, int j)
    {
        if (!In(j))
        {
            return false;
        }

        var w = W(j);
        if (IsMonth(j))
        {
            return true;
        }

        if (ClockLookup.Contains(w) && !(w.Equals("h", StringComparison.Ordinal) && !Adjacent(j - 1, j)))
        {
            return core.Digits;
        }

        if ((w.SequenceEqual("/") || w.SequenceEqual(":") || w.SequenceEqual(".")) && Adjacent(j - 1, j) && In(j + 1) && _tokens[j + 1].Kind == TokenKind.Number && Adjacent(j, j + 1))
        {
            return true;
        }

        if (w.SequenceEqual("/") && Adjacent(j - 1, j))
        {
            return true;
        }

        // Ordinal suffix written apart: "17 th".
        return w.SequenceEqual("th") || w.SequenceEqual("st") || w.SequenceEqual("nd") || w.SequenceEqual("rd");
    }

    /// <summary>A month name; "may" and "march" count only capitalized, since lower case they are verbs.</summary>
    private readonly bool IsMonth(int k)
    {
        if (!In(k) || !MonthLookup.Contains(W(k)))
        {
            return false;
        }

        var w = W(k);
        return !(w.Equals("may", StringComparison.OrdinalIgnoreCase) || w.Equals("march", StringComparison.OrdinalIgnoreCase)) || char.IsUpper(w[0]);
    }

    private readonly bool MatchLeftQualifier(int left, out int start, out string qualifier)
    {
        start = left;
        qualifier = Qualifiers.Exact;
        int best = 0;
        foreach (var (words, q) in FigureLexicon.LeftQualifiers)
        {
            int n = words.Length;
            if (n <= best || !In(left - n))
            {
                continue;
            }

            bool ok = true;
            for (int k = 0; k < n; k++)
            {
                if (!W(left - n + k).Equals(words[k], StringComparison.OrdinalIgnoreCase))
                {
                    ok = false;
                    break;
                }
            }

            if (ok)
            {
                best = n;
                qualifier = q;
            }
        }

        if (best == 0)
        {
            return false;
        }

        start = left - best;
        return true;
    }

    /// <summary>"to 15", "- 15", "– 15", "and 7" after "between", "or three".</summary>
    private bool TryRangeTail(int j, int spanStart, Core first, out Core second, out bool between)
    {
        second = default;
        between = false;
        var c = W(j);
        bool connector;
        if (c.Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            between = Is(spanStart - 1, "between");
            connector = between;
        }
        else
        {
            connector = c.Equals("to", StringComparison.OrdinalIgnoreCase) || c.SequenceEqual("-") || c.SequenceEqual("–") || c.SequenceEqual("—")
                || c.Equals("or", StringComparison.OrdinalIgnoreCase);
        }

        if (!connector || !In(j + 1))
        {
            return false;
        }

        int k = j + 1;

        // "$1 to $2 billion": the currency may be repeated.
        if (CurrencySymbolLookup.ContainsKey(W(k)) && In(k + 1))
        {
            k++;
        }

        if (!MayStartCore(k) || _tokens[k].Kind == TokenKind.Word && char.IsAsciiDigit(W(k)[0]) || !TryCore(k, out second))
        {
            return false;
        }

        return first.Digits == second.Digits || !first.Fraction;
    }

    /// <summary>Reads a unit or currency after the number; returns the token after it.</summary>
    private readonly int ReadUnit(int j, Core core, ref string? unit, out bool calibre)
    {
        calibre = false;
        if (!In(j))
        {
            return j;
        }

        var w = W(j);
        if (unit is null && core.Vague && w.Equals("of", StringComparison.OrdinalIgnoreCase) && In(j + 1) && CurrencyWordLookup.TryGetValue(W(j + 1), out var ofCurrency))
        {
            // "hundreds of millions of dollars".
            unit = ofCurrency;
            return j + 2;
        }

        if (w.Equals("mm", StringComparison.OrdinalIgnoreCase))
        {
            // "155 mm" is a calibre, part of a weapon's name.
            calibre = true;
            return j + 1;
        }

        if (unit is null && CurrencyCodeLookup.Contains(w))
        {
            unit = w.ToString();
            return j + 1;
        }

        if (unit is null && (w.Equals("US", StringComparison.Ordinal) || w.Equals("U.S.", StringComparison.Ordinal)) && Is(j + 1, "dollars"))
        {
            unit = "USD";
            return j + 2;
        }

        if (unit is null && CurrencyWordLookup.TryGetValue(w, out var cw))
        {
            unit = cw;
            return j + 1;
        }

        if (unit is null && (w.Equals("pounds", StringComparison.OrdinalIgnoreCase) || w.Equals("pound", StringComparison.OrdinalIgnoreCase)))
        {
            // Pounds sterling when scaled ("£" or "3 million pounds"); pounds of weight otherwise.
            unit = core.Scale >= 1e6 || Is(j + 1, "sterling") ? "GBP" : "lb";
            return Is(j + 1, "sterling") ? j + 2 : j + 1;
        }

        if (In(j + 1))
        {
            foreach (var (a, b, u) in FigureLexicon.TwoWordUnits)
            {
                if (w.Equals(a, StringComparison.OrdinalIgnoreCase) && W(j + 1).Equals(b, StringComparison.OrdinalIgnoreCase))
                {
                    if (unit is null)
                    {
                        unit = u;
                    }

                    return j + 2;
                }
            }
        }

        if (UnitLookup.TryGetValue(w, out var u1) && unit is null)
        {
            // "t" and "m" only when written against the number ("5t", "500m").
            if (w.Length == 1 && char.IsLetter(w[0]) && !Adjacent(j - 1, j))
            {
                return j;
            }

            unit = u1;
            return j + 1;
        }

        if (unit is null && (w.SequenceEqual("m") || w.SequenceEqual("M")) && Adjacent(j - 1, j))
        {
            unit = "m";
            return j + 1;
        }

        return j;
    }

    /// <summary>The noun phrase counted, after the number: "North Korean soldiers", "arms and equipment".</summary>
    private readonly (int Start, int End) ReadObject(int j, Core core, string? unit)
    {
        int k = j;
        bool money = unit is not null && unit.Length == 3 && char.IsUpper(unit[0]);
        bool allowCoordination = false;
        if (money)
        {
            if (Is(k, "worth") && Is(k + 1, "of"))
            {
                k += 2;
            }
            else if (Is(k, "in") || Is(k, "of"))
            {
                k++;
            }
            else
            {
                return (-1, -1);
            }

            allowCoordination = true;
        }
        else if (unit is not null || core.Vague || core.Fraction || core.Few)
        {
            if (Is(k, "of"))
            {
                k++;
            }
            else if (core.Fraction || unit is not null)
            {
                return (-1, -1);
            }
        }

        if (unit is not null || core.Vague || core.Fraction || core.Few || money)
        {
            if (IsDeterminer(k))
            {
                k++;
            }
        }

        // "263 dead Crimeans": the casualty adjective is not part of what is counted.
        if (unit is null && In(k + 1) && CasualtyVerbLookup.ContainsKey(W(k)) && IsNounPhraseWord(k + 1) && !IsParticiple(k + 1))
        {
            k++;
        }

        int start = k;
        int end = ReadNounPhrase(k);
        if (end == start)
        {
            return (-1, -1);
        }

        if (allowCoordination && Is(end, "and") && In(end + 1) && IsNounPhraseWord(end + 1))
        {
            int end2 = ReadNounPhrase(end + 1);
            if (end2 > end + 1)
            {
                end = end2;
            }
        }

        return (start, end);
    }

    private readonly bool IsDeterminer(int k)
        => Is(k, "the") || Is(k, "its") || Is(k, "their") || Is(k, "his") || Is(k, "her") || Is(k, "our") || Is(k, "all") || Is(k, "these") || Is(k, "those") || Is(k, "them");

    private readonly int ReadNounPhrase(int k)
    {
        int end = k;
        while (In(end) && end - k < MaxObjectTokens && IsNounPhraseWord(end))
        {
            var w = W(end);
            if (IsParticiple(end) && !(In(end + 1) && IsNounPhraseWord(end + 1) && !IsParticiple(end + 1)))
            {
                break;
            }

            // A capitalized word after a common noun starts something else: "wheat Somalia".
            if (end > k && char.IsUpper(w[0]) && char.IsLower(W(end - 1)[0]))
            {
                break;
            }

            end++;

            // A plural noun ends the phrase; what follows is usually its verb ("two countries play").
            if (IsPluralNoun(w))
            {
                break;
            }
        }

        return end;
    }

    private static bool IsPluralNoun(ReadOnlySpan<char> w)
        => w.Length > 3 && w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !w.EndsWith("is", StringComparison.Ordinal) && !w.EndsWith("'s", StringComparison.Ordinal);

    private readonly bool IsParticiple(int k)
    {
        var w = W(k);
        return w.Length > 3 && char.IsLower(w[0]) && (w.EndsWith("ed", StringComparison.Ordinal) || (w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal)));
    }

    private readonly bool IsNounPhraseWord(int k)
    {
        if (_tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        var w = W(k);
        bool acronym = w.Length >= 2 && char.IsUpper(w[0]) && char.IsUpper(w[1]);
        if (!char.IsLetter(w[0]) || (StopLookup.Contains(w) && !acronym) || MonthLookup.Contains(w) || CardinalLookup.ContainsKey(w) || TimeUnitLookup.Contains(w))
        {
            return false;
        }

        if (WeekdayLookup.Contains(w) || WordScaleLookup.ContainsKey(w))
        {
            return false;
        }

        // Adverbs: "currently", "reportedly".
        return !(w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ly", StringComparison.Ordinal) && !LyNounLookup.Contains(w));
    }

    /// <summary>"with over 2,000 recorded": a bare number followed by a participle counts something named before.</summary>
    private readonly bool IsBackwardCue(int j)
        => FigureLexicon.IsReducedParticiple(W(j)) && !CasualtyVerbLookup.ContainsKey(W(j)) && !(In(j + 1) && IsNounPhraseWord(j + 1) && !IsParticiple(j + 1));

    private readonly (int Start, int End) ReadObjectBackward(int from)
    {
        int stop = Math.Max(_first, from - BackwardObjectWindow);
        for (int t = from; t >= stop; t--)
        {
            if (_tokens[t].Kind == TokenKind.Number)
            {
                break;
            }

            var w = W(t);
            if (w.Length >= 4 && char.IsLower(w[0]) && w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
                && !w.EndsWith("is", StringComparison.Ordinal) && IsNounPhraseWord(t) && !IsParticiple(t))
            {
                int s = t;
                while (s - 1 >= _first && s > t - MaxObjectTokens + 1 && IsNounPhraseWord(s - 1) && !IsParticiple(s - 1))
                {
                    s--;
                }

                return (s, t + 1);
            }
        }

        return (-1, -1);
    }

    /// <summary>killed / injured / missing / captured / displaced / casualties, from the counted noun and the verbs around.</summary>
    private readonly string? CasualtyKind(int spanStart, int objStart, int objEnd, int j)
    {
        if (objStart >= 0)
        {
            if (objStart - 1 >= j && CasualtyVerbLookup.TryGetValue(W(objStart - 1), out var adjective))
            {
                return adjective;
            }

            var head = W(objEnd - 1);
            if (CasualtyNounLookup.TryGetValue(head, out var nounKind))
            {
                return nounKind;
            }

            bool person = IsPersonWord(head);
            if (!person)
            {
                return null;
            }
        }

        // After: "10 people were killed", "90 civilians died", "10 dead", "30 taken prisoner".
        int k = objStart >= 0 ? objEnd : j;
        for (int n = 0; n < 6 && In(k); n++, k++)
        {
            var w = W(k);
            if (CasualtyVerbLookup.TryGetValue(w, out var after))
            {
                return after;
            }

            if (w.Equals("taken", StringComparison.OrdinalIgnoreCase) && (Is(k + 1, "prisoner") || Is(k + 1, "captive")))
            {
                return "captured";
            }

            if (w.Equals("forced", StringComparison.OrdinalIgnoreCase) || AuxLookup.Contains(w)
                || (w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ly", StringComparison.Ordinal)))
            {
                // "were reportedly killed", "have been internally displaced".
                continue;
            }

            if (w.Equals("and", StringComparison.OrdinalIgnoreCase) && In(k + 1) && IsPersonWord(W(k + 1)))
            {
                // "Russians and Ukrainians dead".
                k++;
                continue;
            }

            if (w.SequenceEqual(",") && Is(k + 1, "including"))
            {
                // "198 civilians, including three children, had been killed": skip the inserted phrase.
                int close = k + 2;
                while (In(close) && close - k < 10 && !W(close).SequenceEqual(","))
                {
                    close++;
                }

                if (!In(close) || close - k >= 10)
                {
                    break;
                }

                k = close;
                continue;
            }

            if (w.SequenceEqual(",") && In(k + 1) && AuxLookup.Contains(W(k + 1)) && !Is(k + 1, "or") && !Is(k + 1, "left"))
            {
                // The end of an inserted phrase: "three children, had been killed".
                continue;
            }

            break;
        }

        // Before: "killed at least seven", "killing 3", "the death toll rose to 12".
        for (int n = 0, p = spanStart - 1; n < 5 && In(p); n++, p--)
        {
            var w = W(p);
            if (_tokens[p].Kind is TokenKind.Number or TokenKind.Punctuation)
            {
                break;
            }

            if (n < 2 && CasualtyVerbLookup.TryGetValue(w, out var before) && !w.Equals("dead", StringComparison.OrdinalIgnoreCase))
            {
                return before;
            }

            if (w.Equals("lives", StringComparison.OrdinalIgnoreCase) && Is(p + 1, "of"))
            {
                // "claimed the lives of 14,000 people".
                return "killed";
            }

            if ((w.Equals("death", StringComparison.OrdinalIgnoreCase) || w.Equals("deaths", StringComparison.OrdinalIgnoreCase)) && Is(p + 1, "of"))
            {
                return "killed";
            }

            if (w.Equals("toll", StringComparison.OrdinalIgnoreCase))
            {
                return Is(p - 1, "death") || Is(p - 1, "civilian") ? "killed" : null;
            }
        }

        return null;
    }

    private static bool IsPersonWord(ReadOnlySpan<char> w) => PersonLookup.Contains(w) || (char.IsUpper(w[0]) && w[^1] == 's');

    private readonly bool OverlapsTime(int startToken, int endToken)
    {
        if (_times.Length == 0)
        {
            return false;
        }

        var span = new Span(_tokens[startToken].Start, _tokens[endToken - 1].End);

        // The last time expression starting before the phrase ends, then a few before it: time spans seldom nest.
        int lo = 0, hi = _times.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_times[mid].Start < span.End)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int k = lo - 1, n = 0; k >= 0 && n < MaxNestedTimes; k--, n++)
        {
            if (_times[k].Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Headlines in title case ("Russia Fires 120 Missiles") make every word capitalized; the "Leopard 2" rule is off there.</summary>
    private readonly bool IsTitleCase()
    {
        int words = 0, capitalized = 0;
        for (int i = _first; i < _end; i++)
        {
            if (_tokens[i].Kind != TokenKind.Word || _tokens[i].Length < 4)
            {
                continue;
            }

            words++;
            if (char.IsUpper(_text[_tokens[i].Start]))
            {
                capitalized++;
            }
        }

        return words >= 3 && capitalized * 10 >= words * 7;
    }

    private static bool IsDayMonth(ReadOnlySpan<char> w)
    {
        int dot = w.IndexOf('.');
        return dot is 1 or 2 && w.Length == dot + 3 && int.TryParse(w[..dot], out int day) && int.TryParse(w[(dot + 1)..], out int month)
            && day is >= 1 and <= 31 && month is >= 1 and <= 12;
    }

    private static double VulgarFraction(char c) => c switch
    {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅓' => 1d / 3,
        '⅔' => 2d / 3,
        _ => 0,
    };

    private static string AgeUnit(ReadOnlySpan<char> timeUnit)
        => timeUnit.StartsWith("day", StringComparison.OrdinalIgnoreCase) ? "age_day"
            : timeUnit.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? "age_week"
            : timeUnit.StartsWith("month", StringComparison.OrdinalIgnoreCase) ? "age_month"
            : "age";

    /// <summary>55.5 × 10^9 rounded to a thousandth, so that "1.2bn" is 1200000000 and not 1199999999.9999998.</summary>
    private static double Scaled(double value, double scale) => scale == 1 ? value : Math.Round(value * scale, 3);

    private static bool IsYearLike(ReadOnlySpan<char> w)
        => w.Length == 4 && char.IsAsciiDigit(w[0]) && w.ContainsAnyExcept("0123456789") == false && (w[0] == '1' && w[1] is '8' or '9' || w[0] == '2' && w[1] == '0');

    /// <summary>Parses "11,000", "55.5", ".5" without allocating; false for anything else.</summary>
    internal static bool TryParseNumber(ReadOnlySpan<char> w, out double value)
    {
        value = 0;
        if (w.IsEmpty)
        {
            return false;
        }

        long mantissa = 0;
        int decimals = 0, digits = 0;
        bool dot = false;
        foreach (char c in w)
        {
            if (char.IsAsciiDigit(c))
            {
                if (++digits > 15)
                {
                    return false;
                }

                mantissa = mantissa * 10 + (c - '0');
                if (dot)
                {
                    decimals++;
                }
            }
            else if (c == '.' && !dot)
            {
                dot = true;
            }
            else if (c != ',' || dot)
            {
                return false;
            }
        }

        // Dividing once by an exact power of ten gives the nearest double to the written number.
        value = decimals == 0 ? mantissa : mantissa / Math.Pow(10, decimals);
        return digits > 0;
    }
}

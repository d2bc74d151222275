using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Pipeline;

namespace Sitrep.Time;

/// <summary>
/// Finds and normalizes TIMEX3 expressions in one tokenized document. Tokens are cut at hyphens into
/// pieces ("two-year" → two, year; "mid-2023" → mid, 2023), each piece is looked up once in the frozen
/// lexicon, and a small hand-written grammar runs over the pieces of each sentence: an optional prefix
/// (approximators, "the", early/late/mid, this/last/next/past, fiscal) and then one core pattern
/// (clock time, day and month, quantity and unit, year, month, weekday, quarter, unit with relation,
/// today/yesterday, part of day, season, holiday, set, fuzzy reference). Relative values are computed
/// from the anchor (publication date) and the tense of the clause.
/// </summary>
internal sealed class TimeRecognizer
{
    private const int MaxPrefix = 6;

    /// <summary>Days within which a month-and-day date is simply the nearest one, whatever the tense.</summary>
    private const int DayNearestReach = 120;

    private readonly Document _doc;
    private readonly DateOnly _anchor;
    private readonly List<Piece> _p = [];
    private int _sentence;
    private int _lastQuarterYear;
    private int _lastQuarter;
    private bool _usedAnchor;

    /// <summary>The last calendar value mentioned: TimeML anchors "that year", "the following month" to it.</summary>
    private string? _reference;
    private int _referenceSentence;
    private int _referenceEnd;

    /// <summary>Sentences back within which a bare clock time takes the day last mentioned.</summary>
    private const int ClockReach = 3;

    /// <summary>Pieces back within which an auxiliary (was, will) fixes the tense of a bare weekday.</summary>
    private const int AuxiliaryReach = 4;

    public TimeRecognizer(Document doc, DateOnly anchor)
    {
        _doc = doc;
        _anchor = anchor;
    }

    /// <summary>True when the last matched expression depended on the anchor date.</summary>
    public bool UsedAnchor => _usedAnchor;

    private DateOnly A
    {
        get
        {
            _usedAnchor = true;
            return _anchor;
        }
    }

    public void Run(List<TimeExpression> output, bool hasAnchor, CancellationToken cancellationToken)
    {
        for (int s = 0; s < _doc.Sentences.Count; s++)
        {
            if ((s & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            _sentence = s;
            BuildPieces(_doc.Sentences[s]);
            int k = 0;
            while (k < _p.Count)
            {
                if (!IsTrigger(k))
                {
                    k++;
                    continue;
                }

                _usedAnchor = false;
                if (TryAt(k, out var m))
                {
                    m = DayBeforeOrAfter(m);
                    var value = m.Value;
                    if (!hasAnchor && _usedAnchor)
                    {
                        value = Unanchored(value, m.Type);
                    }

                    int start = _doc.Tokens[_p[m.Start].Token].Start;
                    int lastToken = _p[m.End - 1].Token;
                    int end = _doc.Tokens[lastToken].End;
                    output.Add(new TimeExpression(new Span(start, end), m.Type, value) { Mod = m.Mod, Point = m.Point });
                    if (m.Point is not null)
                    {
                        // "Two months later ... a week later": each step counts from the last point reached.
                        _reference = m.Point;
                        _referenceSentence = s;
                        _referenceEnd = m.End;
                    }
                    else if (m.Type is TimexTypes.Date or TimexTypes.Time)
                    {
                        // Only a calendar value can anchor what follows; one reduced to PAST_REF (no publication
                        // date) leaves nothing to anchor to.
                        bool calendar = value.Length >= 4 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[3]);
                        if (calendar)
                        {
                            _reference = value;
                            _referenceSentence = s;
                            _referenceEnd = m.End;
                        }
                        else if (value.EndsWith("_REF", StringComparison.Ordinal))
                        {
                            _reference = null;
                        }
                    }

                    k = m.End;
                    while (k < _p.Count && _p[k].Token == lastToken)
                    {
                        k++;
                    }

                    continue;
                }

                k++;
            }
        }
    }

    /// <summary>"the day before last Tuesday('s hearing)", "the day after Christmas": one expression, a day off the day named.</summary>
    private Match DayBeforeOrAfter(Match m)
    {
        int at = m.Start - 2;
        if (m.Type != TimexTypes.Date || m.Value.Length != 10 || at < 0 || !Is(at, "day") || _p[at].Hyphen || !IsAny(at + 1, "before", "after")
            || !DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return m;
        }

        int start = Is(at - 1, "the") ? at - 1 : at;
        return m with { Start = start, Value = TimexValues.Day(day.AddDays(Is(at + 1, "before") ? -1 : 1)) };
    }

    private bool IsComparisonCompound(int k)
        => W(k)?.Kind == WordKind.Unit && k + 2 < _p.Count && _p[k + 1].Hyphen && _p[k + 2].Hyphen && _p[k + 2].Token == _p[k].Token
            && IsAny(k + 1, "to", "on", "over", "by") && W(k + 2)?.Kind == WordKind.Unit;

    /// <summary>Without a publication date, relative values can only say which side of "now" they fall.</summary>
    private string Unanchored(string value, string type)
    {
        if (type is TimexTypes.Duration or TimexTypes.Set || value.EndsWith("_REF", StringComparison.Ordinal))
        {
            return value;
        }

        var now = TimexValues.Day(_anchor);
        int n = Math.Min(value.Length, now.Length);
        int cmp = string.CompareOrdinal(value, 0, now, 0, n);
        return cmp < 0 ? TimexValues.PastRef : cmp > 0 ? TimexValues.FutureRef : TimexValues.PresentRef;
    }

    private struct Piece
    {
        public int Start;
        public int End;
        public int Token;
        public TimeWord? Word;
        public double Num;
        public int Digits;
        public bool Cap;
        public bool Hyphen;
        public bool Period;
    }

    /// <param name="Point">For a duration told from the last date mentioned ("two months later"), the date it reaches.</param>
    private record struct Match(int Start, int End, string Type, string Value, string? Mod, string? Point = null);

    private void BuildPieces(Sentence sentence)
    {
        _p.Clear();
        var text = _doc.Text;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var tok = _doc.Tokens[t];
            var s = text.AsSpan(tok.Start, tok.Length);
            if (tok.Kind == TokenKind.Word && s.Length > 2 && s.IndexOfAny('-', '‐', '‑') > 0)
            {
                int from = 0;
                bool first = true;
                for (int i = 0; i <= s.Length; i++)
                {
                    if (i == s.Length || s[i] is '-' or '‐' or '‑')
                    {
                        if (i > from)
                        {
                            AddPiece(tok.Start + from, tok.Start + i, t, !first);
                            first = false;
                        }

                        from = i + 1;
                    }
                }

                continue;
            }

            AddPiece(tok.Start, tok.End, t, false);
        }
    }

    private void AddPiece(int start, int end, int token, bool hyphen)
    {
        var s = _doc.Text.AsSpan(start, end - start);
        var piece = new Piece { Start = start, End = end, Token = token, Hyphen = hyphen, Num = double.NaN, Cap = char.IsUpper(s[0]) };
        var key = s;
        if (s.Length > 1 && s[^1] == '.')
        {
            piece.Period = true;
            if (!s.Contains("m.", StringComparison.OrdinalIgnoreCase))
            {
                key = s[..^1];
            }
        }

        if (char.IsAsciiDigit(key[0]) || (key[0] == '.' && key.Length > 1))
        {
            ParseNumber(key, ref piece);
        }

        if (TimeLexicon.Lookup.TryGetValue(key, out var word))
        {
            piece.Word = word;
        }

        _p.Add(piece);
    }

    private static void ParseNumber(ReadOnlySpan<char> s, ref Piece piece)
    {
        double value = 0;
        int digits = 0;
        bool separators = false;
        double scale = 0;
        foreach (char c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                if (scale > 0)
                {
                    value += (c - '0') * scale;
                    scale /= 10;
                }
                else
                {
                    value = value * 10 + (c - '0');
                }

                digits++;
            }
            else if (c == ',' && scale == 0)
            {
                separators = true;
            }
            else if (c == '.' && scale == 0)
            {
                separators = true;
                scale = 0.1;
            }
            else
            {
                return;
            }
        }

        piece.Num = value;
        piece.Digits = separators ? 0 : digits;
    }

    private bool IsTrigger(int k)
    {
        var p = _p[k];
        return p.Word is not null || !double.IsNaN(p.Num) || IsDecadeToken(k, out _) || IsAny(k, "beginning", "start", "end", "middle", "close")
            || (p.End - p.Start == 4 && IsThatUnit(k));
    }

    /// <summary>"that year", "that same day": a unit pointing back at the last mentioned time.</summary>
    private bool IsThatUnit(int k)
    {
        if (!Is(k, "that"))
        {
            return false;
        }

        int u = Is(k + 1, "same") ? k + 2 : k + 1;
        if (W(u) is { Kind: WordKind.PartOfDay, Plural: false } part && part.Value is >= 1 and <= 4 && !Is(u + 1, "'s"))
        {
            // "that night", "that same morning".
            return true;
        }

        return W(u) is { Kind: WordKind.Unit, Plural: false } w && w.Unit is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Day or TimeUnit.Quarter
            && !(u + 1 < _p.Count && _p[u + 1].Hyphen) && !_p[u].Hyphen && !Is(u + 1, "'s");
    }

    /// <summary>
    /// The last mentioned calendar value moved by <paramref name="shift"/> units, at the unit's granularity;
    /// false when nothing was mentioned or the mention is coarser than the unit ("that day" after "1998").
    /// </summary>
    private bool FromReference(TimeUnit unit, int shift, out string value)
    {
        value = "";
        var r = _reference;
        if (r is null || !int.TryParse(r.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            return false;
        }

        int month = r.Length >= 7 && r[4] == '-' && char.IsAsciiDigit(r[5]) && char.IsAsciiDigit(r[6]) ? (r[5] - '0') * 10 + (r[6] - '0') : 0;
        int day = month > 0 && r.Length >= 10 && r[7] == '-' && char.IsAsciiDigit(r[8]) && char.IsAsciiDigit(r[9]) ? (r[8] - '0') * 10 + (r[9] - '0') : 0;
        int quarter = r.Length >= 7 && r[5] == 'Q' && r[6] is >= '1' and <= '4' ? r[6] - '0' : month > 0 ? (month - 1) / 3 + 1 : 0;
        if (month is < 0 or > 12 || (day > 0 && day > DateTime.DaysInMonth(year, month)))
        {
            return false;
        }

        switch (unit)
        {
            case TimeUnit.Year:
                value = TimexValues.Year(year + shift);
                return true;
            case TimeUnit.Quarter when quarter > 0:
                {
                    int q = quarter - 1 + shift;
                    value = TimexValues.Quarter(year + (int)Math.Floor(q / 4.0), ((q % 4) + 4) % 4 + 1);
                    return true;
                }

            case TimeUnit.Month when month > 0:
                {
                    var d = new DateOnly(year, month, 1).AddMonths(shift);
                    value = TimexValues.Month(d.Year, d.Month);
                    return true;
                }

            case TimeUnit.Week when day > 0:
                value = TimexValues.Week(new DateOnly(year, month, day).AddDays(7 * shift));
                return true;
            case TimeUnit.Day when day > 0:
                value = TimexValues.Day(new DateOnly(year, month, day).AddDays(shift));
                return true;
            default:
                return false;
        }
    }

    private ReadOnlySpan<char> Text(int k) => _doc.Text.AsSpan(_p[k].Start, _p[k].End - _p[k].Start);

    private bool Is(int k, string word)
        => k >= 0 && k < _p.Count && Text(k).TrimEnd('.').Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsAny(int k, params ReadOnlySpan<string> words)
    {
        foreach (var w in words)
        {
            if (Is(k, w))
            {
                return true;
            }
        }

        return false;
    }

    private TimeWord? W(int k) => k >= 0 && k < _p.Count ? _p[k].Word : null;

    private bool Kind(int k, WordKind kind) => W(k)?.Kind == kind;

    private bool IsNum(int k) => k >= 0 && k < _p.Count && !double.IsNaN(_p[k].Num);

    private Tense TenseOf(int start, int end, bool weekday = false)
    {
        // A deadline ("extended to Nov. 6", "by February", "until mid-November", "as soon as Tuesday") lies
        // ahead whatever the verb's tense.
        int b = start - 1;
        while (b >= 0 && (Kind(b, WordKind.Position) || Kind(b, WordKind.Approx) || IsAny(b, "the", "of", "beginning", "end", "middle")
            || IsNum(b) || Kind(b, WordKind.Meridiem) || Kind(b, WordKind.Zone) || Is(b, ":")))
        {
            // Also past the clock time of "until 9 a.m. EST Tuesday".
            b--;
        }

        if ((Is(b, "as") && IsAny(b - 1, "soon", "early")) && Is(b - 2, "as"))
        {
            return Tense.Future;
        }

        // Weekdays after "by" are as often past ("had filed reports by Wednesday") as ahead; after "until" they lie ahead,
        // unless the sentence opens with it ("Until Thursday, they had not called him a suspect").
        if ((IsAny(b, "until", "till") && b > 0) || (!weekday && (IsAny(b, "by", "through") || (Is(b, "to") && b > 0 && Text(b - 1).EndsWith("ed", StringComparison.Ordinal)))))
        {
            return Tense.Future;
        }

        var sentence = _doc.Sentences[_sentence];
        return TenseDetector.Detect(_doc, sentence.FirstToken, sentence.EndToken, _p[start].Token, _p[end - 1].Token + 1);
    }

    private sealed class Prefix
    {
        public string? Mod;
        public int ApproxEnd;
        public bool Over;
        public int Position;
        public bool The;
        public int TheAt = -1;
        public Relation Rel;
        public int RelAt = -1;
        public bool Fiscal;
        public bool YearAgo;
        public bool First;
        public bool That;
    }

    private bool TryAt(int i, out Match m)
    {
        var pre = new Prefix();
        int j = i;
        j = ParseApprox(j, pre);
        pre.ApproxEnd = j;
        for (int guard = 0; guard < MaxPrefix && j < _p.Count; guard++)
        {
            if (Is(j, "the"))
            {
                pre.The = true;
                pre.TheAt = j;
                j++;
                continue;
            }

            if (IsThatUnit(j) && pre.Rel == Relation.None && !pre.The && !pre.That)
            {
                pre.That = true;
                j += Is(j + 1, "same") ? 2 : 1;
                continue;
            }

            if (Kind(j, WordKind.Position) && pre.Position == 0 && (j + 1 < _p.Count) && (!IsAny(j + 1, "on", "than", "in", "that", "this", "said", "to", "as", ",") || IsThatUnit(j + 1)))
            {
                pre.Position = W(j)!.Value;
                j++;
                continue;
            }

            if (Kind(j, WordKind.Position) && pre.Position == 0 && IsAny(j + 1, "this", "next", "last"))
            {
                pre.Position = W(j)!.Value;
                j++;
                continue;
            }

            if (IsAny(j, "beginning", "start", "end", "middle", "close") && Is(j + 1, "of") && pre.Position == 0)
            {
                pre.Position = Is(j, "middle") ? 3 : IsAny(j, "end", "close") ? 2 : 1;
                j += 2;
                continue;
            }

            // "past the Nov. 1 deadline" is a preposition, not "the past".
            if (Kind(j, WordKind.Relation) && pre.Rel == Relation.None && !(Is(j, "past") && Is(j + 1, "the")))
            {
                pre.Rel = (Relation)W(j)!.Value;
                pre.RelAt = j;
                j++;
                continue;
            }

            if (pre.The && IsAny(j, "full", "whole", "entire", "same", "comparable", "corresponding", "current") && W(j + 1)?.Unit is TimeUnit.Year or TimeUnit.Quarter or TimeUnit.Period or TimeUnit.Month or TimeUnit.Week)
            {
                if (Is(j, "current"))
                {
                    pre.Rel = Relation.Current;
                    pre.RelAt = j;
                }

                j++;
                continue;
            }

            if (Kind(j, WordKind.Fiscal))
            {
                pre.Fiscal = true;
                j++;
                continue;
            }

            if (Is(j, "year") && j + 1 < _p.Count && _p[j + 1].Hyphen && IsAny(j + 1, "earlier", "ago"))
            {
                pre.YearAgo = true;
                j += 2;
                continue;
            }

            if (IsAny(j, "first", "final", "initial") && (IsQuantityStart(j + 1) || W(j + 1)?.Unit is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Day or TimeUnit.Hour))
            {
                pre.First = true;
                j++;
                continue;
            }

            break;
        }

        if (j >= _p.Count)
        {
            return Standalone(i, j, pre, out m);
        }

        if (IsComparisonCompound(j) || (j >= 2 && IsComparisonCompound(j - 2)))
        {
            // "quarter-to-quarter", "year-on-year", "day-to-day": a comparison or a manner, not a time.
            m = default;
            return false;
        }

        if (TryClock(j, pre, out m) || TryDayMonth(j, pre, out m) || TryCoordinatedDay(j, out m) || TryQuantity(j, pre, out m) || TryYear(j, pre, out m)
            || TryMonth(j, pre, out m) || TryWeekday(j, pre, out m) || TryOrdinalDay(j, pre, out m) || TryOrdinalPart(j, pre, out m) || TryUnitRelation(j, pre, out m)
            || TryDayRef(j, pre, out m) || TryPartOfDay(j, pre, out m) || TrySeason(j, pre, out m) || TryHoliday(j, pre, out m)
            || TrySet(j, pre, out m) || TryFuzzy(j, pre, out m))
        {
            m = Finish(i, pre, m);
            return true;
        }

        return Standalone(i, j, pre, out m);
    }

    /// <summary>Decides where the span starts: approximators belong to quantities, clock times and days only.</summary>
    private Match Finish(int i, Prefix pre, Match m)
    {
        int start = i;
        if (pre.The && pre.Position == 0 && !pre.Fiscal && pre.Rel == Relation.None && !pre.YearAgo && pre.ApproxEnd == i && m.Start == pre.TheAt + 1
            && (IsYearNumber(m.Start) || Kind(m.Start, WordKind.Month) || (m.End - m.Start > 1 && _p[m.End - 1].Hyphen) || W(m.Start) is { Kind: WordKind.Unit, Plural: true }))
        {
            // "the 2024 election", "the Oct. 23 shooting", "the third-quarter results", "the weeks ahead": the
            // article belongs to the noun phrase, not to the time expression.
            start = m.Start;
        }
        else if (m.Type is TimexTypes.Set || m.Value.EndsWith("_REF", StringComparison.Ordinal))
        {
            // Fuzzy references and sets choose their own start; the prefix words were not theirs.
            start = m.Start;
        }
        else if (pre.Over && m.Type != TimexTypes.Duration)
        {
            start = pre.ApproxEnd;
            m = m with { Mod = m.Mod is "MORE_THAN" or "EQUAL_OR_LESS" ? null : m.Mod };
        }

        // "or so" widens the span and marks the value approximate.
        int end = m.End;
        if (Is(end, "or") && Is(end + 1, "so"))
        {
            end += 2;
            m = m with { Mod = "APPROX" };
        }

        return m with { Start = start, End = end };
    }

    private int ParseApprox(int j, Prefix pre)
    {
        if (IsAny(j, "more", "less", "fewer") && Is(j + 1, "than"))
        {
            pre.Mod = Is(j, "more") ? "MORE_THAN" : "LESS_THAN";
            return j + 2;
        }

        if (Is(j, "at") && IsAny(j + 1, "least", "most"))
        {
            pre.Mod = Is(j + 1, "least") ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS";
            return j + 2;
        }

        if (Is(j, "no") && IsAny(j + 1, "more", "less") && Is(j + 2, "than"))
        {
            pre.Mod = Is(j + 1, "more") ? "EQUAL_OR_LESS" : "EQUAL_OR_MORE";
            return j + 3;
        }

        if (Is(j, "up") && Is(j + 1, "to") && IsQuantityStart(j + 2))
        {
            pre.Mod = "EQUAL_OR_LESS";
            return j + 2;
        }

        if (Kind(j, WordKind.Approx))
        {
            int v = W(j)!.Value;
            if (v == 5 || (v == 3 && Is(j + 1, "the")))
            {
                // "within a week", "over the past 20 years": prepositions of extent, not approximations.
                return j;
            }

            if (v == 3 || Is(j, "some"))
            {
                // "over", "within", "some" only before a quantity ("over a week"), never "over the weekend".
                if (!IsQuantityStart(j + 1) && !(Is(j + 1, "the") && (IsQuantityStart(j + 2) || Kind(j + 2, WordKind.Relation))))
                {
                    return j;
                }

                pre.Over = true;
            }

            pre.Mod = v switch { 1 => "APPROX", 2 => "LESS_THAN", 3 => "MORE_THAN", _ => "EQUAL_OR_LESS" };
            return j + 1;
        }

        return j;
    }

    private bool IsQuantityStart(int k)
        => k < _p.Count && (IsNum(k) || W(k)?.Number >= 0 || Kind(k, WordKind.Few) || Is(k, "half"));

    private bool Standalone(int i, int j, Prefix pre, out Match m)
    {
        m = default;
        if (pre.YearAgo)
        {
            m = new Match(i, j, TimexTypes.Date, YearAgoValue(), null);
            return true;
        }

        if (pre.Rel is Relation.Recent && pre.RelAt == j - 1 && !pre.The)
        {
            m = new Match(pre.RelAt, j, TimexTypes.Date, TimexValues.PastRef, null);
            return true;
        }

        if (pre.Rel is Relation.Current && pre.RelAt == j - 1)
        {
            // "the then-current chairman" was current then, not now.
            bool then = Is(pre.RelAt - 1, "then");
            m = new Match(then ? pre.RelAt - 1 : pre.RelAt, j, TimexTypes.Date, then ? TimexValues.PastRef : TimexValues.PresentRef, null);
            return true;
        }

        if (pre.Rel is Relation.Past && pre.The && pre.RelAt == j - 1 && pre.TheAt == j - 2 && !IsQuantityStart(j))
        {
            m = new Match(pre.TheAt, j, TimexTypes.Date, TimexValues.PastRef, null);
            return true;
        }

        return false;
    }

    private string YearAgoValue()
        => _lastQuarter == 0 ? TimexValues.Year(A.Year - 1)
            : IsLongerPeriodNear() ? TimexValues.Year(_lastQuarterYear - 1)
            : TimexValues.Quarter(_lastQuarterYear - 1, _lastQuarter);

    /// <summary>
    /// Whether the sentence is about a stretch longer than a quarter ("in the first nine months", "the first half")
    /// and names no quarter: its "a year earlier" is then that stretch a year back, which TIMEX3 can only write as the year.
    /// </summary>
    private bool IsLongerPeriodNear()
    {
        bool longer = false;
        for (int k = 0; k < _p.Count; k++)
        {
            if (W(k)?.Unit is TimeUnit.Quarter)
            {
                return false;
            }

            if (W(k)?.Unit is TimeUnit.Half || (W(k)?.Unit is TimeUnit.Month && k > 0 && (IsNum(k - 1) ? _p[k - 1].Num : W(k - 1)?.Number ?? 0) is 6 or 9))
            {
                longer = true;
            }
        }

        return longer;
    }

    private static string? PositionMod(int position) => position switch { 1 => "START", 2 => "END", 3 => "MID", _ => null };

    // ---------------------------------------------------------------- clock times

    private bool TryClock(int j, Prefix pre, out Match m)
    {
        m = default;
        int hour, minute = 0, k;
        if (Kind(j, WordKind.PartOfDay) && W(j)!.Value is TimeLexicon.Noon or TimeLexicon.Midnight)
        {
            if (Is(j - 1, "high"))
            {
                // "high noon": a showdown, not a clock time.
                return false;
            }

            hour = W(j)!.Value == TimeLexicon.Noon ? 12 : 24;
            k = j + 1;
        }
        else if (IsNum(j) && _p[j].Digits is 1 or 2 && _p[j].Num <= 24)
        {
            hour = (int)_p[j].Num;
            k = j + 1;
            bool colon = false;
            if (Is(k, ":") && IsNum(k + 1) && _p[k + 1].Digits == 2 && _p[k + 1].Num < 60)
            {
                minute = (int)_p[k + 1].Num;
                k += 2;
                colon = true;
            }

            if (Kind(k, WordKind.Meridiem) && hour <= 12)
            {
                bool pm = W(k)!.Value == 12;
                if (!pm && !Text(k).Contains('.') && !colon && !Kind(k + 1, WordKind.Zone))
                {
                    // Bare "am" after a number is too often the verb.
                    return false;
                }

                hour = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
                k++;
            }
            else if (Is(k, "o'clock"))
            {
                k++;
            }
            else if (Is(k, "in") && Is(k + 1, "the") && Kind(k + 2, WordKind.PartOfDay) && hour <= 12)
            {
                if (W(k + 2)!.Value is 2 or 3 or 4 && hour < 12)
                {
                    hour += 12;
                }

                k += 3;
            }
            else if (!colon || !Kind(k, WordKind.Zone))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (Kind(k, WordKind.Zone))
        {
            k++;
        }

        string date;
        int after = Is(k, ",") || Is(k, "on") ? k + 1 : k;
        if (TryWeekday(after, new Prefix(), out var wd) || TryDayRef(after, new Prefix(), out wd) || TryMonth(after, new Prefix(), out wd) || TryDayMonth(after, new Prefix(), out wd))
        {
            date = wd.Value.Length >= 10 ? wd.Value[..10] : TimexValues.Day(A);
            k = wd.End;
        }
        else if (FromReference(TimeUnit.Day, 0, out var narrated) && _referenceSentence >= _sentence - ClockReach)
        {
            // "was shot at 10 p.m.": the clock time belongs to the day just told of, as TimeML anchors it.
            date = narrated;
        }
        else
        {
            date = TimexValues.Day(A);
        }

        m = new Match(j, k, TimexTypes.Time, TimexValues.Clock(date, hour, minute), pre.Mod);
        return true;
    }

    // ---------------------------------------------------------------- dates with month names

    private bool IsMonthAt(int k, int before)
    {
        if (!Kind(k, WordKind.Month) || !_p[k].Cap)
        {
            return false;
        }

        var t = Text(k);
        int month = W(k)!.Value;
        bool followedByNumber = IsNum(k + 1) || Kind(k + 1, WordKind.Ordinal);
        if (month is 3 or 5 && t.Length <= 6 && !_p[k].Period)
        {
            // "May" and "March" are also a modal and a verb: demand a date-like neighbour.
            if (followedByNumber)
            {
                return true;
            }

            if (Is(before, "the") && _p[k].Cap && k + 1 < _p.Count && Text(k + 1) is { Length: > 2 } noun && char.IsLower(noun[0]) && char.IsLetter(noun[^1])
                && _p[k + 1].Word is null && !IsAny(k + 1, "on", "of", "to", "for", "from", "against", "and", "was", "were", "is", "will", "through", "across", "into", "toward", "towards"))
            {
                // "the March accession", "the May elections": a month qualifying the noun after it ("the March on Rome" is not).
                return true;
            }

            return before >= 0 && (IsAny(before, "in", "of", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "during",
                "through", "from", "before", "after", "between", "and", "to", "or", "since", "end", "beginning", "middle", "start", "each", "every")
                || Kind(before, WordKind.Position) || _p[before].Hyphen && Kind(before, WordKind.Position));
        }

        bool full = t.Length >= 5 || month is 6 or 7;
        return full || _p[k].Period || followedByNumber;
    }

    private bool TryMonth(int j, Prefix pre, out Match m)
    {
        m = default;
        int before = j - 1;
        if (!IsMonthAt(j, before))
        {
            return false;
        }

        int month = W(j)!.Value;
        int k = j + 1;
        int day = 0;
        if (IsNum(k) && _p[k].Digits is 1 or 2 && _p[k].Num is >= 1 and <= 31 && !(Is(k + 1, ":") && IsNum(k + 2)))
        {
            day = (int)_p[k].Num;
            k++;
        }
        else if (Kind(k, WordKind.Ordinal) && W(k)!.Ordinal is >= 1 and <= 31)
        {
            day = W(k)!.Ordinal;
            k++;
        }

        int year = -1;
        int y = Is(k, ",") || Is(k, "of") ? k + 1 : k;
        if (IsYearNumber(y))
        {
            year = (int)_p[y].Num;
            k = y + 1;
        }
        else if (ParseWordYear(y) is var (wordYear, wordEnd) && wordYear > 0)
        {
            year = wordYear;
            k = wordEnd;
        }
        else if (IsAny(k, "last", "this", "next") && Is(k + 1, "year"))
        {
            year = A.Year + (Is(k, "last") ? -1 : Is(k, "next") ? 1 : 0);
            k += 2;
        }
        else if (IsThatUnit(y) && (Is(y + 1, "same") ? y + 2 : y + 1) is int unit && W(unit)?.Unit == TimeUnit.Year
            && FromReference(TimeUnit.Year, 0, out var told))
        {
            // "in May of 2023 ... by October of that year": the year is the one last told of, not the publication's.
            year = int.Parse(told, NumberStyles.None, CultureInfo.InvariantCulture);
            k = unit + 1;
        }

        string value;
        if (year < 0)
        {
            year = ResolveYear(month, day, pre.Rel, j, k);
        }

        if (day > 0)
        {
            if (day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            value = TimexValues.Day(new DateOnly(year, month, day));
        }
        else
        {
            value = TimexValues.Month(year, month);
        }

        m = new Match(j, k, TimexTypes.Date, value, PositionMod(pre.Position) ?? pre.Mod);
        return true;
    }

    private bool IsYearNumber(int k)
        => IsNum(k) && _p[k].Digits == 4 && _p[k].Num is >= 1000 and <= 2199;

    /// <summary>The year of a month (and day) written without one: by relation word, else by tense, else the nearest.</summary>
    private int ResolveYear(int month, int day, Relation rel, int start, int end)
    {
        var a = A;
        int d = day > 0 ? day : 1;
        var sameYear = new DateOnly(a.Year, month, Math.Min(d, DateTime.DaysInMonth(a.Year, month)));
        int cmp = day > 0 ? sameYear.CompareTo(a) : month.CompareTo(a.Month);
        switch (rel)
        {
            case Relation.Last or Relation.Past or Relation.Previous:
                // "last February" written in March is a year back: the month just gone is "last month".
                return cmp < 0 && !(day == 0 && month == a.Month - 1 && rel == Relation.Last) ? a.Year : a.Year - 1;
            case Relation.Next or Relation.Coming or Relation.Following:
                return cmp > 0 ? a.Year : a.Year + 1;
            case Relation.This or Relation.Current:
                return a.Year;
            default:
                break;
        }

        if (day > 0)
        {
            // A full day and month: the nearest such date, unless it is months away and the tense says otherwise.
            int best = a.Year;
            int bestDistance = int.MaxValue;
            for (int y = a.Year - 1; y <= a.Year + 1; y++)
            {
                int distance = Math.Abs(new DateOnly(y, month, Math.Min(d, DateTime.DaysInMonth(y, month))).DayNumber - a.DayNumber);
                if (distance < bestDistance)
                {
                    best = y;
                    bestDistance = distance;
                }
            }

            if (Is(start - 1, "ended"))
            {
                // "the fiscal year ended Jan. 31": a period that has closed, so the date is behind us.
                return cmp <= 0 ? a.Year : a.Year - 1;
            }

            if (bestDistance <= DayNearestReach)
            {
                return best;
            }
        }

        if (IsAny(start - 1, "through", "until", "to") && Is(start - 2, "year") && IsAny(start - 3, "this", "current"))
        {
            // "this year through August": the stretch lies in this year.
            return a.Year;
        }

        var tense = TenseOf(start, end);
        if (tense == Tense.Past)
        {
            return cmp <= 0 ? a.Year : a.Year - 1;
        }

        if (tense == Tense.Future)
        {
            return cmp >= 0 ? a.Year : a.Year + 1;
        }

        // No tense: news mostly reports the past, but a date a few weeks ahead is a coming deadline.
        int diff = day > 0 ? sameYear.DayNumber - a.DayNumber : (month - a.Month) * 30;
        if (diff < -275)
        {
            diff += 365;
            return diff <= 90 ? a.Year + 1 : a.Year;
        }

        return diff <= 90 ? a.Year : a.Year - 1;
    }

    private bool TryDayMonth(int j, Prefix pre, out Match m)
    {
        m = default;
        int day;
        if (IsNum(j) && _p[j].Digits is 1 or 2 && _p[j].Num is >= 1 and <= 31)
        {
            day = (int)_p[j].Num;
        }
        else if (Kind(j, WordKind.Ordinal) && W(j)!.Ordinal is >= 1 and <= 31)
        {
            day = W(j)!.Ordinal;
        }
        else
        {
            return false;
        }

        int k = Is(j + 1, "of") ? j + 2 : j + 1;
        if (!Kind(k, WordKind.Month) || !_p[k].Cap || (W(k)!.Value is 5 or 3 && !IsYearNumber(k + 1) && !Is(j + 1, "of") && !_p[k].Period))
        {
            return false;
        }

        int month = W(k)!.Value;
        k++;
        int year;
        int y = Is(k, ",") ? k + 1 : k;
        if (IsYearNumber(y))
        {
            year = (int)_p[y].Num;
            k = y + 1;
        }
        else
        {
            year = ResolveYear(month, day, pre.Rel, j, k);
        }

        if (day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        m = new Match(j, k, TimexTypes.Date, TimexValues.Day(new DateOnly(year, month, day)), pre.Mod);
        return true;
    }

    /// <summary>"April 24 and 25": the second day takes the month and year of the first.</summary>
    private bool TryCoordinatedDay(int j, out Match m)
    {
        m = default;
        if (!IsNum(j) || _p[j].Digits is not (1 or 2) || !IsAny(j - 1, "and", "or", "&") || !IsNum(j - 2) || _p[j - 2].Digits is not (1 or 2)
            || !Kind(j - 3, WordKind.Month) || _p[j].Num <= _p[j - 2].Num || _p[j].Num > 31 || _reference is not { Length: 10 } told || _referenceSentence != _sentence)
        {
            return false;
        }

        // Only where nothing follows that the number could count ("April 24 and 25 people" is not a date).
        int k = j + 1;
        if (k < _p.Count && (_p[k].Word is not null || IsAny(k, "%", "percent") || (char.IsLetter(Text(k)[0]) && !IsAny(k, "in", "at", "on", "when", "with"))))
        {
            return false;
        }

        var first = DateOnly.ParseExact(told, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        int day = (int)_p[j].Num;
        if (first.Day != (int)_p[j - 2].Num || day > DateTime.DaysInMonth(first.Year, first.Month))
        {
            return false;
        }

        m = new Match(j, k, TimexTypes.Date, TimexValues.Day(new DateOnly(first.Year, first.Month, day)), null);
        return true;
    }

    // ---------------------------------------------------------------- quantities: durations, "ago", sets

    private bool TryQuantity(int j, Prefix pre, out Match m)
    {
        m = default;
        if (Is(j, "one") && Is(j + 1, "day") && !_p[j + 1].Hyphen && pre.Mod is null
            && IsAny(j - 1, "will", "would", "could", "might", "may", "can", "shall", "he", "she", "they", "we", "i", "you", "it"))
        {
            // "Islam will one day be ...", "the hope he one day follow ...": some day to come, not a day's length.
            m = new Match(j, j + 2, TimexTypes.Date, TimexValues.FutureRef, null);
            return true;
        }

        int k = ParseQuantity(j, out double amount, out bool couple);
        if (k < 0 && W(j) is { Kind: WordKind.Unit } longUnit && !_p[j].Hyphen && j + 1 < _p.Count && _p[j + 1].Hyphen && Is(j + 1, "long")
            && longUnit.Unit is not (TimeUnit.Half or TimeUnit.Period or TimeUnit.Weekend))
        {
            // "a day-long meeting", "a decades-long battle": how long it lasts.
            m = new Match(j, j + 2, TimexTypes.Duration, TimexValues.Duration(longUnit.Plural ? double.NaN : 1, longUnit.Unit), null);
            return true;
        }

        if (k < 0)
        {
            // Bare plurals: "years", "in months", "recent weeks". Other units than years need a preposition, a
            // relation or a vague quantity to read as a stretch of time: "minutes apart", "a matter of days", "on days
            // when" are left out, as TimeBank leaves them (counted both ways in docs/time.md).
            if (W(j) is { Kind: WordKind.Unit, Plural: true } bare && bare.Unit is not (TimeUnit.Half or TimeUnit.Period or TimeUnit.Weekend or TimeUnit.Second)
                && !(pre.Rel == Relation.These && bare.Unit == TimeUnit.Day) && !(j + 1 < _p.Count && Is(j + 1, "'"))
                && !Is(j + 1, "old") && !(j > 0 && (IsNum(j - 1) || W(j - 1)?.Number >= 0) && !Is(j - 1, "a"))
                && (bare.Unit == TimeUnit.Year || pre.Rel != Relation.None || pre.The || pre.Mod is not null || pre.Position != 0 || Kind(j + 1, WordKind.Ago)
                    || IsAny(j - 1, "for", "within", "over", "during", "in", "after", "before", "throughout", "several", "few", "many", "some")
                    || (IsAny(j - 1, "or", "and") && W(j - 2) is { Kind: WordKind.Unit, Plural: true }) || (IsAny(j + 1, "or", "and") && W(j + 2) is { Kind: WordKind.Unit, Plural: true })))
            {
                int end = j + 1;
                if (Kind(end, WordKind.Ago))
                {
                    end++;
                }

                m = new Match(j, end, TimexTypes.Duration, TimexValues.Duration(double.NaN, bare.Unit), pre.Mod);
                return true;
            }

            return false;
        }

        while (Kind(k, WordKind.Filler) && k < j + 4)
        {
            k++;
        }

        if (W(k) is not { Kind: WordKind.Unit } unitWord || unitWord.Unit is TimeUnit.Half or TimeUnit.Period)
        {
            return false;
        }

        var unit = unitWord.Unit;
        if (unit == TimeUnit.Weekend && !double.IsNaN(amount))
        {
            return false;
        }

        if (IsCapitalizedMidSentence(k))
        {
            // "60 Minutes", "This Week": titles, not times.
            return false;
        }

        if (IsYearNumber(j) && !unitWord.Plural)
        {
            // "the 1988 quarter" is a year, not 1,988 quarters.
            return false;
        }

        if (unit == TimeUnit.Quarter && amount == 2 && (pre.First || pre.Rel == Relation.Last) && Is(k + 1, "of") && IsYearNumber(k + 2))
        {
            // "the first two quarters of 1990" is its first half.
            m = new Match(j, k + 3, TimexTypes.Date, TimexValues.Half((int)_p[k + 2].Num, pre.First ? 1 : 2), pre.Mod);
            return true;
        }

        if (unit == TimeUnit.Quarter && (Is(k + 1, "of") || (pre.Mod is not null && !Kind(k + 1, WordKind.Ago))))
        {
            // "three-quarters of its food", "more than a quarter of the market": fractions.
            return false;
        }

        if (unit == TimeUnit.Second && Kind(j, WordKind.Article))
        {
            // "a second group": the ordinal.
            return false;
        }

        if (Is(k + 1, "old") || (Is(k + 1, "of") && Is(k + 2, "age")))
        {
            // Ages ("52 years old") are not time expressions.
            return false;
        }

        k++;
        if (Is(k, "and") && Is(k + 1, "a") && Is(k + 2, "half"))
        {
            amount += 0.5;
            k += 3;
        }

        if (_p.Count > k && _p[k].Hyphen && Is(k, "old"))
        {
            // Ages ("a 6-year-old boy") are not time expressions.
            return false;
        }

        if (_p.Count > k && _p[k].Hyphen && Is(k, "long"))
        {
            k++;
        }
        else if (Is(k, "period") || Is(k, "term"))
        {
            k++;
        }

        string? mod = couple ? "APPROX" : pre.Mod;
        bool article = Kind(j, WordKind.Article) || Is(j, "per");
        if (article && amount == 1 && !unitWord.Plural && pre.ApproxEnd == j && !pre.The && IsRateContext(j - 1) && unit is not TimeUnit.Weekend
            && !IsAny(k, "ago", "earlier", "before", "later", "after"))
        {
            m = new Match(j, k, TimexTypes.Set, TimexValues.Duration(1, unit), null);
            return true;
        }

        if (Is(k, "or") && Is(k + 1, "so") && Kind(k + 2, WordKind.Ago))
        {
            // "a week or so ago": a point back in time, roughly; not a length.
            k += 2;
            mod = "APPROX";
        }

        if (Kind(k, WordKind.Ago) || (IsAny(k, "earlier", "before") && unit == TimeUnit.Year && amount == 1))
        {
            bool ago = Kind(k, WordKind.Ago);
            k++;
            if (double.IsNaN(amount))
            {
                // "several years ago": some time in the past.
                m = new Match(j, k, TimexTypes.Date, TimexValues.PastRef, mod);
                return true;
            }

            m = new Match(j, k, TimexTypes.Date, ShiftValue(-amount, unit, ago), mod);
            return true;
        }

        if (IsAny(k, "from") && Is(k + 1, "now") && !double.IsNaN(amount))
        {
            m = new Match(j, k + 2, TimexTypes.Date, ShiftValue(amount, unit, true), mod);
            return true;
        }

        if (Is(j - 1, "in") && pre.ApproxEnd == j && mod is null && !double.IsNaN(amount) && amount == Math.Floor(amount) && amount >= 1
            && unit is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Day && !IsAny(k, "of", "time", "'s")
            && TenseOf(j, k) == Tense.Future)
        {
            // "The stock would be redeemed in five years", "will leave in two weeks": TimeML's point that far ahead,
            // not a length ("finished the task in two weeks").
            m = new Match(j, k, TimexTypes.Date, ShiftValue(amount, unit, true), null);
            return true;
        }

        m = new Match(j, k, TimexTypes.Duration, TimexValues.Duration(amount, unit), mod, NarrativePoint(k, amount, unit));
        return true;
    }

    /// <summary>
    /// "Two months later", "three days after that", "a week earlier,": TIMEX3 keeps the length (TimeBank marks these as
    /// durations), and the date reached is the last date mentioned moved by it, as TimeML anchors them. Null with no
    /// date mentioned (left fuzzy, not guessed from publication) and when an event follows ("a day before the attack"):
    /// the anchor is then that event, which is not known here.
    /// </summary>
    private string? NarrativePoint(int k, double amount, TimeUnit unit)
    {
        if (_reference is null || double.IsNaN(amount) || amount != Math.Floor(amount) || amount < 1 || amount > 100)
        {
            return null;
        }

        int sign;
        if (IsAny(k, "later", "earlier"))
        {
            sign = Is(k, "later") ? 1 : -1;
        }
        else if (IsAny(k, "after", "before") && (k + 1 >= _p.Count || Text(k + 1) is "," or "." or ";" or ":" || (Is(k + 1, "that") && (k + 2 >= _p.Count || !char.IsLetterOrDigit(Text(k + 2)[0])))))
        {
            sign = Is(k, "after") ? 1 : -1;
        }
        else
        {
            return null;
        }

        int n = (int)amount * sign;
        (TimeUnit at, int shift) = unit switch
        {
            TimeUnit.Fortnight => (TimeUnit.Week, 2 * n),
            TimeUnit.Decade => (TimeUnit.Year, 10 * n),
            TimeUnit.Year or TimeUnit.Quarter or TimeUnit.Month or TimeUnit.Week or TimeUnit.Day => (unit, n),
            _ => (TimeUnit.Second, 0),
        };
        if (shift == 0 || !FromReference(at, shift, out var point))
        {
            return null;
        }

        // "could the heroes have imagined that 80 years later ...", "Two decades later, we are still counting the cost": a
        // point past publication is counted from some other time than the date last given; left fuzzy.
        var now = TimexValues.Day(_anchor);
        int n2 = point.Contains('W', StringComparison.Ordinal) ? 4 : Math.Min(point.Length, now.Length);
        return string.CompareOrdinal(point, 0, now, 0, n2) > 0 ? null : point;
    }

    private bool IsCapitalizedMidSentence(int k)
        => k > 0 && _p[k].Cap && !Is(k - 1, "\"") && !Is(k - 1, "``") && !Is(k - 1, "“") && !(k == 1 && !char.IsLetter(Text(0)[0]));

    /// <summary>"$5 a year", "twice a day", "10 percent a month": the article reads as "per".</summary>
    private bool IsRateContext(int before)
    {
        if (before < 0)
        {
            return false;
        }

        if (Is(before + 1, "per"))
        {
            return true;
        }

        return IsNum(before) || W(before)?.Number >= 0 || IsAny(before, "times", "twice", "once", "thrice", "percent", "%", "million", "billion",
            "thousand", "dollars", "cents", "barrels", "tons", "shares", "trillion", "hours", "days", "meetings", "flights");
    }

    private string ShiftValue(double amount, TimeUnit unit, bool ago)
    {
        int n = (int)Math.Round(amount);
        var a = A;
        switch (unit)
        {
            case TimeUnit.Year:
                if (n == -1 && _lastQuarter > 0 && IsQuarterContextNear())
                {
                    return YearAgoValue();
                }

                return TimexValues.Year(a.Year + n);
            case TimeUnit.Decade:
                return TimexValues.Year(a.Year + 10 * n);
            case TimeUnit.Century:
                return TimexValues.Year(a.Year + 100 * n);
            case TimeUnit.Quarter:
                {
                    int q = (a.Month - 1) / 3 + n;
                    int y = a.Year + (int)Math.Floor(q / 4.0);
                    return TimexValues.Quarter(y, ((q % 4) + 4) % 4 + 1);
                }

            case TimeUnit.Month:
                {
                    var d = a.AddMonths(n);
                    return TimexValues.Month(d.Year, d.Month);
                }

            case TimeUnit.Week or TimeUnit.Fortnight:
                // The unit sets the granularity: "six weeks ago" is a week, as "five months ago" is a month.
                return TimexValues.Week(a.AddDays(7 * n * (unit == TimeUnit.Fortnight ? 2 : 1)));
            case TimeUnit.Day:
                return TimexValues.Day(a.AddDays(n));
            default:
                return TimexValues.Day(a);
        }
    }

    /// <summary>Whether the sentence speaks of quarterly results, so that "a year ago" means the same quarter last year.</summary>
    private bool IsQuarterContextNear()
    {
        for (int k = 0; k < _p.Count; k++)
        {
            if (W(k)?.Unit is TimeUnit.Quarter or TimeUnit.Period || IsAny(k, "quarterly", "profit", "earnings", "earned", "net", "income", "revenue", "sales", "loss"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A number written in digits or words; NaN for "a few", "several". Returns the piece after it, or -1.</summary>
    private int ParseQuantity(int j, out double amount, out bool couple)
    {
        amount = double.NaN;
        couple = false;
        if (j >= _p.Count)
        {
            return -1;
        }

        if (IsNum(j))
        {
            amount = _p[j].Num;
            int k = j + 1;
            if (IsNum(k) && Is(k + 1, "/") && IsNum(k + 2) && _p[k + 2].Num > 0)
            {
                amount += _p[k].Num / _p[k + 2].Num;
                k += 3;
            }

            return k;
        }

        if (Is(j, "half") && IsAny(j + 1, "a", "an"))
        {
            amount = 0.5;
            return j + 2;
        }

        var w = W(j);
        if (w is null)
        {
            return -1;
        }

        if (w.Kind == WordKind.Article)
        {
            if (w.Value != 1)
            {
                return -1;
            }

            if (Kind(j + 1, WordKind.Few))
            {
                if (W(j + 1)!.Value == 2)
                {
                    couple = true;
                    amount = 2;
                    return Is(j + 2, "of") ? j + 3 : j + 2;
                }

                return j + 2;
            }

            if (W(j + 1)?.Number is 100 or 1000 or 12)
            {
                amount = W(j + 1)!.Number;
                return j + 2;
            }

            amount = 1;
            return j + 1;
        }

        if (w.Kind == WordKind.Few)
        {
            if (w.Value == 2)
            {
                couple = true;
                amount = 2;
                return Is(j + 1, "of") ? j + 2 : j + 1;
            }

            return j + 1;
        }

        if (w.Kind != WordKind.Number)
        {
            return -1;
        }

        long total = 0, current = 0;
        int e = j;
        while (e < _p.Count && W(e) is { Kind: WordKind.Number } nw)
        {
            int n = nw.Number;
            if (n == 100)
            {
                current = Math.Max(current, 1) * 100;
            }
            else if (n == 1000)
            {
                total += Math.Max(current, 1) * 1000;
                current = 0;
            }
            else if (n == 12 && Is(e, "dozen"))
            {
                current = Math.Max(current, 1) * 12;
            }
            else
            {
                if (current % 10 != 0 || (current >= 10 && current < 20) || (n >= 10 && current > 0 && current % 100 != 0))
                {
                    break;
                }

                current += n;
            }

            e++;
            if (Is(e, "and") && W(e + 1)?.Kind == WordKind.Number && W(e + 1)!.Number < 100 && current >= 100)
            {
                e++;
            }
        }

        amount = total + current;
        return e;
    }

    // ---------------------------------------------------------------- years and decades

    private bool IsDecadeToken(int k, out int decadeStart)
    {
        decadeStart = 0;
        var t = Text(k);
        if (t.Length is 5 && t[4] == 's' && t[3] == '0' && char.IsAsciiDigit(t[0]) && char.IsAsciiDigit(t[1]) && char.IsAsciiDigit(t[2]))
        {
            decadeStart = int.Parse(t[..4], CultureInfo.InvariantCulture);
            return decadeStart is >= 1000 and <= 2190;
        }

        if (t.Length is 3 && t[2] == 's' && t[1] == '0' && char.IsAsciiDigit(t[0]) && k > 0 && (Is(k - 1, "'") || Is(k - 1, "the") || Is(k - 1, "’")))
        {
            decadeStart = 1900 + (t[0] - '0') * 10;
            return true;
        }

        return false;
    }

    /// <summary>Years in words: "nineteen ninety-four", "two thousand", "two thousand and one".</summary>
    private (int Year, int End) ParseWordYear(int k)
    {
        if (W(k) is not { Kind: WordKind.Number } first)
        {
            return (0, k);
        }

        if (first.Number is >= 10 and <= 20 && W(k + 1) is { Kind: WordKind.Number } tens && tens.Number is >= 10 and <= 90)
        {
            int year = first.Number * 100 + tens.Number;
            int end = k + 2;
            if (tens.Number % 10 == 0 && tens.Number >= 20 && W(end) is { Kind: WordKind.Number } unit && unit.Number is >= 1 and <= 9)
            {
                year += unit.Number;
                end++;
            }

            return (year, end);
        }

        if (first.Number == 2 && W(k + 1)?.Number == 1000)
        {
            int end = k + 2;
            int year = 2000;
            int next = Is(end, "and") ? end + 1 : end;
            if (W(next) is { Kind: WordKind.Number } unit && unit.Number is >= 1 and <= 99)
            {
                year += unit.Number;
                end = next + 1;
            }

            return (year, end);
        }

        return (0, k);
    }

    private static readonly string[] DecadeWords = ["", "", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

    private bool TryYear(int j, Prefix pre, out Match m)
    {
        m = default;
        if (IsDecadeToken(j, out int decade))
        {
            m = new Match(j, j + 1, TimexTypes.Date, TimexValues.Decade(decade), PositionMod(pre.Position));
            return true;
        }

        if (pre.The)
        {
            for (int d = 2; d < DecadeWords.Length; d++)
            {
                if (Is(j, DecadeWords[d]))
                {
                    m = new Match(j, j + 1, TimexTypes.Date, TimexValues.Decade(1900 + d * 10), PositionMod(pre.Position));
                    return true;
                }
            }
        }

        if (ParseWordYear(j) is var (wordYear, wordEnd) && wordYear > 0 && (wordYear / 100 is 18 or 19 || pre.The || IsAny(j - 1, "in", "since", "of", "until", "by", "year") || Kind(j - 1, WordKind.Season)))
        {
            m = new Match(j, wordEnd, TimexTypes.Date, TimexValues.Year(wordYear), PositionMod(pre.Position));
            return true;
        }

        if (!IsYearNumber(j) || _p[j].Num < 1600 || _p[j].Num > 2100)
        {
            return false;
        }

        if (j > 0 && (IsAny(j - 1, "$", "£", "€", "#", "no", "number", "nos") || Text(j - 1).EndsWith("$")))
        {
            return false;
        }

        if (j + 1 < _p.Count && !_p[j + 1].Hyphen && _p[j + 1].Word is null && Text(j + 1) is { Length: > 3 } next && char.IsLower(next[0]) && next[^1] == 's'
            && (pre.Mod is not null || IsAny(j - 1, "than", "of", "the", "some", "another", "only", "just", "least")))
        {
            // "2000 troops": a count, not a year.
            return false;
        }

        if (IsAny(j + 1, "%", "percent"))
        {
            return false;
        }

        int year = (int)_p[j].Num;
        int k = j + 1;
        if (Kind(k, WordKind.Season) && !_p[k].Cap)
        {
            return false;
        }

        // "the 1988 second quarter", "the 1988 quarter".
        if (TryOrdinalPart(k, new Prefix(), out var part))
        {
            m = new Match(j, part.End, TimexTypes.Date, TimexValues.Year(year) + part.Value[4..], PositionMod(pre.Position));
            return true;
        }

        if (pre.The && W(k)?.Unit is TimeUnit.Quarter or TimeUnit.Period && !W(k)!.Plural && _lastQuarter > 0 && !(W(k)!.Unit == TimeUnit.Period && IsLongerPeriodNear()))
        {
            m = new Match(j, k + 1, TimexTypes.Date, TimexValues.Quarter(year, _lastQuarter), PositionMod(pre.Position));
            return true;
        }

        m = new Match(j, k, TimexTypes.Date, TimexValues.Year(year), PositionMod(pre.Position));
        return true;
    }

    // ---------------------------------------------------------------- weekdays

    private bool TryWeekday(int j, Prefix pre, out Match m)
    {
        m = default;
        var w = W(j);
        if (w is null || w.Kind is not (WordKind.Weekday or WordKind.WeekdayPlural) || !_p[j].Cap)
        {
            return false;
        }

        var t = Text(j);
        if (w.Kind == WordKind.Weekday && t.TrimEnd('.').Length < 6 && !_p[j].Period && !(Is(j + 1, ",") && (IsMonthAt(j + 2, -1) || IsNum(j + 2))))
        {
            // "Sun", "Sat" and friends are weekdays only as "Sun." or "Sun, Nov. 17".
            return false;
        }

        int k = j + 1;
        if (k < _p.Count && _p[k].Cap && _p[k].Word is null && char.IsLetter(Text(k)[0]) && !IsAny(j - 1, "his", "her", "its", "their", "our", "my", "your"))
        {
            // "Sunday Times", "Monday Night Football": a name; "his Sunday Mass" is that Sunday's.
            return false;
        }

        if (w.Kind == WordKind.WeekdayPlural)
        {
            string set = "XXXX-WXX-" + TimexValues.Number(w.Value);
            if (Kind(k, WordKind.PartOfDay) && W(k)!.Value <= 4)
            {
                set += "T" + TimeLexicon.PartOfDayCodes[W(k)!.Value];
                k++;
            }

            m = new Match(j, k, TimexTypes.Set, set, null);
            return true;
        }

        if (pre.Rel == Relation.None && W(k) is { Kind: WordKind.PartOfDay, Plural: true } parts && parts.Value <= 4)
        {
            // "Tuesday nights": every Tuesday night.
            m = new Match(j, k + 1, TimexTypes.Set, "XXXX-WXX-" + TimexValues.Number(w.Value) + "T" + TimeLexicon.PartOfDayCodes[parts.Value], null);
            return true;
        }

        if (pre.Rel == Relation.None && IsAny(k, "and", "or") && Kind(k + 1, WordKind.Weekday) && W(k + 2) is { Kind: WordKind.PartOfDay, Plural: true } shared && shared.Value <= 4)
        {
            // "on Monday and Tuesday nights": the first day shares the plural part of day.
            m = new Match(j, k, TimexTypes.Set, "XXXX-WXX-" + TimexValues.Number(w.Value) + "T" + TimeLexicon.PartOfDayCodes[shared.Value], null);
            return true;
        }

        int dateAt = Is(k, ",") ? k + 1 : k;
        if ((TryMonth(dateAt, new Prefix(), out var md) || TryDayMonth(dateAt, new Prefix(), out md)) && md.Value.Length == 10)
        {
            // "Monday, Oct. 26" is one expression, as TIMEX3 and most of TimeBank mark it, with the date's value.
            m = new Match(j, md.End, TimexTypes.Date, md.Value, PositionMod(pre.Position));
            return true;
        }

        bool part = Kind(k, WordKind.PartOfDay) && W(k)!.Value <= 4 && !W(k)!.Plural;
        if (ParenthesizedDayMonth(part ? k + 1 : k, j) is { } stated)
        {
            // "On Sunday (28.04) the court issued an order", "On Saturday evening (27.04)": reports translated from Polish
            // and other languages give the weekday's date in brackets, day first; one expression, with that date.
            int end = part ? k + 4 : k + 3;
            m = part
                ? new Match(j, end, TimexTypes.Time, stated + "T" + TimeLexicon.PartOfDayCodes[W(k)!.Value], PositionMod(pre.Position))
                : new Match(j, end, TimexTypes.Date, stated, PositionMod(pre.Position));
            return true;
        }

        DateOnly date;
        if (pre.The && pre.Rel is Relation.Previous or Relation.Following && FromReference(TimeUnit.Day, 0, out var narrated))
        {
            // "the previous Friday": the one before the day last mentioned.
            var from = DateOnly.ParseExact(narrated, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            date = TimexValues.WeekdayNear(from, w.Value, pre.Rel == Relation.Previous ? -1 : 1, false);
            m = new Match(j, k, TimexTypes.Date, TimexValues.Day(date), PositionMod(pre.Position));
            return true;
        }

        var a = A;
        switch (pre.Rel)
        {
            case Relation.Last or Relation.Previous or Relation.Past:
                date = TimexValues.WeekdayNear(a, w.Value, -1, false);
                break;
            case Relation.Next or Relation.Following or Relation.Coming:
                date = TimexValues.WeekdayNear(a, w.Value, 1, false);
                break;
            default:
                {
                    // "Wednesday's ruling" has happened.
                    var tense = pre.Rel == Relation.This ? Tense.Future : Is(k, "'s") ? Tense.Past : TenseOf(j, k, weekday: true);
                    date = tense == Tense.Future ? TimexValues.WeekdayNear(a, w.Value, 1, true) : TimexValues.WeekdayNear(a, w.Value, -1, true);
                    int away = date.DayNumber - a.DayNumber;
                    if (pre.Rel != Relation.This && ((away == 6 && !AuxiliaryBefore(j, "will", "would", "shall", "'ll"))
                        || (away == -6 && !AuxiliaryBefore(j, "was", "were", "had", "did") && !ReportedOn(j) && !OpensPastSentence(j, part ? k + 1 : k))))
                    {
                        // A bare weekday six days off is seldom meant: news says "last Tuesday" or "next Tuesday" for
                        // those, so a tense read from weaker cues ("headed Tuesday", "to mark ... on Friday") gives way to
                        // the day next to publication, unless an auxiliary just before says so ("was told Wednesday") or the
                        // weekday opens a sentence told in the past ("On Tuesday, Vladimir Putin was inaugurated" in a Monday paper).
                        date = a.AddDays(away > 0 ? -1 : 1);
                    }

                    break;
                }
        }

        if (part)
        {
            m = new Match(j, k + 1, TimexTypes.Time, TimexValues.Day(date) + "T" + TimeLexicon.PartOfDayCodes[W(k)!.Value], PositionMod(pre.Position));
            return true;
        }

        m = new Match(j, k, TimexTypes.Date, TimexValues.Day(date), PositionMod(pre.Position));
        return true;
    }

    /// <summary>The day of a "(27.04)" at <paramref name="k"/>: day, full stop, two-digit month in brackets; its year the nearest
    /// to publication. Null for anything else ("(2.5)", "(27.04.2024)" are left to other readings).</summary>
    private string? ParenthesizedDayMonth(int k, int weekday)
    {
        if (!Is(k, "(") || !Is(k + 2, ")"))
        {
            return null;
        }

        var t = Text(k + 1);
        int dot = t.IndexOf('.');
        if (dot is < 1 or > 2 || t.Length != dot + 3 || !int.TryParse(t[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out int day)
            || !int.TryParse(t[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int month) || month is < 1 or > 12 || day < 1)
        {
            return null;
        }

        int year = ResolveYear(month, day, Relation.None, weekday, k + 3);
        return day <= DateTime.DaysInMonth(year, month) ? TimexValues.Day(new DateOnly(year, month, day)) : null;
    }

    /// <summary>"New Zealand said Friday", "told reporters on Friday": a report dated by the weekday has been made.</summary>
    private bool ReportedOn(int j)
    {
        int v = Is(j - 1, "on") ? j - 2 : j - 1;
        return IsAny(v, "said", "told", "announced", "reported") || (IsAny(v, "reporters", "journalists") && Is(v - 1, "told"));
    }

    /// <summary>Whether the expression from <paramref name="j"/> to <paramref name="end"/> opens its sentence (alone or after "on"),
    /// a comma follows it, and the clause after the comma is told in the past (<see cref="TenseDetector"/> from the comma on):
    /// "On Tuesday, Vladimir Putin was inaugurated", not "On Tuesday, the league plans to hold a news conference".</summary>
    private bool OpensPastSentence(int j, int end)
    {
        var sentence = _doc.Sentences[_sentence];
        int opener = Is(j - 1, "on") ? j - 1 : j;
        if (opener < 0 || _p[opener].Token != sentence.FirstToken || end >= _p.Count || !Is(end, ","))
        {
            return false;
        }

        int clause = _p[end].Token + 1;
        return TenseDetector.Detect(_doc, sentence.FirstToken, sentence.EndToken, clause, clause) == Tense.Past;
    }

    /// <summary>Whether one of <paramref name="words"/> stands within the four pieces before <paramref name="j"/>.</summary>
    private bool AuxiliaryBefore(int j, params ReadOnlySpan<string> words)
    {
        for (int k = j - 1; k >= 0 && k >= j - AuxiliaryReach; k--)
        {
            if (IsAny(k, words))
            {
                return true;
            }
        }

        return false;
    }

    // ---------------------------------------------------------------- quarters and halves

    /// <summary>"Today is the eighth day of the operation", "It's the second day of an offensive": the day of publication.</summary>
    private bool TryOrdinalDay(int j, Prefix pre, out Match m)
    {
        m = default;
        if (!pre.The || pre.TheAt != j - 1 || !(Kind(j, WordKind.Ordinal) || Is(j, "second")) || !Is(j + 1, "day") || _p[j + 1].Hyphen
            || !IsAny(pre.TheAt - 1, "is", "'s") || !Is(j + 2, "of"))
        {
            return false;
        }

        m = new Match(j, j + 2, TimexTypes.Date, TimexValues.Day(A), null);
        return true;
    }

    private bool TryOrdinalPart(int j, Prefix pre, out Match m)
    {
        m = default;
        int ordinal;
        if (Kind(j, WordKind.Ordinal) || W(j)?.Ordinal > 0)
        {
            ordinal = W(j)!.Ordinal;
        }
        else if (Is(j, "last") || (pre.Rel == Relation.Last && pre.RelAt == j - 1))
        {
            ordinal = 99;
            if (pre.RelAt == j - 1)
            {
                j--;
            }
        }
        else
        {
            return false;
        }

        int k = j + 1;
        var unit = W(k)?.Unit ?? TimeUnit.None;
        if (unit == TimeUnit.Century && !W(k)!.Plural && ordinal is >= 1 and <= 30)
        {
            // "the 20th century" is the 1900s: TIMEX3 "19".
            m = new Match(j, k + 1, TimexTypes.Date, (ordinal - 1).ToString("D2", CultureInfo.InvariantCulture), PositionMod(pre.Position));
            return true;
        }

        if (unit is not (TimeUnit.Quarter or TimeUnit.Half) || W(k)!.Plural)
        {
            return false;
        }

        int count = unit == TimeUnit.Quarter ? 4 : 2;
        int part = ordinal == 99 ? count : ordinal;
        if (part < 1 || part > count)
        {
            return false;
        }

        k++;
        if (unit == TimeUnit.Half && Is(k, "of") && Is(k + 1, "the"))
        {
            // "the last half of the '80s": TIMEX3 has no half-decade, so the decade, marked START or END.
            int d = IsAny(k + 2, "'", "’") ? k + 3 : k + 2;
            if (d < _p.Count && IsDecadeToken(d, out int decade))
            {
                m = new Match(j, d + 1, TimexTypes.Date, TimexValues.Decade(decade), part == 1 ? "START" : "END");
                return true;
            }
        }

        var a = A;
        int year;
        int y = Is(k, "of") ? k + 1 : k;
        if (IsYearNumber(y))
        {
            year = (int)_p[y].Num;
            k = y + 1;
        }
        else if (Is(k, "of") && Is(k + 1, "this") && Is(k + 2, "year"))
        {
            year = a.Year;
            k += 3;
        }
        else if (Is(k, "of") && IsAny(k + 1, "last", "next") && Is(k + 2, "year"))
        {
            year = a.Year + (Is(k + 1, "last") ? -1 : 1);
            k += 3;
        }
        else if (pre.YearAgo)
        {
            year = (_lastQuarter > 0 ? _lastQuarterYear : a.Year) - 1;
        }
        else
        {
            year = a.Year;
            int startMonth = (part - 1) * 12 / count + 1;
            int currentPart = (a.Month - 1) * count / 12 + 1;
            if (startMonth > a.Month && (part - currentPart >= 2 || TenseOf(j, k) == Tense.Past))
            {
                year--;
            }
        }

        string value;
        if (unit == TimeUnit.Quarter)
        {
            value = TimexValues.Quarter(year, part);
            bool ended = year < a.Year || (year == a.Year && part * 3 < a.Month);
            bool notEarlier = year * 4 + part >= _lastQuarterYear * 4 + _lastQuarter;
            if (!pre.YearAgo && (_lastQuarter == 0 || (ended && notEarlier)))
            {
                // Later "the quarter", "a year ago" in results reports refer back to this one: the first quarter named,
                // or a later one that has ended. An earlier quarter ("after a flat second quarter") or one still to
                // come ("a fourth-quarter charge") is a side remark, not the period reported on.
                _lastQuarterYear = year;
                _lastQuarter = part;
            }
        }
        else
        {
            value = TimexValues.Half(year, part);
        }

        m = new Match(j, k, TimexTypes.Date, value, PositionMod(pre.Position));
        return true;
    }

    // ---------------------------------------------------------------- "this week", "last year", "the quarter"

    private bool TryUnitRelation(int j, Prefix pre, out Match m)
    {
        m = default;
        var w = W(j);
        if (w is not { Kind: WordKind.Unit })
        {
            return false;
        }

        var unit = w.Unit;
        var rel = pre.Rel;
        int k = j + 1;
        string? posMod = PositionMod(pre.Position);
        if (pre.That)
        {
            // "that year", "later that day": the time last mentioned, not the publication date.
            if (w.Plural || !FromReference(unit, 0, out var narrated))
            {
                return false;
            }

            m = new Match(j, k, TimexTypes.Date, narrated, posMod);
            return true;
        }

        if (pre.First && pre.The && rel == Relation.None && !w.Plural && unit is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year
            && !(Is(k, "of") && (W(k + 1)?.Kind is WordKind.Month || IsYearNumber(k + 1) || Is(k + 1, "the") && W(k + 2)?.Kind is WordKind.Unit)))
        {
            // "in the first week of the invasion", "the first week": the opening stretch of something told of, a length
            // whose start is that event's, not the calendar week of publication.
            m = new Match(j, k, TimexTypes.Duration, TimexValues.Duration(1, unit), pre.Mod);
            return true;
        }

        var a = A;

        if (rel == Relation.These && unit == TimeUnit.Day && w.Plural)
        {
            m = new Match(pre.RelAt, k, TimexTypes.Date, TimexValues.PresentRef, null);
            return true;
        }

        if (w.Plural || IsCapitalizedMidSentence(j))
        {
            return false;
        }

        if (unit == TimeUnit.Year && rel == Relation.None && pre.The && (ParseWordYear(k) is var (wy, we) && wy > 0 || IsYearNumber(k)))
        {
            // "the year two thousand", "the year 2000".
            int y = wy > 0 ? wy : (int)_p[k].Num;
            m = new Match(j, wy > 0 ? we : k + 1, TimexTypes.Date, TimexValues.Year(y), posMod);
            return true;
        }

        // "year-end", "year end", "year's end".
        if (unit == TimeUnit.Year && rel == Relation.None && (Is(k, "end") || (Is(k, "'s") && Is(k + 1, "end"))))
        {
            k += Is(k, "end") ? 1 : 2;
            m = new Match(j, k, TimexTypes.Date, TimexValues.Year(a.Year), "END");
            return true;
        }

        if (rel == Relation.None && !pre.The && !pre.Fiscal)
        {
            return false;
        }

        if (unit == TimeUnit.Day && rel == Relation.None && pre.The && pre.TheAt == j - 1 && Is(j - 2, ",") && _referenceSentence == _sentence
            && _referenceEnd == j - 2 && _reference is { Length: 10 } apposed && IsAny(k, "before", "after", "of", "when"))
        {
            // "Oct. 12, the day before the plunge": the day is the date it stands beside.
            m = new Match(j, k, TimexTypes.Date, apposed, null);
            return true;
        }

        if (unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year && rel == Relation.None && pre.The && pre.TheAt == j - 1
            && IsAny(k, "before", "after", "earlier") && (k + 1 >= _p.Count || Text(k + 1) is "," or "." or ";" or ":")
            && FromReference(unit, Is(k, "after") ? 1 : -1, out var beside))
        {
            // "Rockets fell on Nov. 10. The day before, sirens sounded", "down from $450 million the year before": a unit
            // from the time last told of. With an event after it ("the day before the vote") the anchor is that event,
            // which is not known here.
            m = new Match(j, k + 1, TimexTypes.Date, beside, posMod);
            return true;
        }

        int shift = rel switch
        {
            Relation.Last or Relation.Past or Relation.Previous => -1,
            Relation.Next or Relation.Coming or Relation.Following => 1,
            _ => 0,
        };
        if (rel is Relation.Recent or Relation.These or Relation.First)
        {
            return false;
        }

        if (pre.The && rel is Relation.Following or Relation.Previous or Relation.Next && unit is not (TimeUnit.Weekend))
        {
            // "the following year": relative to a narrated event, the time last mentioned, not to the publication date.
            // "the next year" is as often a span of time ahead ("over the next year"), so it stays out; "the next day" is not.
            if ((rel is not Relation.Next || unit == TimeUnit.Day) && FromReference(unit, shift, out var narrated))
            {
                m = new Match(j, k, TimexTypes.Date, narrated, posMod);
                return true;
            }

            return false;
        }

        // "For the year" is the calendar or fiscal year reported on (a DATE in five of five TimeBank cases);
        // "throughout the year" and "the year ended March 31" measure a twelve-month stretch.
        bool durationReading = rel == Relation.None && ((!pre.Fiscal && (IsAny(j - 2, "during", "throughout", "over") || IsAny(j - 1, "during", "throughout")))
            || (pre.The && IsAny(pre.TheAt - 1, "during", "throughout"))
            || (unit == TimeUnit.Year && pre.The && (IsAny(k, "ended", "ending") || (Is(k, "that") && IsAny(k + 1, "ended", "ends")))));

        // "the year ended March 31" is a twelve-month period told by its end, not a calendar year.
        string value;
        switch (unit)
        {
            case TimeUnit.Year:
                if (durationReading)
                {
                    m = new Match(j, k, TimexTypes.Duration, "P1Y", posMod);
                    return true;
                }

                value = TimexValues.Year(a.Year + shift);
                if (Is(k, "'s") && TryOrdinalPart(k + 1, new Prefix(), out var qm))
                {
                    value = value + qm.Value[4..];
                    k = qm.End;
                }
                else if (rel == Relation.Last && !pre.The && _lastQuarter > 0 && Is(k, "'s") && W(k + 1)?.Unit is TimeUnit.Quarter or TimeUnit.Period)
                {
                    // "last year's quarter": the quarter named, a year back.
                    value = YearAgoValue();
                    k += 2;
                }

                break;
            case TimeUnit.Month:
                {
                    var d = a.AddMonths(shift);
                    value = TimexValues.Month(d.Year, d.Month);
                    break;
                }

            case TimeUnit.Week:
                if (rel == Relation.None && Is(k, "of") && (TryDayMonth(k + 1, new Prefix(), out var of) || TryMonth(k + 1, new Prefix(), out of))
                    && of.Value.Length == 10 && DateOnly.TryParseExact(of.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var ofDay))
                {
                    // "the week of March 6": the week holding that day.
                    value = TimexValues.Week(ofDay);
                    k = of.End;
                    break;
                }

                value = TimexValues.Week(a.AddDays(7 * shift));
                break;
            case TimeUnit.Weekend:
                {
                    var tense = rel switch
                    {
                        Relation.Last or Relation.Past or Relation.Previous => Tense.Past,
                        Relation.Next or Relation.Coming or Relation.Following => Tense.Future,
                        _ => TenseOf(j, k),
                    };
                    int dow = TimexValues.IsoWeekday(a);
                    var day = tense == Tense.Future ? a : dow >= 6 ? a : a.AddDays(-7);
                    if (rel is Relation.Next && dow < 6)
                    {
                        day = a.AddDays(7);
                    }

                    value = TimexValues.Weekend(day);
                    break;
                }

            case TimeUnit.Quarter or TimeUnit.Period:
                if (rel == Relation.Current && unit == TimeUnit.Quarter && !pre.YearAgo)
                {
                    // "the current quarter" is the one in progress at publication.
                    value = TimexValues.Quarter(a.Year, (a.Month - 1) / 3 + 1);
                    break;
                }

                if (rel is Relation.None or Relation.Latest || pre.YearAgo || (rel is Relation.This && _lastQuarter > 0))
                {
                    // "The latest quarter" has ended; a quarter named earlier that has not (a fiscal "fourth quarter"
                    // ended in September) gives way to the last calendar quarter.
                    bool unfinished = rel == Relation.Latest && _lastQuarter > 0
                        && (_lastQuarterYear > a.Year || (_lastQuarterYear == a.Year && _lastQuarter * 3 >= a.Month));
                    if (unit == TimeUnit.Quarter && rel == Relation.None && !pre.YearAgo && IsAny(k, "ended", "ending")
                        && (TryMonth(k + 1, new Prefix(), out var endedOn) || TryDayMonth(k + 1, new Prefix(), out endedOn)) && endedOn.Value.Length == 10
                        && DateOnly.TryParseExact(endedOn.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var lastDay))
                    {
                        // "the quarter ended July 31" ran May to July: the calendar quarter holding most of it. It is not
                        // remembered as the last quarter named: results stories go on to use their fiscal labels.
                        var middle = lastDay.AddDays(-45);
                        value = TimexValues.Quarter(middle.Year, (middle.Month - 1) / 3 + 1);
                    }
                    else if (_lastQuarter == 0 || unfinished)
                    {
                        if (unit == TimeUnit.Period && rel != Relation.Latest)
                        {
                            return false;
                        }

                        int q = (a.Month - 1) / 3;
                        value = q == 0 ? TimexValues.Quarter(a.Year - 1, 4) : TimexValues.Quarter(a.Year, q);
                    }
                    else
                    {
                        value = TimexValues.Quarter(_lastQuarterYear, _lastQuarter);
                    }

                    if (pre.YearAgo)
                    {
                        value = TimexValues.Quarter(int.Parse(value.AsSpan(0, 4), CultureInfo.InvariantCulture) - 1, value[6] - '0');
                    }

                    if (Is(k, "a") && Is(k + 1, "year") && IsAny(k + 2, "ago", "earlier"))
                    {
                        value = TimexValues.Quarter(int.Parse(value.AsSpan(0, 4), CultureInfo.InvariantCulture) - 1, value[6] - '0');
                        k += 3;
                    }
                    else if (Is(k, "last") && Is(k + 1, "year"))
                    {
                        value = TimexValues.Quarter(int.Parse(value.AsSpan(0, 4), CultureInfo.InvariantCulture) - 1, value[6] - '0');
                        k += 2;
                    }

                    break;
                }

                if (unit == TimeUnit.Period)
                {
                    return false;
                }

                value = ShiftValue(shift, TimeUnit.Quarter, false);
                break;
            case TimeUnit.Decade:
                if (rel == Relation.Past)
                {
                    m = new Match(j, k, TimexTypes.Duration, "P10Y", posMod);
                    return true;
                }

                value = TimexValues.Decade(a.Year + 10 * shift);
                break;
            case TimeUnit.Century:
                if (rel is Relation.This or Relation.Past or Relation.None)
                {
                    m = new Match(j, k, TimexTypes.Duration, "P100Y", posMod);
                    return true;
                }

                value = TimexValues.Century(a.Year + 100 * shift);
                break;
            case TimeUnit.Day:
                if (rel is Relation.This or Relation.None)
                {
                    return false;
                }

                value = TimexValues.Day(a.AddDays(shift));
                break;
            default:
                return false;
        }

        m = new Match(j, k, TimexTypes.Date, value, posMod);
        return true;
    }

    // ---------------------------------------------------------------- today, yesterday, parts of day

    private bool TryDayRef(int j, Prefix pre, out Match m)
    {
        m = default;
        if (!Kind(j, WordKind.DayRef))
        {
            return false;
        }

        if (j > 0 && _p[j].Cap && _p[j - 1].Cap && _p[j - 1].Word is null && char.IsLetter(Text(j - 1)[0]))
        {
            // "USA Today", "VOA Today": the end of a name.
            return false;
        }

        int offset = W(j)!.Value;
        int k = j + 1;
        if ((Is(k, "'s") || Is(k, "’s")) && (IsGenericNowNoun(k + 1) || IsGenericNowNoun(k + 2)))
        {
            // "today's youth", "in today's world": nowadays, not the day of publication; the annotators leave
            // these out, and the day would attach a generic remark to a date.
            return false;
        }

        var a = A;
        if (offset == 100)
        {
            m = new Match(j, k, TimexTypes.Date, TimexValues.Day(a), PositionMod(pre.Position));
            return true;
        }

        var date = a.AddDays(offset);
        if (Kind(k, WordKind.PartOfDay) && W(k)!.Value <= 4)
        {
            m = new Match(j, k + 1, TimexTypes.Time, TimexValues.Day(date) + "T" + TimeLexicon.PartOfDayCodes[W(k)!.Value], PositionMod(pre.Position));
            return true;
        }

        m = new Match(j, k, TimexTypes.Date, TimexValues.Day(date), PositionMod(pre.Position));
        return true;
    }

    /// <summary>Nouns that make "today's ..." generic: people, a society or an era rather than a day's events.</summary>
    private static readonly FrozenSet<string> GenericNowNouns = FrozenSet.ToFrozenSet(
        ["world", "society", "youth", "young", "generation", "generations", "children", "kids", "teenagers", "students", "parents",
         "families", "women", "men", "people", "culture", "era", "age", "standards", "terms", "dollars"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GenericNowNounLookup = GenericNowNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private bool IsGenericNowNoun(int k) => k < _p.Count && GenericNowNounLookup.Contains(Text(k));

    private bool TryPartOfDay(int j, Prefix pre, out Match m)
    {
        m = default;
        if (!Kind(j, WordKind.PartOfDay) || W(j)!.Plural)
        {
            return false;
        }

        int code = W(j)!.Value;
        var a = A;
        int k = j + 1;
        if (code == TimeLexicon.Overnight)
        {
            // "Shares fell Friday, hit by overnight losses in New York": the night before the day just told of, when
            // that day is the news of the week; a day of the back story ("the Aug. 7 bombings") is not what "overnight" follows.
            var night = FromReference(TimeUnit.Day, -1, out var before) && _referenceSentence >= _sentence - ClockReach
                && DateOnly.ParseExact(before, "yyyy-MM-dd", CultureInfo.InvariantCulture) is var eve && eve < a && a.DayNumber - eve.DayNumber <= 7
                ? before : TimexValues.Day(a);
            m = new Match(j, k, TimexTypes.Time, night + "TNI", null);
            return true;
        }

        if (code > 4)
        {
            return false;
        }

        DateOnly date;
        int narrativeShift = pre.That ? 0 : pre.The && pre.TheAt == pre.RelAt - 1 && pre.RelAt == j - 1
            ? pre.Rel switch { Relation.Next or Relation.Following => 1, Relation.Previous => -1, _ => int.MinValue }
            : int.MinValue;
        if (narrativeShift != int.MinValue)
        {
            // "That night", "the next morning": a part of the day last told of (or of the day after it).
            if (!FromReference(TimeUnit.Day, narrativeShift, out var told))
            {
                return false;
            }

            m = new Match(j, k, TimexTypes.Time, told + "T" + TimeLexicon.PartOfDayCodes[code], PositionMod(pre.Position));
            return true;
        }

        if (TryDayRef(k, new Prefix(), out var dr) || TryWeekday(k, new Prefix(), out dr))
        {
            date = DateOnly.ParseExact(dr.Value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            k = dr.End;
        }
        else if (pre.The && pre.Rel == Relation.None && Is(j - 1, "the") && !IsAny(j + 1, "of", "before", "after")
            && FromReference(TimeUnit.Day, 0, out var narrated) && _referenceSentence >= _sentence - ClockReach)
        {
            // "Stocks fell Friday. Dealers sold in the morning": the morning of the day just told of, as for clock times.
            date = DateOnly.ParseExact(narrated, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        else if (pre.Rel == Relation.This || (pre.The && pre.Rel == Relation.None && Is(j - 1, "the") && !IsAny(j + 1, "of", "before", "after")))
        {
            date = a;
        }
        else if (pre.Rel == Relation.Last && code == 4)
        {
            date = a.AddDays(-1);
        }
        else if (pre.Position == 3 && (_p[j].Hyphen || Is(j - 1, "mid")))
        {
            date = a;
        }
        else
        {
            return false;
        }

        m = new Match(j, k, TimexTypes.Time, TimexValues.Day(date) + "T" + TimeLexicon.PartOfDayCodes[code], PositionMod(pre.Position));
        return true;
    }

    // ---------------------------------------------------------------- seasons and holidays

    private bool TrySeason(int j, Prefix pre, out Match m)
    {
        m = default;
        if (!Kind(j, WordKind.Season))
        {
            return false;
        }

        int season = W(j)!.Value;
        int k = j + 1;
        var a = A;
        int year;
        int y = Is(k, "of") ? k + 1 : k;
        if (IsYearNumber(y))
        {
            year = (int)_p[y].Num;
            k = y + 1;
        }
        else if (ParseWordYear(y) is var (wordYear, wordEnd) && wordYear > 0)
        {
            year = wordYear;
            k = wordEnd;
        }
        else if (pre.Rel == Relation.None && Kind(k, WordKind.Relation) && Is(k + 1, "year") && !_p[k + 1].Hyphen
            && (Relation)W(k)!.Value is Relation.Last or Relation.Previous or Relation.This or Relation.Next)
        {
            // "in late summer last year": the season of the year named after it, not the year alone.
            year = (Relation)W(k)!.Value switch { Relation.Last or Relation.Previous => a.Year - 1, Relation.Next => a.Year + 1, _ => a.Year };
            k += 2;
        }
        else if (pre.Rel != Relation.None || pre.The)
        {
            int current = a.Month switch { 3 or 4 or 5 => 1, 6 or 7 or 8 => 2, 9 or 10 or 11 => 3, _ => 4 };

            // January and February belong to the winter that began the year before, so "last fall" in
            // February is the fall of the year before.
            year = a.Month <= 2 && pre.Rel is Relation.Last or Relation.Past or Relation.Previous or Relation.Next or Relation.Coming ? a.Year - 1 : a.Year;
            if (pre.Rel is Relation.Last or Relation.Past or Relation.Previous && season >= current)
            {
                year--;
            }
            else if (pre.Rel is Relation.Next or Relation.Coming && season <= current)
            {
                year++;
            }
        }
        else
        {
            return false;
        }

        m = new Match(j, k, TimexTypes.Date, TimexValues.Season(year, season), PositionMod(pre.Position));
        return true;
    }

    private bool TryHoliday(int j, Prefix pre, out Match m)
    {
        m = default;
        int month, day;
        int k;
        if (Kind(j, WordKind.Holiday) && _p[j].Cap && W(j)!.Value is TimeLexicon.ElectionDay or TimeLexicon.Easter)
        {
            if (!TryMovableFeast(j, out month, out day, out k))
            {
                return false;
            }
        }
        else if (Kind(j, WordKind.Holiday) && _p[j].Cap)
        {
            int code = W(j)!.Value;
            month = code / 100;
            day = code % 100;
            k = j + 1;
            if (IsAny(k, "day", "eve"))
            {
                if (Is(k, "eve"))
                {
                    day--;
                }

                k++;
            }
        }
        else if (Is(j, "New") && Is(j + 1, "Year") && Is(j + 2, "'s") && IsAny(j + 3, "Day", "Eve"))
        {
            month = Is(j + 3, "Eve") ? 12 : 1;
            day = month == 12 ? 31 : 1;
            k = j + 4;
        }
        else
        {
            return false;
        }

        int year;
        if (IsYearNumber(k))
        {
            year = (int)_p[k].Num;
            k++;
        }
        else
        {
            // A feast that moves is placed by its date in the publication year.
            var thisYear = FeastDate(A.Year, month, day);
            year = ResolveYear(thisYear.Month, thisYear.Day, pre.Rel, j, k);
        }

        var date = FeastDate(year, month, day);
        if (day == EasterDay && Is(k - 1, "Monday"))
        {
            date = date.AddDays(1);
        }

        if (day == EasterDay && Is(k, "week") && !_p[k].Hyphen)
        {
            // "Easter week": the week that ends on Easter Sunday.
            m = new Match(j, k + 1, TimexTypes.Date, TimexValues.Week(date), null);
            return true;
        }

        m = new Match(j, k, TimexTypes.Date, TimexValues.Day(date), null);
        return true;
    }

    private const int ElectionDay = -1;
    private const int EasterDay = -2;

    /// <summary>"Election Day" (U.S., the Tuesday after the first Monday of November); "Easter", "Easter Sunday", "Easter week", not "Easter Island".</summary>
    private bool TryMovableFeast(int j, out int month, out int day, out int k)
    {
        month = 0;
        day = 0;
        k = j + 1;
        if (W(j)!.Value == TimeLexicon.ElectionDay)
        {
            if (!Is(k, "Day") || !_p[k].Cap)
            {
                return false;
            }

            month = 11;
            day = ElectionDay;
            k++;
            return true;
        }

        if (k < _p.Count && _p[k].Cap && !IsAny(k, "Sunday", "Monday"))
        {
            return false;
        }

        month = 4;
        day = EasterDay;
        if (IsAny(k, "Sunday", "Monday"))
        {
            k++;
        }

        return true;
    }

    /// <summary>The date of a holiday in a year: fixed (month and day) or a feast that moves (day 0, <see cref="ElectionDay"/>, <see cref="EasterDay"/>).</summary>
    private static DateOnly FeastDate(int year, int month, int day)
    {
        var first = new DateOnly(year, 11, 1);
        return day switch
        {
            // Thanksgiving: the fourth Thursday of November.
            0 => first.AddDays(((4 - TimexValues.IsoWeekday(first) + 7) % 7) + 21),
            ElectionDay => first.AddDays(1 + ((1 - TimexValues.IsoWeekday(first) + 7) % 7)),
            EasterDay => EasterSunday(year),
            _ => new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))),
        };
    }

    /// <summary>Easter Sunday of a Gregorian year (the Meeus/Jones/Butcher computus).</summary>
    internal static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    // ---------------------------------------------------------------- sets and fuzzy references

    private bool TrySet(int j, Prefix pre, out Match m)
    {
        m = default;
        var w = W(j);
        if (w is null)
        {
            return false;
        }

        if (w.Kind == WordKind.SetAdverb && (!_p[j].Cap || j == 0 || Is(j - 1, "\"")))
        {
            string value = w.Value == 100 ? "XXXX-XX-XXTNI" : TimexValues.Duration(1, (TimeUnit)w.Value);
            m = new Match(j, j + 1, TimexTypes.Set, value, null);
            return true;
        }

        if (w.Kind != WordKind.Every || w.Value == 1)
        {
            return false;
        }

        int k = j + 1;
        int every = 1;
        if (Is(k, "other"))
        {
            every = 2;
            k++;
        }

        int q = ParseQuantity(k, out double amount, out _);
        if (q > 0 && W(q)?.Kind == WordKind.Unit && !double.IsNaN(amount))
        {
            every = (int)amount;
            k = q;
        }

        var next = W(k);
        if (next is null)
        {
            return false;
        }

        string set;
        switch (next.Kind)
        {
            case WordKind.Unit when next.Unit is not (TimeUnit.Half or TimeUnit.Period):
                set = next.Unit == TimeUnit.Weekend ? "XXXX-WXX-WE" : TimexValues.Duration(every, next.Unit);
                break;
            case WordKind.Weekday when _p[k].Cap:
                set = "XXXX-WXX-" + TimexValues.Number(next.Value);
                break;
            case WordKind.Month when IsMonthAt(k, j):
                set = "XXXX-" + next.Value.ToString("D2", CultureInfo.InvariantCulture);
                break;
            case WordKind.PartOfDay when next.Value <= 4:
                set = "XXXX-XX-XXT" + TimeLexicon.PartOfDayCodes[next.Value];
                break;
            case WordKind.Season:
                set = "XXXX-" + TimeLexicon.SeasonCodes[next.Value];
                break;
            default:
                return false;
        }

        m = new Match(j, k + 1, TimexTypes.Set, set, null);
        return true;
    }

    private bool TryFuzzy(int j, Prefix pre, out Match m)
    {
        m = default;
        if (Kind(j, WordKind.Fuzzy))
        {
            int v = W(j)!.Value;
            if (v == 3)
            {
                // "future" alone is mostly an adjective ("future talks"); "the (near) future" and "in future" are references.
                bool near = Is(j - 1, "near");
                if (!(pre.The && pre.TheAt == j - 1) && !(near && Is(j - 2, "the")) && !Is(j - 1, "in"))
                {
                    return false;
                }

                if (Is(j + 1, "of"))
                {
                    // "the future of our peoples": their fate, not a time.
                    return false;
                }

                int start = near ? j - 2 : pre.The ? pre.TheAt : j;
                m = new Match(start, j + 1, TimexTypes.Date, TimexValues.FutureRef, null);
                return true;
            }

            if (v == 1 && IsAny(j, "now", "currently") && Is(j + 1, ",") && (j == 0 || (j == 1 && IsAny(0, "\"", "``", "“"))))
            {
                // "Now, he says, ...", "Currently, ..." opening a sentence set the scene for it, and the annotators leave
                // them out: in TBAQ unmarked 5 times, marked never.
                return false;
            }

            m = new Match(j, j + 1, TimexTypes.Date, v == 1 ? TimexValues.PresentRef : TimexValues.PastRef, null);
            return true;
        }

        if (Is(j, "a") && IsAny(j + 1, "later", "future") && Is(j + 2, "date"))
        {
            // "at a later date", "at a future date".
            m = new Match(j, j + 3, TimexTypes.Date, TimexValues.FutureRef, null);
            return true;
        }

        if (Is(j, "a") && Is(j + 1, "while") && Is(j - 1, "for"))
        {
            // "for a while": a stretch of unknown length and unit.
            m = new Match(j, j + 2, TimexTypes.Duration, "PXX", null);
            return true;
        }

        if (pre.The && pre.TheAt == j - 1 && IsAny(j, "near", "short") && Is(j + 1, "term"))
        {
            m = new Match(pre.TheAt, j + 2, TimexTypes.Date, TimexValues.FutureRef, null);
            return true;
        }

        if (pre.The && pre.TheAt == j - 1 && Is(j, "near") && Is(j + 1, "future"))
        {
            m = new Match(pre.TheAt, j + 2, TimexTypes.Date, TimexValues.FutureRef, null);
            return true;
        }

        return false;
    }
}

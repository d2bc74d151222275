using System.Collections.Frozen;

namespace Sitrep.Time;

internal enum WordKind : byte
{
    None,
    Month,
    Weekday,
    WeekdayPlural,
    Unit,
    PartOfDay,
    Season,
    DayRef,
    Fuzzy,
    Relation,
    Position,
    Approx,
    SetAdverb,
    Every,
    Article,
    Fiscal,
    Ago,
    Meridiem,
    Zone,
    Holiday,
    Number,
    Few,
    Ordinal,
    Filler,
}

internal enum TimeUnit : byte
{
    None,
    Year,
    Quarter,
    Half,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Second,
    Decade,
    Century,
    Weekend,
    Fortnight,
    Period,
}

internal enum Relation : byte
{
    None,
    This,
    Last,
    Next,
    Past,
    Coming,
    Previous,
    Following,
    Latest,
    Recent,
    First,
    Current,
    These,
}

/// <summary>One word's meaning to the recognizer; words with two readings ("second") carry both.</summary>
internal sealed record TimeWord(WordKind Kind, int Value = 0, bool Plural = false, int Number = -1, int Ordinal = -1)
{
    public TimeUnit Unit => Kind == WordKind.Unit ? (TimeUnit)Value : TimeUnit.None;
}

/// <summary>Frozen, case-insensitive lexicons; looked up with spans, never allocating.</summary>
internal static class TimeLexicon
{
    /// <summary>Part-of-day codes indexed by the PartOfDay word value.</summary>
    public static readonly string[] PartOfDayCodes = ["", "MO", "AF", "EV", "NI", "MI", "DT"];

    public static readonly string[] SeasonCodes = ["", "SP", "SU", "FA", "WI"];

    public const int Noon = 10;
    public const int Midnight = 11;
    public const int Overnight = 12;

    /// <summary>Holiday codes of feasts that move: "Election Day" and Easter.</summary>
    public const int ElectionDay = 1;

    public const int Easter = 2;

    public static readonly FrozenDictionary<string, TimeWord> Words = Build();

    public static readonly FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, TimeWord> Build()
    {
        var d = new Dictionary<string, TimeWord>(StringComparer.OrdinalIgnoreCase);
        string[][] months =
        [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
            ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
        ];
        for (int m = 0; m < months.Length; m++)
        {
            foreach (var w in months[m])
            {
                d[w] = new TimeWord(WordKind.Month, m + 1);
            }
        }

        string[][] days =
        [
            ["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed"], ["thursday", "thu", "thur", "thurs"],
            ["friday", "fri"], ["saturday", "sat"], ["sunday", "sun"],
        ];
        for (int k = 0; k < days.Length; k++)
        {
            foreach (var w in days[k])
            {
                d[w] = new TimeWord(WordKind.Weekday, k + 1);
            }

            d[days[k][0] + "s"] = new TimeWord(WordKind.WeekdayPlural, k + 1);
        }

        (string, TimeUnit)[] units =
        [
            ("year", TimeUnit.Year), ("yr", TimeUnit.Year), ("quarter", TimeUnit.Quarter), ("half", TimeUnit.Half),
            ("month", TimeUnit.Month), ("week", TimeUnit.Week), ("day", TimeUnit.Day), ("hour", TimeUnit.Hour),
            ("minute", TimeUnit.Minute), ("min", TimeUnit.Minute), ("second", TimeUnit.Second), ("decade", TimeUnit.Decade),
            ("century", TimeUnit.Century), ("weekend", TimeUnit.Weekend), ("fortnight", TimeUnit.Fortnight), ("period", TimeUnit.Period),
        ];
        foreach (var (w, u) in units)
        {
            d[w] = new TimeWord(WordKind.Unit, (int)u);
            d[w == "century" ? "centuries" : w + "s"] = new TimeWord(WordKind.Unit, (int)u, Plural: true);
        }

        d["hrs"] = new TimeWord(WordKind.Unit, (int)TimeUnit.Hour, Plural: true);
        d["mins"] = new TimeWord(WordKind.Unit, (int)TimeUnit.Minute, Plural: true);
        d["halves"] = new TimeWord(WordKind.Unit, (int)TimeUnit.Half, Plural: true);
        d["second"] = new TimeWord(WordKind.Unit, (int)TimeUnit.Second, Ordinal: 2);

        string[] numbers =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ];
        for (int n = 0; n < numbers.Length; n++)
        {
            d[numbers[n]] = new TimeWord(WordKind.Number, Number: n);
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (int n = 0; n < tens.Length; n++)
        {
            d[tens[n]] = new TimeWord(WordKind.Number, Number: (n + 2) * 10);
        }

        d["hundred"] = new TimeWord(WordKind.Number, Number: 100);
        d["thousand"] = new TimeWord(WordKind.Number, Number: 1000);
        d["dozen"] = new TimeWord(WordKind.Number, Number: 12);

        string[] ordinals =
        [
            "", "first", "", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
        ];
        for (int n = 1; n < ordinals.Length; n++)
        {
            if (ordinals[n].Length > 0)
            {
                d[ordinals[n]] = new TimeWord(WordKind.Ordinal, Ordinal: n);
            }
        }

        d["thirtieth"] = new TimeWord(WordKind.Ordinal, Ordinal: 30);
        for (int n = 1; n <= 31; n++)
        {
            string suffix = (n % 10, n % 100) switch
            {
                (_, 11 or 12 or 13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            d[$"{n}{suffix}"] = new TimeWord(WordKind.Ordinal, Ordinal: n);
        }

        d["final"] = new TimeWord(WordKind.Ordinal, Ordinal: 99);

        (string, int)[] parts = [("morning", 1), ("afternoon", 2), ("evening", 3), ("night", 4), ("nights", 4), ("mornings", 1), ("evenings", 3), ("afternoons", 2)];
        foreach (var (w, v) in parts)
        {
            d[w] = new TimeWord(WordKind.PartOfDay, v, Plural: w.EndsWith('s'));
        }

        d["noon"] = new TimeWord(WordKind.PartOfDay, Noon);
        d["midday"] = new TimeWord(WordKind.PartOfDay, Noon);
        d["midnight"] = new TimeWord(WordKind.PartOfDay, Midnight);
        d["overnight"] = new TimeWord(WordKind.PartOfDay, Overnight);

        (string, int)[] seasons = [("spring", 1), ("summer", 2), ("fall", 3), ("autumn", 3), ("winter", 4)];
        foreach (var (w, v) in seasons)
        {
            d[w] = new TimeWord(WordKind.Season, v);
        }

        d["today"] = new TimeWord(WordKind.DayRef, 0);
        d["yesterday"] = new TimeWord(WordKind.DayRef, -1);
        d["tomorrow"] = new TimeWord(WordKind.DayRef, 1);
        d["tonight"] = new TimeWord(WordKind.DayRef, 100);

        // Fuzzy values: 1 PRESENT_REF, 2 PAST_REF, 3 FUTURE_REF.
        d["now"] = new TimeWord(WordKind.Fuzzy, 1);
        d["currently"] = new TimeWord(WordKind.Fuzzy, 1);
        d["nowadays"] = new TimeWord(WordKind.Fuzzy, 1);
        d["presently"] = new TimeWord(WordKind.Fuzzy, 1);
        d["recently"] = new TimeWord(WordKind.Fuzzy, 2);
        d["lately"] = new TimeWord(WordKind.Fuzzy, 2);
        d["future"] = new TimeWord(WordKind.Fuzzy, 3);

        (string, Relation)[] relations =
        [
            ("this", Relation.This), ("last", Relation.Last), ("next", Relation.Next), ("past", Relation.Past),
            ("coming", Relation.Coming), ("previous", Relation.Previous), ("following", Relation.Following),
            ("latest", Relation.Latest), ("recent", Relation.Recent), ("current", Relation.Current), ("these", Relation.These),
            ("upcoming", Relation.Coming), ("prior", Relation.Previous), ("preceding", Relation.Previous),
        ];
        foreach (var (w, r) in relations)
        {
            d[w] = new TimeWord(WordKind.Relation, (int)r);
        }

        // Position values: 1 START, 2 END, 3 MID.
        d["early"] = new TimeWord(WordKind.Position, 1);
        d["earlier"] = new TimeWord(WordKind.Position, 1);
        d["late"] = new TimeWord(WordKind.Position, 2);
        d["later"] = new TimeWord(WordKind.Position, 2);
        d["mid"] = new TimeWord(WordKind.Position, 3);

        // Approx values index ApproxMods.
        d["about"] = new TimeWord(WordKind.Approx, 1);
        d["around"] = new TimeWord(WordKind.Approx, 1);
        d["approximately"] = new TimeWord(WordKind.Approx, 1);
        d["roughly"] = new TimeWord(WordKind.Approx, 1);
        d["some"] = new TimeWord(WordKind.Approx, 1);
        d["nearly"] = new TimeWord(WordKind.Approx, 2);
        d["almost"] = new TimeWord(WordKind.Approx, 2);
        d["over"] = new TimeWord(WordKind.Approx, 3);
        d["within"] = new TimeWord(WordKind.Approx, 5);

        d["daily"] = new TimeWord(WordKind.SetAdverb, (int)TimeUnit.Day);
        d["weekly"] = new TimeWord(WordKind.SetAdverb, (int)TimeUnit.Week);
        d["monthly"] = new TimeWord(WordKind.SetAdverb, (int)TimeUnit.Month);
        d["yearly"] = new TimeWord(WordKind.SetAdverb, (int)TimeUnit.Year);
        d["annually"] = new TimeWord(WordKind.SetAdverb, (int)TimeUnit.Year);
        d["hourly"] = new TimeWord(WordKind.SetAdverb, (int)TimeUnit.Hour);
        d["nightly"] = new TimeWord(WordKind.SetAdverb, 100);

        d["every"] = new TimeWord(WordKind.Every);
        d["each"] = new TimeWord(WordKind.Every);
        d["per"] = new TimeWord(WordKind.Every, 1);

        d["the"] = new TimeWord(WordKind.Article);
        d["a"] = new TimeWord(WordKind.Article, 1, Number: 1);
        d["an"] = new TimeWord(WordKind.Article, 1, Number: 1);
        d["fiscal"] = new TimeWord(WordKind.Fiscal);
        d["ago"] = new TimeWord(WordKind.Ago);

        foreach (var w in new[] { "a.m.", "a.m", "am", "p.m.", "p.m", "pm" })
        {
            d[w] = new TimeWord(WordKind.Meridiem, w[0] == 'p' ? 12 : 0);
        }

        foreach (var w in new[] { "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "et", "msk", "eet" })
        {
            d[w] = new TimeWord(WordKind.Zone);
        }

        d["christmas"] = new TimeWord(WordKind.Holiday, 1225);
        d["thanksgiving"] = new TimeWord(WordKind.Holiday, 1100);
        d["halloween"] = new TimeWord(WordKind.Holiday, 1031);
        d["election"] = new TimeWord(WordKind.Holiday, ElectionDay);
        d["easter"] = new TimeWord(WordKind.Holiday, Easter);

        d["few"] = new TimeWord(WordKind.Few);
        d["several"] = new TimeWord(WordKind.Few);
        d["many"] = new TimeWord(WordKind.Few);
        d["couple"] = new TimeWord(WordKind.Few, 2);

        foreach (var w in new[] { "more", "additional", "further", "straight", "consecutive", "full", "trading", "business", "calendar", "long", "extra", "whole", "entire", "other" })
        {
            d[w] = new TimeWord(WordKind.Filler);
        }

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}

using System.Globalization;

namespace Sitrep.Time;

/// <summary>TIMEX3 value strings and the calendar arithmetic behind them.</summary>
internal static class TimexValues
{
    public const string PresentRef = "PRESENT_REF";
    public const string PastRef = "PAST_REF";
    public const string FutureRef = "FUTURE_REF";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Year(int y) => y.ToString("D4", Inv);

    public static string Month(int y, int m) => string.Create(Inv, $"{y:D4}-{m:D2}");

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);

    public static string Quarter(int y, int q) => string.Create(Inv, $"{y:D4}-Q{q}");

    public static string Half(int y, int h) => string.Create(Inv, $"{y:D4}-H{h}");

    public static string Season(int y, int s) => string.Create(Inv, $"{y:D4}-{TimeLexicon.SeasonCodes[s]}");

    public static string Decade(int y) => (y / 10).ToString("D3", Inv);

    public static string Century(int y) => (y / 100).ToString("D2", Inv);

    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return string.Create(Inv, $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}");
    }

    public static string Weekend(DateOnly d) => Week(d) + "-WE";

    public static string Clock(string date, int hour, int minute)
        => string.Create(Inv, $"{date}T{hour:D2}:{minute:D2}");

    public static string Number(int n) => n.ToString(Inv);

    /// <summary>ISO 8601 duration for <paramref name="amount"/> units; NaN gives an unspecified amount (PXY).</summary>
    public static string Duration(double amount, TimeUnit unit)
    {
        if (double.IsNaN(amount))
        {
            return unit switch
            {
                TimeUnit.Year => "PXY",
                TimeUnit.Quarter => "PXQ",
                TimeUnit.Month => "PXM",
                TimeUnit.Week or TimeUnit.Fortnight => "PXW",
                TimeUnit.Day or TimeUnit.Weekend => "PXD",
                TimeUnit.Hour => "PTXH",
                TimeUnit.Minute => "PTXM",
                TimeUnit.Second => "PTXS",
                TimeUnit.Decade => "PXDE",
                TimeUnit.Century => "PXCE",
                _ => "PXX",
            };
        }

        switch (unit)
        {
            case TimeUnit.Decade:
                return Duration(amount * 10, TimeUnit.Year);
            case TimeUnit.Century:
                return Duration(amount * 100, TimeUnit.Year);
            case TimeUnit.Fortnight:
                return Duration(amount * 2, TimeUnit.Week);
            case TimeUnit.Weekend:
                return Duration(amount * 2, TimeUnit.Day);
            case TimeUnit.Half:
                return Duration(amount * 6, TimeUnit.Month);
            default:
                break;
        }

        int whole = (int)Math.Floor(amount);
        double frac = amount - whole;
        var (letter, time, smaller, factor) = unit switch
        {
            TimeUnit.Year => ("Y", false, "M", 12),
            TimeUnit.Quarter => ("Q", false, "M", 3),
            TimeUnit.Month => ("M", false, "D", 30),
            TimeUnit.Week => ("W", false, "D", 7),
            TimeUnit.Day => ("D", false, "H", 24),
            TimeUnit.Hour => ("H", true, "M", 60),
            TimeUnit.Minute => ("M", true, "S", 60),
            _ => ("S", true, "", 0),
        };
        string prefix = time ? "PT" : "P";
        if (frac < 1e-9 || factor == 0)
        {
            return prefix + whole.ToString(Inv) + letter;
        }

        int part = (int)Math.Round(frac * factor);
        string head = whole > 0 ? whole.ToString(Inv) + letter : "";
        if (unit == TimeUnit.Day)
        {
            return "P" + head + "T" + part.ToString(Inv) + "H";
        }

        return prefix + head + part.ToString(Inv) + smaller;
    }

    /// <summary>The date of the given weekday (1 = Monday) nearest to <paramref name="anchor"/> in the given direction; 0 allows the anchor itself.</summary>
    public static DateOnly WeekdayNear(DateOnly anchor, int weekday, int direction, bool allowSame)
    {
        int current = ((int)anchor.DayOfWeek + 6) % 7 + 1;
        if (direction < 0)
        {
            int back = (current - weekday + 7) % 7;
            if (back == 0 && !allowSame)
            {
                back = 7;
            }

            return anchor.AddDays(-back);
        }

        int ahead = (weekday - current + 7) % 7;
        if (ahead == 0 && !allowSame)
        {
            ahead = 7;
        }

        return anchor.AddDays(ahead);
    }

    public static int IsoWeekday(DateOnly d) => ((int)d.DayOfWeek + 6) % 7 + 1;
}

using System.Globalization;

namespace Sitrep.Events;

/// <summary>Precision and first day of TIMEX3 date values, as events use them.</summary>
public static class EventDates
{
    public const string Day = "day";
    public const string Week = "week";
    public const string Month = "month";
    public const string Quarter = "quarter";
    public const string Season = "season";
    public const string Year = "year";

    /// <summary>The precision of a TIMEX3 date value, or null when it is not a calendar date (durations, PAST_REF, XXXX-...).</summary>
    public static string? Precision(string value)
    {
        var v = value.AsSpan();
        if (v.Length < 4 || !IsDigits(v[..4]))
        {
            return null;
        }

        if (v.Length == 4)
        {
            return Year;
        }

        if (v[4] != '-' || v.Length < 7)
        {
            return null;
        }

        var rest = v[5..];
        if (rest[0] == 'W')
        {
            return Week;
        }

        if (rest[0] == 'Q' || rest[0] == 'H')
        {
            return Quarter;
        }

        if (rest is "SP" or "SU" or "FA" or "WI")
        {
            return Season;
        }

        if (rest.Length >= 2 && IsDigits(rest[..2]))
        {
            return rest.Length >= 5 && rest[2] == '-' && IsDigits(rest.Slice(3, 2)) ? Day : Month;
        }

        return null;
    }

    /// <summary>The first calendar day a date value covers (2024-W46-WE → the Saturday of week 46), or null.</summary>
    public static DateOnly? Start(string value)
    {
        var precision = Precision(value);
        if (precision is null)
        {
            return null;
        }

        int year = int.Parse(value.AsSpan(0, 4), CultureInfo.InvariantCulture);
        if (year < 1 || year > 9998)
        {
            return null;
        }

        switch (precision)
        {
            case Year:
                return new DateOnly(year, 1, 1);
            case Week:
                {
                    if (value.Length < 8 || !int.TryParse(value.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int week) || week < 1 || week > 53)
                    {
                        return null;
                    }

                    var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Math.Min(week, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday));
                    return value.EndsWith("-WE", StringComparison.Ordinal) ? monday.AddDays(5) : monday;
                }

            case Quarter:
                {
                    int q = value.Length > 6 && char.IsAsciiDigit(value[6]) ? value[6] - '0' : 1;
                    int months = value[5] == 'H' ? 6 : 3;
                    int month = 1 + (Math.Clamp(q, 1, 4) - 1) * months;
                    return new DateOnly(year, Math.Min(month, 12), 1);
                }

            case Season:
                return new DateOnly(year, value[5..7] switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 }, 1);
            default:
                {
                    int month = int.Parse(value.AsSpan(5, 2), CultureInfo.InvariantCulture);
                    if (month is < 1 or > 12)
                    {
                        return null;
                    }

                    if (precision == Month)
                    {
                        return new DateOnly(year, month, 1);
                    }

                    int day = int.Parse(value.AsSpan(8, 2), CultureInfo.InvariantCulture);
                    return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
                }
        }
    }

    /// <summary>Whether <paramref name="predicted"/> falls in the date <paramref name="gold"/> names, at the gold value's precision.</summary>
    public static bool AgreeAtGoldPrecision(string gold, string predicted)
    {
        var goldPrecision = Precision(gold);
        var start = Start(predicted);
        if (goldPrecision is null || start is not { } p)
        {
            return string.Equals(gold, predicted, StringComparison.Ordinal);
        }

        var g = Start(gold)!.Value;
        switch (goldPrecision)
        {
            case Year:
                return p.Year == g.Year;
            case Month:
                return p.Year == g.Year && p.Month == g.Month;
            case Week:
                {
                    // A weekend value covers Saturday and Sunday; a plain week value its seven days.
                    var end = gold.EndsWith("-WE", StringComparison.Ordinal) ? g.AddDays(1) : g.AddDays(6);
                    var samePrecision = Precision(predicted) == Week;
                    return samePrecision
                        ? ISOWeek.GetWeekOfYear(p.ToDateTime(TimeOnly.MinValue)) == ISOWeek.GetWeekOfYear(g.ToDateTime(TimeOnly.MinValue)) && ISOWeek.GetYear(p.ToDateTime(TimeOnly.MinValue)) == ISOWeek.GetYear(g.ToDateTime(TimeOnly.MinValue))
                        : p >= g && p <= end;
                }

            case Quarter or Season:
                return p >= g && p < g.AddMonths(3);
            default:
                return p == g && Precision(predicted) == Day;
        }
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}

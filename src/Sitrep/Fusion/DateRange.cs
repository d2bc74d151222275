using System.Globalization;

namespace Sitrep.Fusion;

/// <summary>
/// The days a TIMEX3 date value covers at its precision: "2024-11-17" one day, "2024-11" a month,
/// "2024-W46" a week, "2024" a year. Time-of-day suffixes ("2024-11-17TEV") keep the day.
/// </summary>
public readonly record struct DateRange(DateOnly Start, DateOnly End)
{
    /// <summary>The longest span a date value may cover; queries use it to bound an index range scan.</summary>
    public const int MaxDays = 366;

    public bool Overlaps(DateRange other, int slackDays = 0)
        => Start.AddDays(-slackDays) <= other.End && other.Start.AddDays(-slackDays) <= End;

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public static bool TryParse(string? value, out DateRange range)
    {
        range = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var s = value.AsSpan().Trim();
        if (s.Length < 4 || !int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < 1)
        {
            return false;
        }

        if (s.Length == 4)
        {
            range = new DateRange(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            return true;
        }

        if (s[4] != '-')
        {
            return false;
        }

        var rest = s[5..];
        if (rest.Length >= 3 && rest[0] == 'W' && int.TryParse(rest.Slice(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int week) && week is >= 1 and <= 53)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Math.Min(week, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday));
            range = new DateRange(monday, monday.AddDays(6));
            return true;
        }

        if (rest.Length >= 2 && rest[0] == 'Q' && rest[1] is >= '1' and <= '4')
        {
            var first = new DateOnly(year, ((rest[1] - '1') * 3) + 1, 1);
            range = new DateRange(first, first.AddMonths(3).AddDays(-1));
            return true;
        }

        if (rest.Length < 2 || !int.TryParse(rest[..2], NumberStyles.None, CultureInfo.InvariantCulture, out int month) || month is < 1 or > 12)
        {
            return false;
        }

        if (rest.Length == 2)
        {
            var first = new DateOnly(year, month, 1);
            range = new DateRange(first, first.AddMonths(1).AddDays(-1));
            return true;
        }

        if (rest.Length < 5 || rest[2] != '-' || !int.TryParse(rest.Slice(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int day)
            || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var date = new DateOnly(year, month, day);
        range = new DateRange(date, date);
        return true;
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

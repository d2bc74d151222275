using System.Globalization;

namespace Sitrep.Storage;

/// <summary>
/// The event filters as text, as the CLI options and the HTTP query string give them, and the one
/// parser that turns them into an <see cref="EventQuery"/> (so `sitrep events` and `GET /api/events`
/// accept and reject exactly the same values).
/// </summary>
public sealed record EventFilters
{
    public string? Since { get; init; }

    public string? Until { get; init; }

    public string? Place { get; init; }

    public string? Country { get; init; }

    public string? Near { get; init; }

    public string? Actor { get; init; }

    public string? Class { get; init; }

    public string? Source { get; init; }

    /// <summary>
    /// The query these filters describe. Problems throw <see cref="FormatException"/> with a message that
    /// names the filter as <paramref name="prefix"/> + name ("--since" for the CLI, "since" for the API).
    /// </summary>
    public EventQuery ToQuery(int limit, int offset = 0, string prefix = "--")
    {
        if (limit < 0)
        {
            throw new FormatException($"{prefix}limit: must be 0 or more");
        }

        if (offset < 0)
        {
            throw new FormatException($"{prefix}offset: must be 0 or more");
        }

        return new EventQuery
        {
            Since = Date(Since, prefix + "since"),
            Until = Date(Until, prefix + "until"),
            Place = Blank(Place),
            Country = Blank(Country) is { } c
                ? (c.Length == 2 && char.IsAsciiLetter(c[0]) && char.IsAsciiLetter(c[1]) ? c.ToUpperInvariant() : throw new FormatException($"{prefix}country '{c}': expected a two-letter ISO code such as UA"))
                : null,
            Near = Blank(Near) is { } n ? ParseNear(n, prefix + "near") : null,
            Actor = Blank(Actor),
            Class = Blank(Class),
            Source = Blank(Source),
            Limit = limit,
            Offset = offset,
        };
    }

    /// <summary>YYYY-MM-DD, or the date part of an ISO date-time.</summary>
    public static bool TryParseDate(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var s = value.AsSpan().Trim();
        if (s.Length > 10 && s[10] is 'T' or ' ')
        {
            s = s[..10];
        }

        return DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    // An empty query-string value (?place=) means no filter, as an absent one does.
    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static DateOnly? Date(string? value, string name)
        => Blank(value) is null ? null : TryParseDate(value, out var d) ? d : throw new FormatException($"{name} '{value}': not a valid date (YYYY-MM-DD)");

    private static (double, double, double) ParseNear(string value, string name)
    {
        var parts = value.Split(',');
        var ci = CultureInfo.InvariantCulture;
        if (parts.Length == 3
            && double.TryParse(parts[0], NumberStyles.Float, ci, out var lat) && lat is >= -90 and <= 90
            && double.TryParse(parts[1], NumberStyles.Float, ci, out var lon) && lon is >= -180 and <= 180
            && double.TryParse(parts[2], NumberStyles.Float, ci, out var km) && km > 0)
        {
            return (lat, lon, km);
        }

        throw new FormatException($"{name} '{value}': expected LAT,LON,KM such as 50.45,30.52,25");
    }
}

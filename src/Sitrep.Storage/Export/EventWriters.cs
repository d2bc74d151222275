using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Parquet.Serialization;
using Sitrep.Fusion;

namespace Sitrep.Storage.Export;

/// <summary>An event with its mentions, as the exporters read it.</summary>
public sealed record EventWithSources(FusedEvent Event, IReadOnlyList<StoredMention> Mentions);

/// <summary>
/// Writes events as ACLED-style CSV, JSON, GeoJSON, Parquet or a terminal table
/// (docs/store.md lists which ACLED columns Sitrep fills and how).
/// </summary>
public static class EventWriters
{
    public static readonly string[] AcledColumns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "interaction", "civilian_targeting", "iso", "region", "country",
        "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
        "notes", "fatalities", "tags", "timestamp",
    ];

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static IReadOnlyList<EventWithSources> Load(IEventStore store, EventQuery query)
    {
        var events = store.QueryEvents(query);
        var mentions = store.MentionsOf([.. events.Select(e => e.Id)]);
        return [.. events.Select(e => new EventWithSources(e, mentions.GetValueOrDefault(e.Id) ?? []))];
    }

    public static void Write(string format, IReadOnlyList<EventWithSources> events, Stream output, DateTimeOffset now)
    {
        switch (format)
        {
            case "acled-csv":
            case "csv":
                WriteAcledCsv(events, output, now);
                break;
            case "json":
                WriteJson(events, output);
                break;
            case "geojson":
                WriteGeoJson(events, output);
                break;
            case "parquet":
                WriteParquet(events, output, now);
                break;
            case "table":
                WriteTable(events, output);
                break;
            default:
                throw new ArgumentException($"unknown format '{format}'", nameof(format));
        }
    }

    public static void WriteAcledCsv(IReadOnlyList<EventWithSources> events, Stream output, DateTimeOffset now)
    {
        using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        w.Write(string.Join(',', AcledColumns));
        w.Write('\n');
        foreach (var row in events.Select(e => AcledRow.From(e, now)))
        {
            var values = row.Values();
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0)
                {
                    w.Write(',');
                }

                w.Write(Csv(values[i]));
            }

            w.Write('\n');
        }
    }

    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static void WriteJson(IReadOnlyList<EventWithSources> events, Stream output)
    {
        using var w = new Utf8JsonWriter(output, JsonOptions);
        w.WriteStartArray();
        foreach (var e in events)
        {
            WriteEventObject(w, e, includePlace: true);
        }

        w.WriteEndArray();
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    public static void WriteGeoJson(IReadOnlyList<EventWithSources> events, Stream output)
    {
        using var w = new Utf8JsonWriter(output, JsonOptions);
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (var e in events)
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteNumber("id", e.Event.Id);
            if (e.Event.Place is { Lat: { } lat, Lon: { } lon })
            {
                w.WriteStartObject("geometry");
                w.WriteString("type", "Point");
                w.WriteStartArray("coordinates");
                w.WriteNumberValue(Math.Round(lon, 5));
                w.WriteNumberValue(Math.Round(lat, 5));
                w.WriteEndArray();
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("geometry");
            }

            w.WritePropertyName("properties");
            WriteEventObject(w, e, includePlace: true);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteEventObject(Utf8JsonWriter w, EventWithSources item, bool includePlace)
    {
        var e = item.Event;
        w.WriteStartObject();
        w.WriteNumber("id", e.Id);
        w.WriteString("class", e.Class);
        if (e.Mode is not null)
        {
            w.WriteString("mode", e.Mode);
        }

        if (e.AcledEventType is not null)
        {
            w.WriteStartObject("acled");
            w.WriteString("event_type", e.AcledEventType);
            w.WriteString("sub_event_type", e.AcledSubEventType);
            w.WriteEndObject();
        }

        if (e.Date is { } d)
        {
            w.WriteStartObject("date");
            w.WriteString("value", e.DateValue);
            w.WriteString("precision", e.DatePrecision);
            w.WriteString("start", DateRange.Iso(d.Start));
            w.WriteString("end", DateRange.Iso(d.End));
            w.WriteBoolean("from_published", e.DateFromPublished);
            w.WriteEndObject();
        }

        if (includePlace && e.Place is { } p)
        {
            w.WritePropertyName("place");
            WritePlace(w, p);
        }

        WriteActors(w, "actors", e.Actors);
        WriteActors(w, "targets", e.Targets);
        WriteRange(w, "killed", e.Killed);
        WriteRange(w, "injured", e.Injured);
        w.WriteString("certainty", e.Certainty);
        w.WriteBoolean("contradiction", e.Contradiction);
        w.WriteNumber("mention_count", e.MentionCount);
        w.WriteStartArray("sources");
        foreach (var m in item.Mentions)
        {
            w.WriteStartObject();
            w.WriteNumber("article_id", m.Mention.ArticleId);
            WriteOptional(w, "article", m.ArticleExternalId);
            WriteOptional(w, "title", m.Title);
            WriteOptional(w, "url", m.Url);
            WriteOptional(w, "outlet", m.Outlet);
            if (m.Published is { } pub)
            {
                w.WriteString("published", DateRange.Iso(pub));
            }

            WriteOptional(w, "source", m.Mention.Source);
            w.WriteString("certainty", m.Mention.Certainty);
            WriteFigure(w, "killed", m.Mention.Killed);
            WriteFigure(w, "injured", m.Mention.Injured);
            w.WriteStartObject("evidence");
            w.WriteNumber("start", m.Mention.EvidenceStart);
            w.WriteNumber("end", m.Mention.EvidenceEnd);
            w.WriteString("text", m.Mention.EvidenceText);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePlace(Utf8JsonWriter w, EventPlace p)
    {
        w.WriteStartObject();
        w.WriteString("name", p.Name);
        w.WriteString("level", p.Level);
        w.WriteString("country", p.Country);
        WriteOptional(w, "admin1", p.Admin1);
        if (p.Lat is { } lat && p.Lon is { } lon)
        {
            w.WriteNumber("lat", Math.Round(lat, 5));
            w.WriteNumber("lon", Math.Round(lon, 5));
        }

        w.WriteNumber("precision", p.Precision);
        if (p.GeonamesId is { } id)
        {
            w.WriteNumber("geonames_id", id);
        }

        w.WriteEndObject();
    }

    private static void WriteActors(Utf8JsonWriter w, string name, IReadOnlyList<Pipeline.Actor> actors)
    {
        w.WritePropertyName(name);
        StoreJson.WriteActorArray(w, actors);
    }

    private static void WriteRange(Utf8JsonWriter w, string name, ReconciledFigure? f)
    {
        if (f is null)
        {
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("low", f.Low);
        w.WriteNumber("high", f.High);
        w.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter w, string name, FigureValue? f)
    {
        if (f is null)
        {
            return;
        }

        w.WriteStartObject(name);
        w.WriteNumber("value", f.Value);
        w.WriteString("qualifier", f.Qualifier);
        if (f.Low is { } lo)
        {
            w.WriteNumber("low", lo);
        }

        if (f.High is { } hi)
        {
            w.WriteNumber("high", hi);
        }

        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    public static void WriteParquet(IReadOnlyList<EventWithSources> events, Stream output, DateTimeOffset now)
    {
        var rows = events.Select(e => AcledRow.From(e, now)).ToList();
        ParquetSerializer.SerializeAsync(rows, output).GetAwaiter().GetResult();
    }

    public static void WriteTable(IReadOnlyList<EventWithSources> events, Stream output)
    {
        using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        string[] header = ["id", "date", "class", "place", "cc", "actors", "killed", "injured", "sources", "!"];
        var rows = new List<string[]> { header };
        foreach (var item in events)
        {
            var e = item.Event;
            rows.Add(
            [
                e.Id.ToString(CultureInfo.InvariantCulture),
                e.DateValue ?? "",
                e.Class,
                Cut(e.Place?.Name ?? "", 20),
                e.Place?.Country ?? "",
                Cut(string.Join("; ", e.Actors.Select(a => a.Name)), 30),
                RangeText(e.Killed),
                RangeText(e.Injured),
                item.Mentions.Count.ToString(CultureInfo.InvariantCulture),
                e.Contradiction ? "≠" : "",
            ]);
        }

        var widths = new int[header.Length];
        foreach (var r in rows)
        {
            for (int i = 0; i < r.Length; i++)
            {
                widths[i] = Math.Max(widths[i], r[i].Length);
            }
        }

        foreach (var r in rows)
        {
            w.WriteLine(string.Join("  ", r.Select((v, i) => v.PadRight(widths[i]))).TrimEnd());
        }

        w.WriteLine($"{events.Count} event(s); ≠ marks sources that disagree on a figure");
    }

    private static string Cut(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";

    internal static string RangeText(ReconciledFigure? f)
        => f is null ? "" : f.Low == f.High ? Num(f.Low) : $"{Num(f.Low)}-{Num(f.High)}";

    internal static string Num(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>One event as an ACLED-style row; the Parquet export uses the same columns.</summary>
public sealed class AcledRow
{
    [JsonPropertyName("event_id_cnty")]
    public string EventIdCnty { get; set; } = "";

    [JsonPropertyName("event_date")]
    public string? EventDate { get; set; }

    [JsonPropertyName("year")]
    public int? Year { get; set; }

    [JsonPropertyName("time_precision")]
    public int? TimePrecision { get; set; }

    [JsonPropertyName("disorder_type")]
    public string? DisorderType { get; set; }

    [JsonPropertyName("event_type")]
    public string? EventType { get; set; }

    [JsonPropertyName("sub_event_type")]
    public string? SubEventType { get; set; }

    [JsonPropertyName("actor1")]
    public string? Actor1 { get; set; }

    [JsonPropertyName("assoc_actor_1")]
    public string? AssocActor1 { get; set; }

    [JsonPropertyName("inter1")]
    public string? Inter1 { get; set; }

    [JsonPropertyName("actor2")]
    public string? Actor2 { get; set; }

    [JsonPropertyName("interaction")]
    public string? Interaction { get; set; }

    [JsonPropertyName("civilian_targeting")]
    public string? CivilianTargeting { get; set; }

    [JsonPropertyName("iso")]
    public string? Iso { get; set; }

    [JsonPropertyName("region")]
    public string? Region { get; set; }

    [JsonPropertyName("country")]
    public string? Country { get; set; }

    [JsonPropertyName("admin1")]
    public string? Admin1 { get; set; }

    [JsonPropertyName("admin2")]
    public string? Admin2 { get; set; }

    [JsonPropertyName("admin3")]
    public string? Admin3 { get; set; }

    [JsonPropertyName("location")]
    public string? Location { get; set; }

    [JsonPropertyName("latitude")]
    public double? Latitude { get; set; }

    [JsonPropertyName("longitude")]
    public double? Longitude { get; set; }

    [JsonPropertyName("geo_precision")]
    public int? GeoPrecision { get; set; }

    [JsonPropertyName("source")]
    public string? Source { get; set; }

    [JsonPropertyName("source_scale")]
    public string? SourceScale { get; set; }

    [JsonPropertyName("notes")]
    public string? Notes { get; set; }

    [JsonPropertyName("fatalities")]
    public int? Fatalities { get; set; }

    [JsonPropertyName("tags")]
    public string? Tags { get; set; }

    [JsonPropertyName("timestamp")]
    public long Timestamp { get; set; }

    public const int MaxNotesChars = 500;

    public static AcledRow From(EventWithSources item, DateTimeOffset now)
    {
        var e = item.Event;
        var actor1 = e.Actors.Count > 0 ? e.Actors[0] : null;
        var actor2 = e.Targets.Count > 0 ? e.Targets[0] : null;
        string? inter1 = Inter(actor1?.Kind), inter2 = Inter(actor2?.Kind);
        var sources = item.Mentions.Select(m => m.Mention.Source ?? m.Outlet).Where(s => !string.IsNullOrEmpty(s)).Distinct(StringComparer.OrdinalIgnoreCase);
        var notes = new StringBuilder();
        if (item.Mentions.Count > 0)
        {
            var evidence = item.Mentions[0].Mention.EvidenceText;
            notes.Append(evidence.Length > MaxNotesChars ? evidence[..MaxNotesChars] + "…" : evidence);
        }

        notes.Append(CultureInfo.InvariantCulture, $" [Sitrep: {item.Mentions.Count} report(s)");
        if (e.Killed is { } k)
        {
            notes.Append(CultureInfo.InvariantCulture, $"; killed {EventWriters.RangeText(k)}");
        }

        if (e.Injured is { } inj)
        {
            notes.Append(CultureInfo.InvariantCulture, $"; injured {EventWriters.RangeText(inj)}");
        }

        if (e.Contradiction)
        {
            notes.Append("; sources disagree on figures");
        }

        notes.Append(']');
        var tags = new List<string> { e.Certainty };
        if (e.Contradiction)
        {
            tags.Add("contradiction");
        }

        if (e.DateFromPublished)
        {
            tags.Add("date from publication");
        }

        return new AcledRow
        {
            EventIdCnty = (e.Place?.Country.ToUpperInvariant() ?? "XX") + e.Id.ToString(CultureInfo.InvariantCulture),
            EventDate = e.Date is { } d ? DateRange.Iso(d.Start) : null,
            Year = e.Date?.Start.Year,
            TimePrecision = e.Date is { } dr ? (dr.Days <= 1 ? 1 : dr.Days <= 7 ? 2 : 3) : null,
            DisorderType = DisorderOf(e.AcledEventType),
            EventType = e.AcledEventType,
            SubEventType = e.AcledSubEventType,
            Actor1 = actor1?.Name,
            AssocActor1 = e.Actors.Count > 1 ? string.Join("; ", e.Actors.Skip(1).Select(a => a.Name)) : null,
            Inter1 = inter1,
            Actor2 = actor2?.Name,
            Interaction = inter1 is null ? null : inter2 is null ? inter1 + " only" : inter1 + "-" + inter2,
            CivilianTargeting = e.Targets.Any(t => t.Kind.Contains("civilian", StringComparison.OrdinalIgnoreCase)) ? "Civilian targeting" : null,
            Country = e.Place?.Country.ToUpperInvariant(),
            Admin1 = e.Place?.Admin1,
            Location = e.Place?.Name,
            Latitude = e.Place?.Lat is { } lat ? Math.Round(lat, 4) : null,
            Longitude = e.Place?.Lon is { } lon ? Math.Round(lon, 4) : null,
            GeoPrecision = e.Place?.Precision,
            Source = string.Join("; ", sources),
            Notes = notes.ToString(),
            Fatalities = e.Killed is { } killed ? (int)Math.Round(killed.Low) : 0,
            Tags = string.Join("; ", tags),
            Timestamp = now.ToUnixTimeSeconds(),
        };
    }

    public string?[] Values() =>
    [
        EventIdCnty, EventDate, Year?.ToString(CultureInfo.InvariantCulture), TimePrecision?.ToString(CultureInfo.InvariantCulture),
        DisorderType, EventType, SubEventType, Actor1, AssocActor1, Inter1, Actor2, Interaction, CivilianTargeting, Iso, Region,
        Country, Admin1, Admin2, Admin3, Location, Latitude?.ToString("0.####", CultureInfo.InvariantCulture),
        Longitude?.ToString("0.####", CultureInfo.InvariantCulture), GeoPrecision?.ToString(CultureInfo.InvariantCulture),
        Source, SourceScale, Notes, Fatalities?.ToString(CultureInfo.InvariantCulture), Tags, Timestamp.ToString(CultureInfo.InvariantCulture),
    ];

    /// <summary>ACLED's disorder type follows from its event type.</summary>
    private static string? DisorderOf(string? eventType) => eventType switch
    {
        "Battles" or "Explosions/Remote violence" or "Violence against civilians" => "Political violence",
        "Protests" or "Riots" => "Demonstrations",
        "Strategic developments" => "Strategic developments",
        _ => null,
    };

    /// <summary>ACLED's actor categories, from the actor kind the events stage gives (null when it says nothing that maps).</summary>
    private static string? Inter(string? kind)
    {
        if (string.IsNullOrEmpty(kind))
        {
            return null;
        }

        var k = kind.ToLowerInvariant();
        return k switch
        {
            _ when k.Contains("civilian", StringComparison.Ordinal) => "Civilians",
            _ when k.Contains("protest", StringComparison.Ordinal) => "Protesters",
            _ when k.Contains("riot", StringComparison.Ordinal) => "Rioters",
            _ when k.Contains("militia", StringComparison.Ordinal) => "Political militias",
            _ when k.Contains("rebel", StringComparison.Ordinal) || k.Contains("armed group", StringComparison.Ordinal) || k.Contains("armed_group", StringComparison.Ordinal) => "Rebel groups",
            _ when k.Contains("military", StringComparison.Ordinal) || k.Contains("state", StringComparison.Ordinal) || k.Contains("government", StringComparison.Ordinal) || k.Contains("police", StringComparison.Ordinal) => "State forces",
            _ => "External/Other forces",
        };
    }
}

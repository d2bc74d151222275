using System.Globalization;
using System.Text.Json;
using Sitrep.Pipeline;

namespace Sitrep.Output;

/// <summary>
/// Writes a <see cref="Document"/> as the JSON object of the output contract (docs/output-format.md,
/// docs/sitrep-document.schema.json). Field names are snake_case; absent optional fields are omitted.
/// </summary>
public static class DocumentJsonWriter
{
    public const int SchemaVersion = 1;

    public static void Write(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartObject();
        w.WriteNumber("schema_version", SchemaVersion);
        w.WriteString("id", doc.Id);
        if (doc.Published is { } published)
        {
            w.WriteString("published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull("published");
        }

        w.WriteNumber("length", doc.Text.Length);
        w.WriteNumber("sentence_count", doc.Sentences.Count);
        w.WriteNumber("token_count", doc.Tokens.Count);

        w.WriteStartArray("entities");
        foreach (var e in doc.Entities)
        {
            w.WriteStartObject();
            w.WriteString("type", e.Type);
            WriteSpanFields(w, doc, e.Span);
            if (e.Canonical is not null)
            {
                w.WriteString("canonical", e.Canonical);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("times");
        foreach (var t in doc.Times)
        {
            w.WriteStartObject();
            WriteSpanFields(w, doc, t.Span);
            w.WriteString("type", t.Type);
            w.WriteString("value", t.Value);
            if (t.Mod is not null)
            {
                w.WriteString("mod", t.Mod);
            }

            if (t.Point is not null)
            {
                w.WriteString("point", t.Point);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("figures");
        foreach (var f in doc.Figures)
        {
            WriteFigure(w, doc, f);
        }

        w.WriteEndArray();

        w.WriteStartArray("quotes");
        foreach (var q in doc.Quotes)
        {
            w.WriteStartObject();
            WriteOptionalSpan(w, doc, "speaker", q.Speaker);
            WriteOptionalSpan(w, doc, "speaker_entity", q.SpeakerEntity);
            WriteOptionalSpan(w, doc, "cue", q.Cue);
            WriteSpan(w, doc, "content", q.Content);
            w.WriteString("kind", q.Kind);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("attributions");
        foreach (var a in doc.Attributions)
        {
            w.WriteStartObject();
            WriteSpanFields(w, doc, a.Span);
            w.WriteString("kind", a.Kind);
            WriteOptionalSpan(w, doc, "source", a.Source);
            w.WritePropertyName("scope");
            WriteBounds(w, a.Scope);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("places");
        foreach (var p in doc.Places)
        {
            WritePlace(w, doc, p);
        }

        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var e in doc.Events)
        {
            WriteEvent(w, doc, e);
        }

        w.WriteEndArray();

        if (doc.Warnings.Count > 0)
        {
            w.WriteStartArray("warnings");
            foreach (var warning in doc.Warnings)
            {
                w.WriteStringValue(warning);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter w, Document doc, Figure f)
    {
        w.WriteStartObject();
        WriteSpanFields(w, doc, f.Span);
        w.WriteNumber("value", f.Value);
        if (f.Low is { } low)
        {
            w.WriteNumber("low", low);
        }

        if (f.High is { } high)
        {
            w.WriteNumber("high", high);
        }

        w.WriteString("qualifier", f.Qualifier);
        if (f.Unit is not null)
        {
            w.WriteString("unit", f.Unit);
        }

        WriteOptionalSpan(w, doc, "object", f.Object);
        if (f.Kind is not null)
        {
            w.WriteString("kind", f.Kind);
        }

        w.WriteEndObject();
    }

    private static void WritePlace(Utf8JsonWriter w, Document doc, PlaceMention p)
    {
        w.WriteStartObject();
        WriteSpanFields(w, doc, p.Span);
        w.WriteString("name", p.Name);
        if (p.GeonamesId is { } id)
        {
            w.WriteNumber("geonames_id", id);
        }

        w.WriteString("level", p.Level);
        w.WriteString("country", p.Country);
        if (p.Admin1 is not null)
        {
            w.WriteString("admin1", p.Admin1);
        }

        w.WriteNumber("lat", Math.Round(p.Lat, 5));
        w.WriteNumber("lon", Math.Round(p.Lon, 5));
        w.WriteNumber("precision", p.Precision);
        w.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter w, Document doc, Event e)
    {
        w.WriteStartObject();
        w.WriteString("class", e.Class);
        if (e.Mode is not null)
        {
            w.WriteString("mode", e.Mode);
        }

        if (e.Acled is not null)
        {
            w.WriteStartObject("acled");
            w.WriteString("event_type", e.Acled.EventType);
            w.WriteString("sub_event_type", e.Acled.SubEventType);
            w.WriteEndObject();
        }

        WriteActors(w, doc, "actors", e.Actors);
        WriteActors(w, doc, "targets", e.Targets);
        if (e.Place is not null)
        {
            w.WritePropertyName("place");
            WritePlace(w, doc, e.Place);
        }

        if (e.Date is not null)
        {
            w.WriteStartObject("date");
            w.WriteString("value", e.Date.Value);
            w.WriteString("precision", e.Date.Precision);
            w.WriteBoolean("from_published", e.Date.FromPublished);
            WriteOptionalSpan(w, doc, "mention", e.Date.Mention);
            w.WriteEndObject();
        }

        if (e.Killed is not null)
        {
            w.WritePropertyName("killed");
            WriteFigure(w, doc, e.Killed);
        }

        if (e.Injured is not null)
        {
            w.WritePropertyName("injured");
            WriteFigure(w, doc, e.Injured);
        }

        w.WriteStartArray("quantities");
        foreach (var q in e.Quantities)
        {
            WriteFigure(w, doc, q);
        }

        w.WriteEndArray();

        w.WriteStartArray("weapons");
        foreach (var weapon in e.Weapons)
        {
            w.WriteStringValue(weapon);
        }

        w.WriteEndArray();
        WriteOptionalSpan(w, doc, "source", e.Source);
        WriteOptionalSpan(w, doc, "trigger", e.Trigger);
        w.WriteString("certainty", e.Certainty);
        WriteSpan(w, doc, "evidence", e.Evidence);
        if (e.Mentions.Count > 1)
        {
            w.WriteStartArray("mentions");
            foreach (var m in e.Mentions)
            {
                w.WriteStartObject();
                WriteSpanFields(w, doc, m);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteActors(Utf8JsonWriter w, Document doc, string name, IReadOnlyList<Actor> actors)
    {
        w.WriteStartArray(name);
        foreach (var a in actors)
        {
            w.WriteStartObject();
            w.WriteString("name", a.Name);
            w.WriteString("kind", a.Kind);
            WriteOptionalSpan(w, doc, "mention", a.Mention);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteSpanFields(Utf8JsonWriter w, Document doc, Span span)
    {
        w.WriteString("text", doc.Slice(span));
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
    }

    private static void WriteBounds(Utf8JsonWriter w, Span span)
    {
        w.WriteStartObject();
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, Document doc, string name, Span span)
    {
        w.WriteStartObject(name);
        WriteSpanFields(w, doc, span);
        w.WriteEndObject();
    }

    private static void WriteOptionalSpan(Utf8JsonWriter w, Document doc, string name, Span? span)
    {
        if (span is { } s)
        {
            WriteSpan(w, doc, name, s);
        }
    }
}

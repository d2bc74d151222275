using System.Globalization;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary>The human-readable form of an analysis: each finding with the sentence it came from.</summary>
internal static class TextReport
{
    public static void Write(TextWriter w, Document doc)
    {
        w.WriteLine($"Document {doc.Id}, published {doc.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown"}: {doc.Sentences.Count} sentences, {doc.Tokens.Count} tokens");

        Section(w, "Events", doc.Events.Count);
        foreach (var e in doc.Events)
        {
            var parts = new List<string> { e.Class + (e.Mode is null ? "" : $"/{e.Mode}") };
            if (e.Actors.Count > 0)
            {
                parts.Add("by " + string.Join(", ", e.Actors.Select(a => a.Name)));
            }

            if (e.Targets.Count > 0)
            {
                parts.Add("on " + string.Join(", ", e.Targets.Select(a => a.Name)));
            }

            if (e.Place is not null)
            {
                parts.Add($"at {e.Place.Name} ({e.Place.Country})");
            }

            if (e.Date is not null)
            {
                parts.Add($"date {e.Date.Value}{(e.Date.FromPublished ? " (publication date)" : "")}");
            }

            if (e.Killed is not null)
            {
                parts.Add($"killed {e.Killed.Value} ({e.Killed.Qualifier})");
            }

            if (e.Weapons.Count > 0)
            {
                parts.Add("weapons " + string.Join(", ", e.Weapons));
            }

            if (e.Source is { } source)
            {
                parts.Add($"source: {doc.TextOf(source)}");
            }

            parts.Add(e.Certainty);
            w.WriteLine($"  - {string.Join("; ", parts)}");
            w.WriteLine($"    \"{Evidence(doc, e.Evidence)}\"");
        }

        Section(w, "Entities", doc.Entities.Count);
        foreach (var group in doc.Entities.GroupBy(e => e.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var names = group.Select(e => e.Canonical ?? doc.TextOf(e.Span)).Distinct(StringComparer.Ordinal);
            w.WriteLine($"  {group.Key}: {string.Join(", ", names)}");
        }

        Section(w, "Times", doc.Times.Count);
        foreach (var t in doc.Times)
        {
            w.WriteLine($"  - \"{doc.TextOf(t.Span)}\" {t.Type} {t.Value}");
        }

        Section(w, "Figures", doc.Figures.Count);
        foreach (var f in doc.Figures)
        {
            var range = f.Low is not null || f.High is not null ? $" [{f.Low}..{f.High}]" : "";
            var counted = f.Object is { } o ? $" of {doc.TextOf(o)}" : "";
            var unit = f.Unit is null ? "" : $" {f.Unit}";
            var kind = f.Kind is null ? "" : $" ({f.Kind})";
            w.WriteLine($"  - \"{doc.TextOf(f.Span)}\" = {f.Value.ToString(CultureInfo.InvariantCulture)}{unit}{range} {f.Qualifier}{counted}{kind}");
        }

        Section(w, "Quotes", doc.Quotes.Count);
        foreach (var q in doc.Quotes)
        {
            var speaker = q.SpeakerEntity ?? q.Speaker;
            w.WriteLine($"  - {(speaker is { } s ? doc.TextOf(s) : "unknown")} ({(q.Cue is { } c ? doc.TextOf(c) : "no cue")}, {q.Kind}): \"{doc.TextOf(q.Content)}\"");
        }

        Section(w, "Places", doc.Places.Count);
        foreach (var p in doc.Places)
        {
            w.WriteLine($"  - \"{doc.TextOf(p.Span)}\" → {p.Name}, {p.Level}, {p.Country}{(p.Admin1 is null ? "" : ", " + p.Admin1)} ({p.Lat.ToString("F3", CultureInfo.InvariantCulture)}, {p.Lon.ToString("F3", CultureInfo.InvariantCulture)}), precision {p.Precision}");
        }

        foreach (var warning in doc.Warnings)
        {
            w.WriteLine($"warning: {warning}");
        }
    }

    private static void Section(TextWriter w, string title, int count)
    {
        w.WriteLine();
        w.WriteLine($"{title} ({count})");
    }

    private static string Evidence(Document doc, Span span)
        => doc.TextOf(span).ReplaceLineEndings(" ");
}

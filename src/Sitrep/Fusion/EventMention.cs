using Sitrep.Pipeline;

namespace Sitrep.Fusion;

/// <summary>Where an event happened, as the places stage resolved it (no offsets: it outlives its article).</summary>
public sealed record EventPlace(string Name, string Level, string Country)
{
    public string? Admin1 { get; init; }

    public double? Lat { get; init; }

    public double? Lon { get; init; }

    /// <summary>ACLED-style geo-precision: 1 the place itself, 2 near it, 3 only the region.</summary>
    public int Precision { get; init; } = 1;

    public long? GeonamesId { get; init; }

    /// <summary>A region rather than a point: admin areas, countries, or precision 3.</summary>
    public bool IsRegion => Precision >= 3 || Level is PlaceLevels.Admin1 or PlaceLevels.Admin2 or PlaceLevels.Country;

    public static EventPlace From(PlaceMention p) => new(p.Name, p.Level, p.Country)
    {
        Admin1 = p.Admin1,
        Lat = p.Lat,
        Lon = p.Lon,
        Precision = p.Precision,
        GeonamesId = p.GeonamesId,
    };
}

/// <summary>A figure as one mention states it, for the per-mention figures table.</summary>
public sealed record MentionFigure(string Role, double Value, string Qualifier)
{
    public double? Low { get; init; }

    public double? High { get; init; }

    public string? Unit { get; init; }

    public string? Text { get; init; }

    public string? Object { get; init; }
}

/// <summary>
/// One article's report of an event: the unit that fusion merges. It copies what the events stage
/// found (and the text it needs), so that it can be stored and compared without its document.
/// </summary>
public sealed record EventMention(string Class, string Certainty)
{
    public long ArticleId { get; init; }

    public string? Mode { get; init; }

    public string? AcledEventType { get; init; }

    public string? AcledSubEventType { get; init; }

    /// <summary>TIMEX3 date value ("2024-11-17", "2024-10", "2024-W46").</summary>
    public string? DateValue { get; init; }

    public string? DatePrecision { get; init; }

    /// <summary>True when the date is the article's publication date, not one the text states.</summary>
    public bool DateFromPublished { get; init; }

    public EventPlace? Place { get; init; }

    /// <summary>Its article's publication date (kept with the article, not the mention): fusion reads a date stated well
    /// before it as a reference to a past act (<see cref="EventFusion.PastDay"/>).</summary>
    public DateOnly? Published { get; init; }

    public IReadOnlyList<Actor> Actors { get; init; } = [];

    public IReadOnlyList<Actor> Targets { get; init; } = [];

    public FigureValue? Killed { get; init; }

    public FigureValue? Injured { get; init; }

    public IReadOnlyList<MentionFigure> Figures { get; init; } = [];

    public IReadOnlyList<string> Weapons { get; init; } = [];

    public int EvidenceStart { get; init; }

    public int EvidenceEnd { get; init; }

    /// <summary>The evidence sentence(s), copied so that a reader needs no second look-up.</summary>
    public string EvidenceText { get; init; } = "";

    /// <summary>The sentences of the article's mentions merged into this event (retellings), the evidence among them; empty when
    /// the event was told once. Not stored: it points a judged pair at the event a retelling joined.</summary>
    public IReadOnlyList<Span> Retellings { get; init; } = [];

    /// <summary>Who the article says reports it ("Ukrainian officials").</summary>
    public string? Source { get; init; }

    public DateRange? Date => DateRange.TryParse(DateValue, out var r) ? r : null;

    /// <summary>Evidence text is capped: a mention is a pointer into its article, not a copy of it.</summary>
    public const int MaxEvidenceChars = 2000;

    /// <summary>The mentions of every event the pipeline found in <paramref name="doc"/>.</summary>
    public static List<EventMention> FromDocument(Document doc)
    {
        var list = new List<EventMention>(doc.Events.Count);
        foreach (var e in doc.Events)
        {
            var figures = new List<MentionFigure>();
            AddFigure(figures, doc, "killed", e.Killed);
            AddFigure(figures, doc, "injured", e.Injured);
            foreach (var q in e.Quantities)
            {
                AddFigure(figures, doc, q.Kind ?? "quantity", q);
            }

            var evidence = e.Evidence.IsEmpty || e.Evidence.End > doc.Text.Length ? "" : doc.TextOf(e.Evidence).Trim();
            if (evidence.Length > MaxEvidenceChars)
            {
                evidence = evidence[..MaxEvidenceChars];
            }

            list.Add(new EventMention(e.Class, e.Certainty)
            {
                Mode = e.Mode,
                AcledEventType = e.Acled?.EventType,
                AcledSubEventType = e.Acled?.SubEventType,
                DateValue = e.Date?.Value,
                DatePrecision = e.Date?.Precision,
                DateFromPublished = e.Date?.FromPublished ?? false,
                Place = e.Place is null ? null : EventPlace.From(e.Place),
                Published = doc.Published,
                Actors = e.Actors,
                Targets = e.Targets,
                Killed = FigureValue.From(e.Killed),
                Injured = FigureValue.From(e.Injured),
                Figures = figures,
                Weapons = e.Weapons,
                EvidenceStart = e.Evidence.Start,
                EvidenceEnd = e.Evidence.End,
                EvidenceText = evidence,
                Retellings = e.Mentions,
                Source = e.Source is { } s && s.End <= doc.Text.Length ? doc.TextOf(s) : null,
            });
        }

        return list;
    }

    private static void AddFigure(List<MentionFigure> figures, Document doc, string role, Figure? f)
    {
        if (f is null)
        {
            return;
        }

        figures.Add(new MentionFigure(role, f.Value, f.Qualifier)
        {
            Low = f.Low,
            High = f.High,
            Unit = f.Unit,
            Text = f.Span.End <= doc.Text.Length ? doc.TextOf(f.Span) : null,
            Object = f.Object is { } o && o.End <= doc.Text.Length ? doc.TextOf(o) : null,
        });
    }
}

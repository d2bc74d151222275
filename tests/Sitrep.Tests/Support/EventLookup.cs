using Sitrep.Pipeline;

namespace Sitrep.Tests.Support;

/// <summary>Finds and reads the events of one analyzed document in assertions.</summary>
public sealed class EventLookup(Document doc)
{
    /// <summary>The one event of <paramref name="eventClass"/> whose evidence holds <paramref name="evidencePart"/>.</summary>
    public Event Single(string evidencePart, string eventClass)
    {
        var span = Some.SpanOf(doc.Text, evidencePart);
        var found = doc.Events.Where(e => e.Class == eventClass && e.Evidence.Contains(span)).ToList();
        Assert.True(found.Count == 1, $"expected one {eventClass} event in the sentence of '{evidencePart}', found {found.Count}: "
            + string.Join(" | ", doc.Events.Select(e => $"{e.Class} {doc.TextOf(e.Evidence)[..Math.Min(40, e.Evidence.Length)]}")));
        return found[0];
    }

    public string? SourceText(Event e) => e.Source is { } s ? doc.TextOf(s) : null;

    public static bool HasQuantity(Event e, double value) => e.Quantities.Any(q => q.Value == value);
}

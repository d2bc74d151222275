using Sitrep.Entities;
using Sitrep.Events;
using Sitrep.Figures;
using Sitrep.Places;
using Sitrep.Quotes;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Pipeline;

public static class SitrepDefaults
{
    /// <summary>Adds every stage of the standard pipeline, in order, with its shipped models.</summary>
    public static PipelineBuilder UseDefaults(this PipelineBuilder builder)
        => builder.UseText()
            .UseEntities()
            .UseTimes()
            .UseFigures()
            .UseQuotes()
            .UsePlaces()
            .UseEvents();

    /// <summary>The standard pipeline: what <c>sitrep analyze</c> runs.</summary>
    public static SitrepPipeline CreateDefault() => new PipelineBuilder().UseDefaults().Build();
}

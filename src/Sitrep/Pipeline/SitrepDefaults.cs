using Sitrep.Events;
using Sitrep.Text;

namespace Sitrep.Pipeline;

public static class SitrepDefaults
{
    /// <summary>Adds every stage of the standard pipeline, in order, with its shipped models.</summary>
    public static PipelineBuilder UseDefaults(this PipelineBuilder builder)
        => builder.UseText()
            .UseEvents();

    /// <summary>The standard pipeline: what <c>sitrep analyze</c> runs.</summary>
    public static SitrepPipeline CreateDefault() => new PipelineBuilder().UseDefaults().Build();
}

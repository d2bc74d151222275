using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Quotes;
using Sitrep.Text;

namespace Sitrep.Tests.Quotes;

/// <summary>The pipelines the quote model tests run: tagged text and quotes, with and without the span labeller.</summary>
internal static class QuotePipelines
{
    private static readonly Lazy<SitrepPipeline> Tagged = new(() => new PipelineBuilder().UseText().UseEntities().UseQuotes().Build());

    /// <summary>The rules with the cue detector and without the span labeller.</summary>
    public static readonly Lazy<SitrepPipeline> WithoutLabeller = new(() => new PipelineBuilder().UseText().UseEntities().Use(new QuoteStage(CueModel.Shared, spanModel: null)).Build());

    /// <summary><paramref name="text"/> through text, entities and quotes with both shipped models.</summary>
    public static Document Analyze(string text) => Tagged.Value.Analyze("test", text, null, CancellationToken.None);
}

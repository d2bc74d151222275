using Sitrep.Pipeline;
using Sitrep.Quotes;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Quotes;

/// <summary>The quotes and attributions of samples/atacms-approval.txt, with its person names given as entities by hand.</summary>
public class ReferenceArticleQuoteTests
{
    private static readonly Lazy<Document> Article = new(() =>
    {
        var text = File.ReadAllText(Paths.Sample("atacms-approval.txt"));
        var doc = Some.Tokenized(text);
        foreach (var (name, occurrence) in new[] { ("Joe Biden", 0), ("Volodymyr Zelensky", 0), ("Zelensky", 1), ("Vladimir Putin", 0), ("Serhiy Kuzan", 0), ("Kuzan", 1), ("Zelensky", 2) })
        {
            doc.Entities.Add(new EntityMention(EntityTypes.Person, Some.SpanOf(text, name, occurrence)));
        }

        new QuoteStage().Process(doc, CancellationToken.None);
        return doc;
    });

    private static Quote QuoteWithCue(string cue)
    {
        var doc = Article.Value;
        return Assert.Single(doc.Quotes, q => q.Cue is { } c && doc.TextOf(c) == cue);
    }

    private static string? Text(Span? span) => span is { } s ? Article.Value.TextOf(s) : null;

    [Fact]
    public void Zelensky_remarked_the_missiles_quote()
    {
        var q = QuoteWithCue("remarked");

        Assert.Equal(QuoteKinds.Direct, q.Kind);
        Assert.Equal("such things are not announced, missiles speak for themselves", Text(q.Content));
        Assert.Equal("Zelensky", Text(q.Speaker));
        Assert.Equal("Zelensky", Text(q.SpeakerEntity));
    }

    [Fact]
    public void Kuzan_emphasized_is_reported_speech_holding_the_quoted_fragment()
    {
        var q = QuoteWithCue("emphasized");

        // Decided: the clause is reported speech; "very important" is a quoted fragment inside it, not a quote of its own.
        Assert.Equal(QuoteKinds.Indirect, q.Kind);
        Assert.Equal("Serhiy Kuzan", Text(q.Speaker));
        Assert.Equal("Biden’s decision is “very important” for Ukraine", Text(q.Content));
        Assert.DoesNotContain(Article.Value.Quotes, x => Text(x.Content) == "very important");
    }

    [Fact]
    public void He_noted_resolves_to_Serhiy_Kuzan()
    {
        var q = QuoteWithCue("noted");

        Assert.Equal("He", Text(q.Speaker));
        Assert.Equal("Serhiy Kuzan", Text(q.SpeakerEntity));
        Assert.StartsWith("while it may not entirely alter the war’s trajectory", Text(q.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Kuzan_highlighted_the_timing()
    {
        var q = QuoteWithCue("highlighted");

        Assert.Equal("Kuzan", Text(q.Speaker));
        Assert.StartsWith("this approval arrives just in time", Text(q.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Putin_cautioned_Western_nations()
    {
        var q = QuoteWithCue("cautioned");

        Assert.Equal("Russian President Vladimir Putin", Text(q.Speaker));
        Assert.Equal("Vladimir Putin", Text(q.SpeakerEntity));
        Assert.StartsWith("such an action would signify", Text(q.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Zelensky_confirmed_the_strikes()
    {
        var q = QuoteWithCue("confirmed");

        Assert.Equal("Zelensky", Text(q.Speaker));
        Assert.StartsWith("Ukraine successfully utilized", Text(q.Content), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("According to estimates", "according_to", "estimates")]
    [InlineData("according to Ukrainian officials", "according_to", "Ukrainian officials")]
    [InlineData("Reports suggest", "reports", "Reports")]
    [InlineData("Recent reports indicate", "reports", "Recent reports")]
    public void The_article_attributions_are_found(string span, string kind, string source)
    {
        var doc = Article.Value;
        var a = Assert.Single(doc.Attributions, x => doc.TextOf(x.Span) == span);

        Assert.Equal(kind, a.Kind);
        Assert.Equal(source, Text(a.Source));
    }

    [Fact]
    public void The_estimates_attribution_governs_the_soldier_count()
    {
        var doc = Article.Value;
        var a = Assert.Single(doc.Attributions, x => doc.TextOf(x.Span) == "According to estimates");

        Assert.Equal("there are about 11,000 North Korean soldiers currently stationed in Kursk", doc.TextOf(a.Scope));
    }

    [Fact]
    public void The_stage_also_works_without_entities()
    {
        var text = File.ReadAllText(Paths.Sample("atacms-approval.txt"));
        var doc = Some.Tokenized(text);
        new QuoteStage().Process(doc, CancellationToken.None);

        var remarked = Assert.Single(doc.Quotes, q => q.Cue is { } c && doc.TextOf(c) == "remarked");
        Assert.Equal("Zelensky", doc.TextOf(remarked.Speaker!.Value));
        var noted = Assert.Single(doc.Quotes, q => q.Cue is { } c && doc.TextOf(c) == "noted");
        Assert.Equal("Serhiy Kuzan", doc.TextOf(noted.SpeakerEntity!.Value));
    }
}

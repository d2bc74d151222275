using Sitrep.Pipeline;
using Sitrep.Quotes;
using static Sitrep.Tests.Quotes.DirectQuoteTests;

namespace Sitrep.Tests.Quotes;

public class AttributionTests
{
    [Fact]
    public void According_to_is_an_attribution_with_its_source_and_scope()
    {
        var doc = Run("According to Ukrainian officials, ten people were injured.");

        var a = Assert.Single(doc.Attributions);
        Assert.Equal(AttributionKinds.AccordingTo, a.Kind);
        Assert.Equal("According to Ukrainian officials", doc.TextOf(a.Span));
        Assert.Equal("Ukrainian officials", TextOf(doc, a.Source));
        Assert.Equal("ten people were injured", doc.TextOf(a.Scope));
    }

    [Fact]
    public void Reports_suggest_is_a_reports_attribution()
    {
        var doc = Run("Reports suggest that the decision came as a response to the deployment.");

        var a = Assert.Single(doc.Attributions);
        Assert.Equal(AttributionKinds.Reports, a.Kind);
        Assert.Equal("Reports suggest", doc.TextOf(a.Span));
        Assert.Equal("Reports", TextOf(doc, a.Source));
    }

    [Fact]
    public void Reportedly_is_a_hedge_over_its_sentence()
    {
        var doc = Run("Shells reportedly hit a school in Kharkiv.");

        var a = Assert.Single(doc.Attributions);
        Assert.Equal(AttributionKinds.Hedge, a.Kind);
        Assert.Null(a.Source);
        Assert.Equal(doc.Sentences[0].Span, a.Scope);
    }

    [Fact]
    public void A_claim_verb_gives_a_claim_attribution_with_the_speaker_as_source()
    {
        var doc = Run("Moscow claimed that its forces captured the village.");

        var a = Assert.Single(doc.Attributions);
        Assert.Equal(AttributionKinds.Claim, a.Kind);
        Assert.Equal("Moscow", TextOf(doc, a.Source));
        Assert.Equal("its forces captured the village", doc.TextOf(a.Scope));
    }

    [Fact]
    public void It_is_claimed_is_a_claim_without_a_source()
    {
        var doc = Run("It is claimed that the dam was mined.");

        var a = Assert.Single(doc.Attributions);
        Assert.Equal(AttributionKinds.Claim, a.Kind);
        Assert.Null(a.Source);
        Assert.Equal("the dam was mined", doc.TextOf(a.Scope));
    }

    [Fact]
    public void A_denial_verb_gives_a_denial_attribution()
    {
        var doc = Run("The Kremlin denied that its troops had fired on the convoy.");

        var a = Assert.Single(doc.Attributions);
        Assert.Equal(AttributionKinds.Denial, a.Kind);
        Assert.Equal("The Kremlin", TextOf(doc, a.Source));
    }

    [Fact]
    public void Could_not_be_independently_verified_refers_back_to_the_previous_sentence()
    {
        var doc = Run("Kyiv said 40 drones were shot down. This could not be independently verified.");

        var a = Assert.Single(doc.Attributions, x => x.Kind == AttributionKinds.Unverified);
        Assert.Equal("could not be independently verified", doc.TextOf(a.Span));
        Assert.Equal(doc.Sentences[0].Span, a.Scope);
    }

    [Fact]
    public void A_long_sentence_with_could_not_be_verified_governs_itself()
    {
        var doc = Run("Russian state media said the village of Krynky was taken by paratroopers, a claim that could not be verified.");

        var a = Assert.Single(doc.Attributions, x => x.Kind == AttributionKinds.Unverified);
        Assert.Equal(doc.Sentences[0].Span, a.Scope);
    }

    [Fact]
    public void Words_inside_quotation_marks_are_not_hedges()
    {
        var doc = Run("“They reportedly left,” the mayor said.");

        Assert.DoesNotContain(doc.Attributions, a => a.Kind == AttributionKinds.Hedge);
    }

    [Fact]
    public void A_document_without_tokens_gets_no_quotes()
    {
        var doc = new Document("empty", "", null);
        new QuoteStage().Process(doc, CancellationToken.None);

        Assert.Empty(doc.Quotes);
        Assert.Empty(doc.Attributions);
    }
}

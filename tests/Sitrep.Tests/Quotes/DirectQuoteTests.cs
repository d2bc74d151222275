using Sitrep.Pipeline;
using Sitrep.Quotes;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Quotes;

public class DirectQuoteTests
{
    internal static Document Run(string text, params (string Type, string Text, int Occurrence)[] entities)
    {
        var doc = Some.Tokenized(text);
        foreach (var (type, part, occurrence) in entities)
        {
            doc.Entities.Add(new EntityMention(type, Some.SpanOf(text, part, occurrence)));
        }

        new QuoteStage().Process(doc, CancellationToken.None);
        return doc;
    }

    internal static string? TextOf(Document doc, Span? span) => span is { } s ? doc.TextOf(s) : null;

    [Fact]
    public void Speaker_cue_comma_then_curly_quote_gives_a_direct_quote()
    {
        var doc = Run("Responding to reports of the approval, Zelensky remarked, “such things are not announced, missiles speak for themselves.”");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKinds.Direct, q.Kind);
        Assert.Equal("Zelensky", TextOf(doc, q.Speaker));
        Assert.Equal("remarked", TextOf(doc, q.Cue));
        Assert.Equal("such things are not announced, missiles speak for themselves", doc.TextOf(q.Content));
    }

    [Fact]
    public void A_quotation_between_dashes_is_a_direct_quote()
    {
        // A fresh article (20220218T233000Z_PL_en_4a22414): a report translated from Polish sets the quotation between dashes.
        var doc = Run("- We see more and more Russian provocations and disinformation in Donbas to create an excuse for war - added the US president");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKinds.Direct, q.Kind);
        Assert.Equal("the US president", TextOf(doc, q.Speaker));
        Assert.Equal("added", TextOf(doc, q.Cue));
        Assert.Equal("We see more and more Russian provocations and disinformation in Donbas to create an excuse for war", doc.TextOf(q.Content));
    }

    [Fact]
    public void A_closing_dash_glued_to_the_quotation_s_full_stop_still_closes_it()
    {
        // A fresh article (20220213T190000Z_PL_en_d1b505f).
        var doc = Run("The President of Germany turned to the President of Russia Vladimir Putin. - I appeal to President Putin: Please solve the loop around Ukraine.- Steinmeier said.",
            (EntityTypes.Person, "Vladimir Putin", 0), (EntityTypes.Person, "Steinmeier", 0));

        var q = Assert.Single(doc.Quotes, q => q.Kind == QuoteKinds.Direct);
        Assert.Equal("Steinmeier", TextOf(doc, q.Speaker));
        Assert.Equal("I appeal to President Putin: Please solve the loop around Ukraine", doc.TextOf(q.Content));
    }

    [Fact]
    public void A_dash_quotation_with_no_closing_dash_continues_the_speaker_of_the_quote_before()
    {
        // A fresh article (20230602T081500Z_PL_en_a9a9230f4f): the dash quotation runs to the paragraph's end, no attribution of its own.
        var doc = QuotePipelines.Analyze("Vucii admitted that he had not talked to Vladimir Putin for over a year.- But I met with many leaders of the European Union countries who talked to him.I think talking to someone is not negative.");

        var q = Assert.Single(doc.Quotes, q => q.Kind == QuoteKinds.Direct);
        Assert.Equal("Vucii", TextOf(doc, q.Speaker));
        Assert.StartsWith("But I met with many leaders of the European Union countries", doc.TextOf(q.Content));
        Assert.EndsWith("talking to someone is not negative", doc.TextOf(q.Content));
    }

    [Fact]
    public void A_dash_quotation_after_a_bare_attribution_sentence_takes_its_subject()
    {
        // A fresh article (20220210T130000Z_PL_en_4a644262db).
        var doc = QuotePipelines.Analyze("- We also see a hybrid war and other types aimed at undermining democracy in Ukraine - the British minister emphasized.And she added.- Russia has a choice, can follow a diplomatic path and cooperate with NATO, or continue the path we see.");

        var q = Assert.Single(doc.Quotes, q => doc.TextOf(q.Content).StartsWith("Russia has a choice", StringComparison.Ordinal));
        Assert.Equal(QuoteKinds.Direct, q.Kind);
        Assert.Equal("she", TextOf(doc, q.Speaker));
    }

    [Fact]
    public void A_dash_stretch_with_its_own_attribution_continues_no_one()
    {
        // A fresh article (20220609T184500Z_PL_en_302875e867): "believes" is no cue beside a quotation, but it attributes the stretch.
        var doc = QuotePipelines.Analyze("The opposition said that the government is looking for an enemy.\n\n- Of course, you can have reservations about many matters related to how Germany pursue their energy policy, but you cannot lead to conflicts between us and Germany - believes Magdalena Biejat, a left of the left.");

        Assert.DoesNotContain(doc.Quotes, q => doc.TextOf(q.Content).StartsWith("Of course", StringComparison.Ordinal) && TextOf(doc, q.Speaker) == "The opposition");
    }

    [Fact]
    public void A_dash_before_a_name_signs_the_text_before_and_opens_no_quotation()
    {
        // RAMS dev: a tweet's signature line after an "according to" report.
        var doc = QuotePipelines.Analyze("# BREAKING According to local reports , there are more than 100 people inside # SplendidHotel , attackers still firing . — Barzan Sadiq ( @BarzanSadiq ) January 15 , 2016 The shooting was initiated by three armed and turbaned men , an AFP journalist reported from the scene .");

        Assert.DoesNotContain(doc.Quotes, q => doc.TextOf(q.Content).StartsWith("Barzan Sadiq", StringComparison.Ordinal));
    }

    [Fact]
    public void A_news_agency_before_the_speaker_in_a_translated_attribution_is_not_the_speaker()
    {
        // A fresh article (20220217T091500Z_PL_en_e2725f06c3): "told the Reuters agency", set word for word from the Polish dative.
        var doc = Run("- We are confirmed that in recent days Russia has increased the number of its troops along the Ukrainian border by seven thousand soldiers - said the Reuters agency a high -ranking representative of the American administration.",
            (EntityTypes.Organization, "Reuters", 0));

        var q = Assert.Single(doc.Quotes, q => q.Kind == QuoteKinds.Direct);
        Assert.StartsWith("a high -ranking representative", TextOf(doc, q.Speaker));
    }

    [Fact]
    public void A_dash_inside_a_sentence_opens_no_quotation()
        => Assert.DoesNotContain(Run("The talks - the third this year - ended without a deal, the ministry said.").Quotes, q => q.Kind == QuoteKinds.Direct);

    [Fact]
    public void Quote_then_cue_then_speaker_takes_the_speaker_after_the_cue()
    {
        var doc = Run("“We will respond to every strike,” said the defence minister.");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("the defence minister", TextOf(doc, q.Speaker));
        Assert.Equal("said", TextOf(doc, q.Cue));
        Assert.Equal("We will respond to every strike", doc.TextOf(q.Content));
    }

    [Fact]
    public void Quote_then_pronoun_and_cue_resolves_the_pronoun_to_the_preceding_person()
    {
        const string text = "Oleksandr Syrskyi visited the front on Monday. “The situation is difficult but under control,” he said.";
        var doc = Run(text, (EntityTypes.Person, "Oleksandr Syrskyi", 0));

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("he", TextOf(doc, q.Speaker));
        Assert.Equal("Oleksandr Syrskyi", TextOf(doc, q.SpeakerEntity));
    }

    [Fact]
    public void Quote_followed_by_a_dash_and_a_name_has_a_speaker_and_no_cue()
    {
        var doc = Run("“Missiles speak for themselves.” — Volodymyr Zelensky");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Volodymyr Zelensky", TextOf(doc, q.Speaker));
        Assert.Null(q.Cue);
    }

    [Fact]
    public void Straight_quotes_are_paired_like_curly_ones()
    {
        var doc = Run("\"The bridge was hit twice overnight,\" the governor told reporters.");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("the governor", TextOf(doc, q.Speaker));
        Assert.Equal("told", TextOf(doc, q.Cue));
        Assert.Equal("The bridge was hit twice overnight", doc.TextOf(q.Content));
    }

    [Fact]
    public void Two_apostrophes_stand_for_a_double_quote()
    {
        var doc = Run("''It's bad for the party and bad for the country,'' Mr. Stevens said.");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Mr. Stevens", TextOf(doc, q.Speaker));
        Assert.Equal("It's bad for the party and bad for the country", doc.TextOf(q.Content));
    }

    [Fact]
    public void A_quote_interrupted_by_its_attribution_is_one_quote()
    {
        const string text = "“We held the line,” the commander said. “Nobody retreated from the village.”";
        var doc = Run(text);

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("the commander", TextOf(doc, q.Speaker));
        Assert.StartsWith("We held the line", doc.TextOf(q.Content), StringComparison.Ordinal);
        Assert.EndsWith("Nobody retreated from the village", doc.TextOf(q.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_left_open_at_a_paragraph_end_continues_into_the_next_paragraph()
    {
        const string text = "The mayor said: “The shelling started at dawn and did not stop.\n\n“By noon the school was burning.”\n\nResidents fled west.";
        var doc = Run(text);

        var q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKinds.Direct, q.Kind);
        Assert.Equal("The mayor", TextOf(doc, q.Speaker));
        Assert.StartsWith("The shelling started", doc.TextOf(q.Content), StringComparison.Ordinal);
        Assert.EndsWith("the school was burning", doc.TextOf(q.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_left_open_before_a_paragraph_without_a_quote_mark_is_dropped()
    {
        var doc = Run("The mayor said: “The shelling started at dawn.\n\nResidents fled west, officials said.");

        Assert.DoesNotContain(doc.Quotes, q => q.Kind == QuoteKinds.Direct);
    }

    [Fact]
    public void A_scare_quoted_fragment_is_not_a_direct_quote()
    {
        var doc = Run("Critics called the plan a “victory parade” for the army.");

        Assert.DoesNotContain(doc.Quotes, q => q.Kind == QuoteKinds.Direct);
    }

    [Fact]
    public void Nested_single_quotes_stay_inside_the_content()
    {
        var doc = Run("“They told us ‘leave now’ and then the drones came,” a resident said.");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("They told us ‘leave now’ and then the drones came", doc.TextOf(q.Content));
        Assert.Equal("a resident", TextOf(doc, q.Speaker));
    }
    [Fact]
    public void Turns_of_a_transcript_quoted_as_a_whole_each_get_their_speaker()
    {
        var doc = Run("\"WALLACE: Let's start with the debate story. Will she be there?\n\n\"PENCE: She will not be attending the debate tomorrow night.\"");

        Assert.Equal(["WALLACE", "PENCE"], doc.Quotes.Select(q => TextOf(doc, q.Speaker)));
        Assert.Equal("Let's start with the debate story. Will she be there", doc.TextOf(doc.Quotes[0].Content));
        Assert.Equal("She will not be attending the debate tomorrow night", doc.TextOf(doc.Quotes[1].Content));
    }

    [Fact]
    public void A_quote_interrupted_by_a_long_attribution_keeps_its_longer_part()
    {
        var doc = Run("“This is not reform,” said Douglas Holtz-Eakin, an economist who once served as director of the Congressional Budget Office and is now president of a policy group. “It is layering on even more complexity for every family.”");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("It is layering on even more complexity for every family", doc.TextOf(q.Content));
    }
}

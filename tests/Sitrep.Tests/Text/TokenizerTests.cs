using Sitrep.Tests.Support;

namespace Sitrep.Tests.Text;

public class TokenizerTests
{
    [Theory]
    [InlineData("The U.S. approved it.", "The|U.S.|approved|it|.")]
    [InlineData("Gen. Valery Gerasimov and Lt. Col. Smith", "Gen.|Valery|Gerasimov|and|Lt.|Col.|Smith")]
    [InlineData("about 11,000 soldiers and 55.5 tonnes", "about|11,000|soldiers|and|55.5|tonnes")]
    [InlineData("$55.5bn in aid", "$|55.5|bn|in|aid")]
    [InlineData("Storm Shadow, F-16 and Shahed-136 drones", "Storm|Shadow|,|F-16|and|Shahed-136|drones")]
    [InlineData("Ukraine’s President", "Ukraine|’s|President")]
    [InlineData("Biden's decision, soldiers' pay", "Biden|'s|decision|,|soldiers|'|pay")]
    [InlineData("they don't know", "they|do|n't|know")]
    [InlineData("“such things are not announced”", "“|such|things|are|not|announced|”")]
    [InlineData("KYIV, Ukraine (CNN) — Russia", "KYIV|,|Ukraine|(|CNN|)|—|Russia")]
    [InlineData("O'Brien said 1990s", "O'Brien|said|1990s")]
    [InlineData("see https://example.org/a?b=1.", "see|https://example.org/a?b=1|.")]
    [InlineData("wait... what", "wait|...|what")]
    [InlineData("a .45-caliber pistol and .5 mm", "a|.45-caliber|pistol|and|.5|mm")]
    [InlineData("the talks ended.The next round", "the|talks|ended|.|The|next|round")]
    [InlineData("Gen.Naumenko met St.Petersburg officials", "Gen.|Naumenko|met|St.|Petersburg|officials")]
    public void Splits_news_english_into_treebank_tokens(string text, string expected)
    {
        var doc = Some.Tokenized(text);
        Assert.Equal(expected.Split('|'), Some.TokenTexts(doc));
    }

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        const string text = "  Zelensky  remarked,\n“missiles speak”";
        var doc = Some.Tokenized(text);
        foreach (var token in doc.Tokens)
        {
            Assert.False(string.IsNullOrWhiteSpace(text[token.Start..token.End]));
        }

        Assert.Equal("Zelensky", text[doc.Tokens[0].Start..doc.Tokens[0].End]);
        Assert.Equal(2, doc.Tokens[0].Start);
    }
}

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var doc = Some.Tokenized(text);
        return doc.Sentences.Select(s => text[s.Span.Start..s.Span.End]).ToArray();
    }

    [Fact]
    public void Splits_at_terminal_punctuation_but_not_after_titles()
    {
        Assert.Equal(
            ["Gen. Syrskyi spoke on Nov. 17 in Kyiv.", "He said more."],
            Sentences("Gen. Syrskyi spoke on Nov. 17 in Kyiv. He said more."));
    }

    [Fact]
    public void Keeps_closing_quote_with_its_sentence()
    {
        Assert.Equal(
            ["Zelensky remarked, “missiles speak for themselves.”", "Putin cautioned."],
            Sentences("Zelensky remarked, “missiles speak for themselves.” Putin cautioned."));
    }

    [Fact]
    public void Initialism_ends_a_sentence_only_before_a_sentence_start()
    {
        Assert.Equal(["He met the U.S. Army chief."], Sentences("He met the U.S. Army chief."));
        Assert.Equal(
            ["Aid came from the U.S.", "The package was large."],
            Sentences("Aid came from the U.S. The package was large."));
    }

    [Fact]
    public void Headlines_and_bullets_are_their_own_sentences()
    {
        Assert.Equal(
            ["Russia strikes Kyiv", "At least 10 people were killed.", "• Sumy was hit", "• Kharkiv too"],
            Sentences("Russia strikes Kyiv\nAt least 10 people were killed.\n• Sumy was hit\n• Kharkiv too"));
    }

    [Fact]
    public void A_stop_glued_to_a_capitalized_word_ends_the_sentence()
    {
        Assert.Equal(
            ["The convoy left Odesa.", "It reached the port at noon?", "Nobody knows!", "Ferries waited in 2021.", "The crews left at 14.30.", "Nobody"],
            Sentences("The convoy left Odesa.It reached the port at noon?Nobody knows!Ferries waited in 2021.The crews left at 14.30.Nobody"));
        Assert.Equal(["The ministry cited NATO.", "Officials disagreed."], Sentences("The ministry cited NATO.Officials disagreed."));
    }

    [Fact]
    public void A_stop_glued_to_a_dash_that_opens_a_quotation_ends_the_sentence()
    {
        // A fresh article (20220128T094500Z_PL_en_283eee1): translations set dialogue with dashes and drop the space.
        Assert.Equal(
            ["The second attack on Russia when Belarus joins the war based on allied agreements.", "- We categorically do not accept the war."],
            Sentences("The second attack on Russia when Belarus joins the war based on allied agreements.- We categorically do not accept the war."));
    }

    [Fact]
    public void A_glued_stop_after_a_title_an_initial_or_a_decimal_does_not_end_the_sentence()
    {
        Assert.Equal(
            ["Gen.Naumenko and J.Kowalski flew to St.Petersburg with 2.5 tonnes of cargo.", "They left."],
            Sentences("Gen.Naumenko and J.Kowalski flew to St.Petersburg with 2.5 tonnes of cargo.They left."));
    }

    [Fact]
    public void A_glued_quote_goes_with_the_sentence_it_closes()
    {
        Assert.Equal(
            ["The envoy called it \"a fair offer.\"", "He left.", "\"We wait,\" she said.", "Talks resume \"soon\".", "Nobody came."],
            Sentences("The envoy called it \"a fair offer.\"He left.\"We wait,\" she said.Talks resume \"soon\".Nobody came."));
        Assert.Equal(
            ["Prices rose “by a third.”", "Bakers closed."],
            Sentences("Prices rose “by a third.”Bakers closed."));
        Assert.Equal(
            ["The mayor listed the losses (...).", "Repairs start \"soon \".", "Nobody came."],
            Sentences("The mayor listed the losses (...).Repairs start \"soon \".Nobody came."));
    }
}

using Sitrep.Pipeline;
using Sitrep.Quotes;
using static Sitrep.Tests.Quotes.DirectQuoteTests;

namespace Sitrep.Tests.Quotes;

public class ReportedSpeechTests
{
    [Fact]
    public void Said_that_gives_an_indirect_quote_with_the_clause_after_that()
    {
        var doc = Run("The governor said that two people were killed in the strike.");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKinds.Indirect, q.Kind);
        Assert.Equal("The governor", TextOf(doc, q.Speaker));
        Assert.Equal("said", TextOf(doc, q.Cue));
        Assert.Equal("two people were killed in the strike", doc.TextOf(q.Content));
    }

    [Fact]
    public void Said_without_that_takes_the_rest_of_the_sentence()
    {
        var doc = Run("Ukraine's air force says it shot down 38 of 42 drones overnight.");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Ukraine's air force", TextOf(doc, q.Speaker));
        Assert.Equal("it shot down 38 of 42 drones overnight", doc.TextOf(q.Content));
    }

    [Fact]
    public void Told_reporters_skips_the_addressee()
    {
        var doc = Run("The spokesman told reporters the convoy had reached Kherson.");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("told", TextOf(doc, q.Cue));
        Assert.Equal("the convoy had reached Kherson", doc.TextOf(q.Content));
    }

    [Fact]
    public void Warned_an_addressee_that_takes_the_clause_after_that()
    {
        var doc = Run("Previously, Russian President Vladimir Putin cautioned Western nations that such an action would mean war.");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Russian President Vladimir Putin", TextOf(doc, q.Speaker));
        Assert.Equal("cautioned", TextOf(doc, q.Cue));
        Assert.Equal("such an action would mean war", doc.TextOf(q.Content));
    }

    [Fact]
    public void Inverted_attribution_at_the_sentence_end_takes_the_clause_before_it()
    {
        var doc = Run("Three drones were downed over Kyiv, officials said on Tuesday.");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("officials", TextOf(doc, q.Speaker));
        Assert.Equal("Three drones were downed over Kyiv", doc.TextOf(q.Content));
    }

    [Fact]
    public void Said_before_the_speaker_at_the_sentence_end_is_inverted_too()
    {
        var doc = Run("The attack killed four civilians, said the regional governor.");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("the regional governor", TextOf(doc, q.Speaker));
        Assert.Equal("The attack killed four civilians", doc.TextOf(q.Content));
    }

    [Fact]
    public void According_to_at_the_start_takes_the_rest_of_the_sentence()
    {
        var doc = Run("According to estimates, there are about 11,000 soldiers in the region.");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("estimates", TextOf(doc, q.Speaker));
        Assert.Equal("According to", TextOf(doc, q.Cue));
        Assert.Equal("there are about 11,000 soldiers in the region", doc.TextOf(q.Content));
    }

    [Fact]
    public void According_to_at_the_end_takes_the_clause_before_it()
    {
        var doc = Run("The assault involved around 120 missiles and 90 drones, according to Ukrainian officials.");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Ukrainian officials", TextOf(doc, q.Speaker));
        Assert.Equal("The assault involved around 120 missiles and 90 drones", doc.TextOf(q.Content));
    }

    [Fact]
    public void An_appositive_speaker_is_reduced_to_the_name()
    {
        var doc = Run("Serhiy Kuzan, the chairman of a security think tank, emphasized that the decision is important.");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Serhiy Kuzan", TextOf(doc, q.Speaker));
        Assert.Equal("the decision is important", doc.TextOf(q.Content));
    }

    [Fact]
    public void A_participial_cue_takes_the_subject_of_its_clause()
    {
        var doc = Run("The ministry issued a statement, saying the strikes hit only military targets.");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("saying", TextOf(doc, q.Cue));
        Assert.Equal("The ministry", TextOf(doc, q.Speaker));
        Assert.Equal("the strikes hit only military targets", doc.TextOf(q.Content));
    }

    [Fact]
    public void Reported_speech_stops_at_a_second_clause_with_but()
    {
        var doc = Run("Cook said Carter stopped the practice, but officials said the review continues.");

        Assert.Equal(2, doc.Quotes.Count);
        Assert.Equal("Carter stopped the practice", doc.TextOf(doc.Quotes[0].Content));
        Assert.Equal("the review continues", doc.TextOf(doc.Quotes[1].Content));
    }

    [Fact]
    public void Cue_words_used_as_nouns_give_no_quote()
    {
        var doc = Run("His recent remarks drew criticism. The states hold primaries in March. A phone call or a letter would help.");

        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void Passive_cues_give_no_speaker()
    {
        var doc = Run("The bridge was said to be destroyed.");

        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void They_resolves_to_the_nearest_preceding_group()
    {
        const string text = "NATO ministers met in Brussels. They said that more air defence would be sent.";
        var doc = Run(text, (EntityTypes.Organization, "NATO", 0));

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("They", TextOf(doc, q.Speaker));
        Assert.Equal("NATO", TextOf(doc, q.SpeakerEntity));
    }

    [Fact]
    public void A_description_resolves_to_the_nearest_preceding_person()
    {
        const string text = "Denys Shmyhal met donors in Berlin. The prime minister said that repairs would cost billions.";
        var doc = Run(text, (EntityTypes.Person, "Denys Shmyhal", 0));

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("The prime minister", TextOf(doc, q.Speaker));
        Assert.Equal("Denys Shmyhal", TextOf(doc, q.SpeakerEntity));
    }

    [Fact]
    public void A_name_resolves_to_the_entity_it_contains()
    {
        const string text = "Russian President Vladimir Putin said that the talks were over.";
        var doc = Run(text, (EntityTypes.Person, "Vladimir Putin", 0));

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Russian President Vladimir Putin", TextOf(doc, q.Speaker));
        Assert.Equal("Vladimir Putin", TextOf(doc, q.SpeakerEntity));
    }

    [Fact]
    public void A_pronoun_speaker_takes_the_previous_sentences_subject_not_a_nearer_possessive()
    {
        var doc = Run(
            "Serhiy Kuzan, the chairman of the centre, emphasized that Biden’s decision is important. He noted that it will help balance the forces.",
            (EntityTypes.Person, "Serhiy Kuzan", 0), (EntityTypes.Person, "Biden", 0));

        var noted = Assert.Single(doc.Quotes, q => q.Cue is { } c && doc.TextOf(c) == "noted");
        Assert.Equal("Serhiy Kuzan", TextOf(doc, noted.SpeakerEntity));
    }

    [Fact]
    public void A_pronoun_speaker_skips_a_person_named_inside_a_direct_quotation()
    {
        var doc = Run(
            "Andriy Yermak spoke in Kyiv on Monday. “Putin is not interested in talks,” he said.",
            (EntityTypes.Person, "Andriy Yermak", 0), (EntityTypes.Person, "Putin", 0));

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Andriy Yermak", TextOf(doc, q.SpeakerEntity));
    }

    [Fact]
    public void She_skips_a_man_named_since_for_the_woman_named_before()
    {
        // A fresh article (20220905T120000Z_PL_en_62a06b4): the sentence before names only Zbigniew Rau, a man.
        var doc = QuotePipelines.Analyze(
            "Liz Truss also announced that if necessary she would be ready to use the Arsenal of Great Britain if she were at the forefront of the government.\n\n\"Poland has always clearly seen Putin's intentions\"\n\nIn April, after meeting with the Minister of Foreign Affairs, Zbigniew Rau, the head of British diplomacy emphasized that \"Poland has always clearly seen the issue of Russia and Putin's intentions.\"She also thanked Poles for helping Ukrainian refugees.");

        var q = Assert.Single(doc.Quotes, q => TextOf(doc, q.Speaker) == "She");
        Assert.Equal("Liz Truss", TextOf(doc, q.SpeakerEntity));
    }

    [Fact]
    public void He_skips_a_news_agency_the_recognizer_took_for_a_person()
    {
        // A fresh article (20220217T171500Z_PL_en_f552be5): "Ria Nowosti", named after "agency", is no candidate for "He".
        var doc = QuotePipelines.Analyze(
            "The deputy head of Russian diplomacy Sergei Wierzynin during the speech argued that Kiev \"did not implement\" Minsk agreements regarding the regulation of the armed conflict in Donbas.He reminded that the Ukrainian authorities did not fulfill the findings of the status of Donbass.\n\n- The source of the problem is the systematic reluctance of Kiev to establish a direct dialogue with the authorized representatives of Donetsk and Lugansk in the contact group - said Wierszynin, quoted by the Russian agency Ria Nowosti.\n\nThe deputy minister of foreign affairs accused the authorities in Kiev that \"they took the course to completely reject direct cooperation with the republics in Donbas.\"\n\nWierszynin also quoted alleged cases of Ukrainian crimes against civilians in Donbas.He also stated that he was \"disappointed\" by the attitude of Western countries and a lack of pressure on Ukraine to implement decisions from Minsk.");

        var q = doc.Quotes.Last(q => TextOf(doc, q.Speaker) == "He");
        Assert.StartsWith("he was", TextOf(doc, q.Content));
        Assert.Equal("Sergei Wierzynin", TextOf(doc, q.SpeakerEntity));
    }

    [Fact]
    public void She_skips_a_nearer_person_with_a_male_given_name()
    {
        // A fresh article (20220321T191500Z_US_en_eb92aaf).
        var doc = Run(
            "Craft said that while the nonbinding U.N. General Assembly vote to condemn Russia earlier this month was helpful in isolating President Vladimir Putin in the international community and noted the U.N.’s essential humanitarian efforts in Ukraine and neighboring countries, she said the Russian invasion has shown the U.N.’s weakness.",
            (EntityTypes.Person, "Craft", 0), (EntityTypes.Person, "Vladimir Putin", 0));

        var q = Assert.Single(doc.Quotes, q => TextOf(doc, q.Speaker) == "she");
        Assert.Equal("Craft", TextOf(doc, q.SpeakerEntity));
    }

    [Fact]
    public void A_pronoun_speaker_takes_the_nearest_person_earlier_in_its_own_sentence()
    {
        var doc = Run(
            "Zelensky met the delegation, and Scholz told reporters that he was ready to send more air defence.",
            (EntityTypes.Person, "Zelensky", 0), (EntityTypes.Person, "Scholz", 0));

        Assert.Equal("Scholz", TextOf(doc, doc.Quotes[0].SpeakerEntity));
    }

    [Fact]
    public void A_description_with_a_demonym_skips_a_person_introduced_with_another()
    {
        var doc = Run(
            "Emmanuel Macron said that he plans to hold phone talks with his Russian counterpart Vladimir Putin on Friday. The French president said that the talks would be difficult.",
            (EntityTypes.Person, "Emmanuel Macron", 0), (EntityTypes.Norp, "Russian", 0), (EntityTypes.Person, "Vladimir Putin", 0), (EntityTypes.Norp, "French", 0));

        var q = Assert.Single(doc.Quotes, q => TextOf(doc, q.Speaker) == "The French president");
        Assert.Equal("Emmanuel Macron", TextOf(doc, q.SpeakerEntity));
    }

    [Fact]
    public void A_description_with_a_demonym_takes_the_person_introduced_with_it()
    {
        var doc = Run(
            "French President Emmanuel Macron arrived in Kyiv. Olaf Scholz met him there. The French president said that more air defence would follow.",
            (EntityTypes.Norp, "French", 0), (EntityTypes.Person, "Emmanuel Macron", 0), (EntityTypes.Person, "Olaf Scholz", 0), (EntityTypes.Norp, "French", 1));

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Emmanuel Macron", TextOf(doc, q.SpeakerEntity));
    }

    [Fact]
    public void A_nationality_adjective_in_the_speaker_phrase_is_not_the_speaker()
    {
        var doc = Run("Ukrainian officials said that the strike hit a school.", (EntityTypes.Norp, "Ukrainian", 0));

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Ukrainian officials", TextOf(doc, q.Speaker));
        Assert.Null(q.SpeakerEntity);
    }

    [Fact]
    public void Without_entities_a_pronoun_falls_back_to_the_previous_named_speaker()
    {
        var doc = Run("Kuzan said that the decision matters. He noted that it will help balance the forces.");

        Assert.Equal(2, doc.Quotes.Count);
        Assert.Equal("He", TextOf(doc, doc.Quotes[1].Speaker));
        Assert.Equal("Kuzan", TextOf(doc, doc.Quotes[1].SpeakerEntity));
    }

    [Fact]
    public void Without_entities_or_an_earlier_speaker_a_pronoun_stays_unresolved()
    {
        var doc = Run("He noted that it will help balance the forces.");

        var q = Assert.Single(doc.Quotes);
        Assert.Null(q.SpeakerEntity);
    }
    [Fact]
    public void A_progressive_cue_takes_the_subject_before_the_form_of_be()
    {
        var doc = Run("The White House is saying that the new tax rules are unfair to families.");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("The White House", TextOf(doc, q.Speaker));
        Assert.Equal("the new tax rules are unfair to families", doc.TextOf(q.Content));
    }

    [Fact]
    public void A_cue_after_by_hangs_on_the_subject_of_the_clause()
    {
        var doc = Run("Obama responded to the mother by saying the phrase was a manufactured issue.");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Obama", TextOf(doc, q.Speaker));
        Assert.Equal("the phrase was a manufactured issue", doc.TextOf(q.Content));
    }

    [Fact]
    public void A_parenthetical_before_the_cue_stays_out_of_the_way_of_the_speaker()
    {
        var doc = Run("Gov. Mike Pence (R-IN) said the tweet was only meant to mock the campaign.");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Gov. Mike Pence", TextOf(doc, q.Speaker));
        Assert.Equal("the tweet was only meant to mock the campaign", doc.TextOf(q.Content));
    }

    [Fact]
    public void A_cue_and_colon_closing_a_paragraph_takes_the_next_paragraph()
    {
        var doc = Run("The governor added:\n\nWe will rebuild every house that was destroyed. Nobody will be left behind.");

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("The governor", TextOf(doc, q.Speaker));
        Assert.Equal("We will rebuild every house that was destroyed. Nobody will be left behind", doc.TextOf(q.Content));
    }

    // "X said this at ...": the content is the sentence before (saidthis round, docs/quotes.md), with both shipped models.

    [Fact]
    public void Said_this_at_takes_the_sentence_before_as_its_content()
    {
        // Fresh article 20220219T231500Z_UA_en_8a41a845e8 (Zelensky's Munich speech).
        var doc = QuotePipelines.Analyze("That the annexation of Crimea and the war in Donbas affects the whole world. And this is not a war in Ukraine, but a war in Europe. I said this at summits and forums.");

        var q = Assert.Single(doc.Quotes, q => TextOf(doc, q.Cue) == "said");
        Assert.Equal("I", TextOf(doc, q.Speaker));
        Assert.Equal("And this is not a war in Ukraine, but a war in Europe", doc.TextOf(q.Content));
    }

    [Fact]
    public void Acknowledges_this_at_the_sentence_end_takes_the_sentence_before()
    {
        // RAMS dev window nw_RC2b63fd542a5eb3c2e931b5ac6083eb7213729976026aab1900b014c9 (tokenized text).
        var doc = QuotePipelines.Analyze("The low homicide rate of some modern democracies are , perhaps , an aberration in human history . Indeed , Latzer acknowledges this .");

        var q = Assert.Single(doc.Quotes, q => TextOf(doc, q.Cue) == "acknowledges");
        Assert.Equal("Latzer", TextOf(doc, q.Speaker));
        Assert.Equal("The low homicide rate of some modern democracies are , perhaps , an aberration in human history", doc.TextOf(q.Content));
    }

    [Fact]
    public void This_was_reported_by_gives_the_sentence_before_to_the_agent()
    {
        // Development article 20230722T221500Z_UA_en_2d2ace907d (no fresh article has the passive with "by").
        var doc = QuotePipelines.Analyze("The arrest of former Russian officer and ardent ultranationalist Igor Girkin aka Strelkov on July 21 may be the public manifestation of a shifting balance of power among Kremlin factions.\n\nThis was reported by the Institute for the Study of War in its latest update, seen by Ukrinform.");

        var q = Assert.Single(doc.Quotes, q => TextOf(doc, q.Cue) == "reported");
        Assert.Equal("the Institute for the Study of War", TextOf(doc, q.Speaker));
        Assert.StartsWith("The arrest of former Russian officer", doc.TextOf(q.Content));
        Assert.EndsWith("among Kremlin factions", doc.TextOf(q.Content));
    }

    [Fact]
    public void Said_this_leaves_a_sentence_before_that_is_already_attributed()
    {
        // Fresh article 20220824T141500Z_UA_en_de0dc12e15: the lead's "called on" quote stands; no second quote of the lead.
        var doc = QuotePipelines.Analyze("The Ukrainian Foreign Ministry has called on all states and organizations to support the creation of a special tribunal for Russia's crimes in Ukraine.\n\nAccording to Ukrinform, the ministry said this in an Independence Day statement published on its website.");

        var called = Assert.Single(doc.Quotes, q => TextOf(doc, q.Cue) == "called");
        Assert.Equal("The Ukrainian Foreign Ministry", TextOf(doc, called.Speaker));
        Assert.DoesNotContain(doc.Quotes, q => TextOf(doc, q.Cue) == "said" && doc.TextOf(q.Content).StartsWith("The Ukrainian", StringComparison.Ordinal));
    }

    [Fact]
    public void Said_this_leaves_a_sentence_before_with_a_stray_quotation_mark()
    {
        // Written for the check (no sentence of the data has it): an unpaired mark makes the sentence before part of some
        // quotation, so it is not taken as what "said this" restates.
        var doc = QuotePipelines.Analyze("Russia must end the “special operation immediately, and any escalation will have consequences.\n\nThe chairman of the Estonian parliament said this at a joint briefing.");

        Assert.DoesNotContain(doc.Quotes, q => doc.TextOf(q.Content).StartsWith("Russia must", StringComparison.Ordinal));
    }

    [Fact]
    public void Blame_this_on_is_no_restatement()
    {
        // PolNeAR dev (usa-today_2016-09-22): "this" is what is blamed, not something said.
        var doc = QuotePipelines.Analyze("This led to drastic losses and allowed the then-relatively small ISIL to quickly become a formidable fighting force. They can't blame this on President Bush.");

        Assert.DoesNotContain(doc.Quotes, q => doc.TextOf(q.Content).StartsWith("This led", StringComparison.Ordinal));
    }
}

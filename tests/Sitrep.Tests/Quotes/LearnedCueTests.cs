using Sitrep.Pipeline;
using Sitrep.Quotes;
using Sitrep.Tests.Support;
using static Sitrep.Tests.Quotes.DirectQuoteTests;

namespace Sitrep.Tests.Quotes;

public class LearnedCueTests
{
    private static Document RunTagged(string text, string verb, params (string Type, string Text, int Occurrence)[] entities)
    {
        var doc = Some.Tokenized(text);
        foreach (var (type, part, occurrence) in entities)
        {
            doc.Entities.Add(new EntityMention(type, Some.SpanOf(text, part, occurrence)));
        }

        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(doc.Tokens);
        for (int i = 0; i < tokens.Length; i++)
        {
            tokens[i].Pos = doc.TextOf(tokens[i].Span) == verb ? "VBD" : "NN";
        }

        // The learned word list is the fallback without a cue model.
        new QuoteStage(cueModel: null).Process(doc, CancellationToken.None);
        return doc;
    }

    [Fact]
    public void Learned_list_holds_frequent_train_cues_beyond_the_curated_lexicon()
    {
        Assert.True(CueLexicon.IsLearned("declined"));
        Assert.False(CueLexicon.IsLearned("said"));
        Assert.False(CueLexicon.IsLearned("about"));
    }

    [Fact]
    public void A_learned_verb_cue_with_a_named_subject_gives_an_indirect_quote()
    {
        var doc = RunTagged("Zaluzhnyi seemed certain that the counteroffensive would reach the coast by winter.", "seemed",
            (EntityTypes.Person, "Zaluzhnyi", 0));

        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Zaluzhnyi", TextOf(doc, q.Speaker));
        Assert.Equal("seemed", TextOf(doc, q.Cue));
    }

    [Fact]
    public void A_learned_cue_needs_a_verb_tag()
    {
        var doc = RunTagged("Zaluzhnyi seemed certain that the counteroffensive would reach the coast by winter.", "none",
            (EntityTypes.Person, "Zaluzhnyi", 0));

        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void A_learned_cue_after_a_thing_is_not_attribution()
    {
        var doc = RunTagged("The shelling seemed heavier than last week across the whole eastern front.", "seemed");

        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void Learner_counts_cue_uses_over_all_occurrences()
    {
        const string text = "Officials said the bridge was hit. The mayor said nothing. Said is a word.";
        var cue = new Span(text.IndexOf("said", StringComparison.Ordinal), text.IndexOf("said", StringComparison.Ordinal) + 4);
        var gold = new GoldAttribution([], [cue], []);
        var doc = new PolnearDocument("doc", text, null, [gold]);

        var said = Assert.Single(CueLearner.Learn([doc, doc, doc]));
        Assert.Equal(("said", 3, 9), (said.Word, said.CueCount, said.Total));
    }

    [Fact]
    public void A_malformed_learned_list_line_names_file_and_line()
    {
        var ex = Assert.Throws<PolnearFormatException>(() => CueLearner.Read(new StringReader("# header\nsaid\tmany\t3\n"), "cues.tsv"));
        Assert.Equal(2, ex.Line);
    }
}

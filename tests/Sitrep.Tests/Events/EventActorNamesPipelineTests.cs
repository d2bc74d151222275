using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The actornames round (docs/events-rounds.md, *Actornames round*): a surname of the actor list respelled the Polish way or
/// garbled by machine translation reaches its actor through the transliteration key. Sentences from fresh articles.
/// </summary>
public sealed class EventActorNamesPipelineTests
{
    private static readonly DateOnly Published = new(2023, 7, 12);

    [Fact]
    public void A_polish_respelling_of_a_spokeswoman_names_her_party()
    {
        var doc = Analyzer.Pipeline.Analyze("t",
            "A spokeswoman for the Russian Ministry of Foreign Affairs, Maria Zacharowa, said on Tuesday in an interview with Al Jazera television that \"Russia had a goal to weaken NATO\".",
            Published);
        Assert.Contains(Mentions(doc), m => m.Actor.Name == "Russia" && doc.TextOf(m.Span(doc)) == "Zacharowa");
    }

    [Fact]
    public void A_doubled_letter_garble_of_a_surname_takes_its_party()
        => Assert.Contains(Analyzer.EventsOfSentence(
                "The Chinese Information Agency Xinhua News Agency reports that during the meetings of foreign ministers of NATO countries on April 6 and 7, NATO Secretary General Jens Stooltenberg accused China of \"reluctance to condemn Russia's aggression\" against Ukraine.",
                new DateOnly(2022, 4, 12)),
            e => e.Class == EventClasses.Accuse && e.Actors.Any(a => a.Name == "NATO"));

    [Theory]
    [InlineData("Ławrow", "Russia")]
    [InlineData("Ławrowie", "Russia")]
    [InlineData("Pieskow", "Russia")]
    [InlineData("Zełenski", "Ukraine")]
    [InlineData("Łukaszenka", "Belarus")]
    [InlineData("Zacharów", "Russia")]
    public void Respellings_from_fresh_articles_key_to_a_person_row(string word, string actor)
    {
        var lexicon = EventLexicon.Default;
        Assert.False(lexicon.Actors.TryGetValue(word, out _));
        Span<char> key = stackalloc char[TransliterationKey.MaxLength];
        Assert.True(lexicon.PersonKeys.TryGetValue(key[..TransliterationKey.Of(word, key, polish: true)], out var person));
        Assert.Equal(actor, person.Row.Name);
    }

    [Theory]
    [InlineData("Zelnski", "Ukraine")]
    [InlineData("Zelanski", "Ukraine")]
    public void Garbles_from_fresh_articles_are_one_edit_from_a_long_person_key(string word, string actor)
    {
        var lexicon = EventLexicon.Default;
        Span<char> key = stackalloc char[TransliterationKey.MaxLength];
        var k = key[..TransliterationKey.Of(word, key, polish: true)];
        Assert.False(lexicon.PersonKeys.TryGetValue(k, out _));
        Assert.True(lexicon.TryGetPersonNear(k, out var person));
        Assert.Equal(actor, person.Row.Name);
    }

    [Fact]
    public void A_garbled_presidents_name_names_his_party()
    {
        var doc = Analyzer.Pipeline.Analyze("t",
            "On Saturday, during the Munich Safety Conference, the President of Ukraine Wołodymyr Zelnski will take the floor.",
            new DateOnly(2022, 2, 19));
        Assert.Contains(Mentions(doc), m => m.Actor.Name == "Ukraine" && doc.TextOf(m.Span(doc)) == "Zelnski");
    }

    [Theory]
    [InlineData("Duda")]
    [InlineData("Szojgu")]
    [InlineData("Shah")]
    [InlineData("Sochi")]
    public void Three_letter_skeletons_get_no_key(string word)
    {
        Span<char> key = stackalloc char[TransliterationKey.MaxLength];
        Assert.False(EventLexicon.Default.PersonKeys.TryGetValue(key[..TransliterationKey.Of(word, key, polish: true)], out _));
    }

    [Fact]
    public void A_short_key_inside_a_person_entity_names_his_party()
    {
        // The entity stage tags the lone "Vučić" PER only with the full name earlier in the article.
        var doc = Analyzer.Pipeline.Analyze("t",
            "President Aleksandar Vučić's ruling nationalist conservative Serbian Progressive Party holds a comfortable majority after an election in December that fueled political tensions because of reports of widespread irregularities. "
            + "The increasingly authoritarian Vučić has refused to join Western sanctions against Moscow over its full-scale invasion of Ukraine, though Serbia has condemned the aggression.",
            new DateOnly(2024, 5, 2));
        Assert.Contains(doc.Events, e => e.Class == EventClasses.Reject && e.Actors.Any(a => a.Name == "Serbia" && a.Mention is { } m && doc.TextOf(m) == "Vučić"));
    }

    [Fact]
    public void A_short_key_is_not_matched_as_a_sentences_first_word()
    {
        // A capitalized first word is no sign of a name; the PER tag carries over from the full name before it.
        var doc = Analyzer.Pipeline.Analyze("t", "Serbian President Aleksandar Vucić met the envoy. Vucić gave the Italian newspaper an extensive interview.", Published);
        Assert.DoesNotContain(Mentions(doc), m => m.Actor.Name == "Serbia" && m.FirstToken == doc.Sentences[1].FirstToken);
        Assert.Contains(Mentions(doc), m => m.Actor.Name == "Serbia" && doc.TextOf(m.Span(doc)) == "Vucić");
    }

    [Fact]
    public void A_place_tagged_as_a_person_is_not_a_three_letter_key()
    {
        var doc = Analyzer.Pipeline.Analyze("t",
            "Four militants were killed in neighboring Shah Wali Kot district when a vehicle they were traveling touched off an IED, setting off an explosion that claimed the lives of all militants aboard the vehicle, the statement said.",
            new DateOnly(2020, 1, 1));
        Assert.DoesNotContain(Mentions(doc), m => m.Actor.Name == "Russia");
    }

    [Fact]
    public void Another_first_name_before_a_respelled_surname_is_another_person()
    {
        var doc = Analyzer.Pipeline.Analyze("t", "Maciej Zieliński said the talks would resume on Monday.", Published);
        Assert.DoesNotContain(Mentions(doc), m => m.Actor.Name == "Ukraine");
        var kept = Analyzer.Pipeline.Analyze("t", "Wołodymyr Zełenski said the talks would resume on Monday.", Published);
        Assert.Contains(Mentions(kept), m => m.Actor.Name == "Ukraine");
    }

    private static List<ActorMention> Mentions(Document doc)
    {
        var all = new List<ActorMention>();
        var output = new List<ActorMention>();
        foreach (var sentence in doc.Sentences)
        {
            ActorMentions.Find(doc, sentence, EventLexicon.Default, output, doc.Entities.ToArray());
            all.AddRange(output);
        }

        return all;
    }
}

using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// The actornames round (docs/events.md, *Actornames round*): a surname of the actor list respelled the Polish way or
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

    [Fact]
    public void Short_surnames_get_no_key()
    {
        Span<char> key = stackalloc char[TransliterationKey.MaxLength];
        Assert.False(EventLexicon.Default.PersonKeys.TryGetValue(key[..TransliterationKey.Of("Duda", key, polish: true)], out _));
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

using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Entities;

public class EntitiesStageTests
{
    private static readonly SitrepPipeline Pipeline = new PipelineBuilder().UseText().UseEntities().Build();

    private static Document Analyze(string text) => Pipeline.Analyze("test", text, Some.Published);

    private static HashSet<(string Type, string Text)> Mentions(Document doc)
        => doc.Entities.Select(e => (e.Type, doc.TextOf(e.Span))).ToHashSet();

    [Fact]
    public void Reference_article_yields_its_people_organizations_places_and_weapons()
    {
        var text = File.ReadAllText(Paths.Sample("atacms-approval.txt"));
        var doc = Analyze(text);
        var found = Mentions(doc);
        foreach (var person in new[] { "Joe Biden", "Volodymyr Zelensky", "Vladimir Putin", "Serhiy Kuzan" })
        {
            Assert.Contains((EntityTypes.Person, person), found);
        }

        Assert.Contains((EntityTypes.Organization, "NATO"), found);
        foreach (var place in new[] { "Ukraine", "Russia", "Kursk", "Donetsk", "Pokrovsk", "Sumy" })
        {
            Assert.Contains((EntityTypes.Location, place), found);
        }

        Assert.Contains((EntityTypes.Weapon, "ATACMS"), found);
        Assert.Contains((EntityTypes.Weapon, "Storm Shadow"), found);

        // The article names North Korea only through its demonym ("North Korean troops").
        Assert.Contains(doc.Entities, e => e.Type == EntityTypes.Norp && doc.TextOf(e.Span) == "North Korean" && e.Canonical == "North Korea");
    }

    [Fact]
    public void Every_token_gets_a_part_of_speech_and_a_chunk_tag()
    {
        var doc = Analyze("President Joe Biden has approved the use of long-range missiles by Ukraine.");
        Assert.All(doc.Tokens, t =>
        {
            Assert.NotNull(t.Pos);
            Assert.NotNull(t.Chunk);
        });
        Assert.Equal(["NNP", "NNP", "NNP", "VBZ", "VBN", "DT", "NN", "IN", "JJ", "NNS", "IN", "NNP", "."], doc.Tokens.Select(t => t.Pos!).ToArray());
        Assert.Equal("B-NP", doc.Tokens[5].Chunk);
        Assert.Equal("I-NP", doc.Tokens[6].Chunk);
    }

    [Fact]
    public void Weapons_carry_their_canonical_name_and_replace_the_recognizer_s_guess()
    {
        var doc = Analyze("Kyiv received more Leopards and F-16s, while Russia fired Geran drones and Su-25s attacked.");
        var weapons = doc.Entities.Where(e => e.Type == EntityTypes.Weapon).ToDictionary(e => doc.TextOf(e.Span), e => e.Canonical);
        Assert.Equal("Leopard 2", weapons["Leopards"]);
        Assert.Equal("F-16", weapons["F-16s"]);
        Assert.Equal("Shahed-136", weapons["Geran"]);
        Assert.Equal("Su-25", weapons["Su-25s"]);
        Assert.DoesNotContain(doc.Entities, e => e.Type != EntityTypes.Weapon && e.Span.Overlaps(Some.SpanOf(doc.Text, "F-16s")));
    }

    [Fact]
    public void Designations_outside_the_design_series_are_not_weapons()
    {
        Assert.Null(WeaponLexicon.Designation("COVID-19"));
        Assert.Null(WeaponLexicon.Designation("G-7"));
        Assert.Null(WeaponLexicon.Designation("A-1"));
        Assert.Equal("Ka-52", WeaponLexicon.Designation("Ka-52"));
        Assert.Equal("M777", WeaponLexicon.Designation("M777s"));
        Assert.Equal("T-90M", WeaponLexicon.Designation("T-90M"));
    }

    [Fact]
    public void Demonyms_become_norp_with_the_country_as_canonical_name()
    {
        var doc = Analyze("Ukrainian and Russian officials met North Korean and British diplomats.");
        var norp = doc.Entities.Where(e => e.Type == EntityTypes.Norp).ToDictionary(e => doc.TextOf(e.Span), e => e.Canonical);
        Assert.Equal("Ukraine", norp["Ukrainian"]);
        Assert.Equal("Russia", norp["Russian"]);
        Assert.Equal("North Korea", norp["North Korean"]);
        Assert.Equal("United Kingdom", norp["British"]);
    }

    [Fact]
    public void A_demonym_inside_an_organization_name_stays_part_of_it()
    {
        var doc = Analyze("Serhiy Kuzan, the chairman of the Ukrainian Security and Cooperation Centre, spoke on Monday.");
        Assert.Contains((EntityTypes.Organization, "Ukrainian Security and Cooperation Centre"), Mentions(doc));
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityTypes.Norp);
    }

    [Fact]
    public void A_name_right_after_agency_is_an_organization()
    {
        // A fresh article (20220217T171500Z_PL_en_f552be5): the recognizer reads the Polish spelling "Ria Nowosti" as a person.
        var doc = Analyze("- The source of the problem is the systematic reluctance of Kiev to establish a direct dialogue with the authorized representatives of Donetsk and Lugansk in the contact group - said Wierszynin, quoted by the Russian agency Ria Nowosti.");
        var found = Mentions(doc);
        Assert.Contains((EntityTypes.Organization, "Ria Nowosti"), found);
        Assert.DoesNotContain((EntityTypes.Person, "Ria Nowosti"), found);
    }

    [Fact]
    public void Document_without_tokens_gets_no_entities()
    {
        var doc = Analyze("   ");
        Assert.Empty(doc.Entities);
    }

    [Fact]
    public void The_default_pipeline_runs_entities_after_text()
    {
        var names = SitrepDefaults.CreateDefault().Stages.Select(s => s.Name).ToArray();
        Assert.Equal("text", names[0]);
        Assert.Equal("entities", names[1]);
    }
}

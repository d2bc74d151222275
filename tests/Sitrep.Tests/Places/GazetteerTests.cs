using Sitrep.Places;

namespace Sitrep.Tests.Places;

public class GazetteerTests
{
    private static readonly Gazetteer Gaz = Gazetteer.Default;

    private static GazetteerFeature ById(long id) => Gaz.Features.First(f => f.GeonamesId == id);

    private static string DemonymCountry(string demonym) =>
        Gaz.TryGetDemonym(NameKey.Of(demonym), out int country) ? Gaz[country].Country : "none";

    [Fact]
    public void Shipped_gazetteer_loads_with_countries_divisions_and_places()
    {
        Assert.Equal(250, Gaz.Features.Count(f => f.Level == FeatureLevel.Country));
        Assert.True(Gaz.Features.Count(f => f.Level == FeatureLevel.Admin1) > 3000);
        Assert.True(Gaz.Features.Count(f => f.Level == FeatureLevel.Populated) > 40_000);
    }

    [Fact]
    public void Pokrovsk_in_Donetsk_oblast_carries_its_geonames_id_and_division()
    {
        var pokrovsk = ById(704422);
        Assert.Equal("UA", pokrovsk.Country);
        Assert.Equal(FeatureLevel.Populated, pokrovsk.Level);
        Assert.Equal("Donetsk Oblast", Gaz[pokrovsk.Admin1Index].Name);
        Assert.Equal(709716, Gaz[pokrovsk.Admin1Index].GeonamesId);
    }

    [Fact]
    public void Curated_oblasts_have_geonames_ids_and_centroids_inside_the_country()
    {
        var kursk = ById(538555);
        Assert.Equal(FeatureLevel.Admin1, kursk.Level);
        Assert.Equal("RU", kursk.Country);
        Assert.InRange(kursk.Lat, 50.5, 52.5);
        Assert.InRange(kursk.Lon, 34.5, 38.5);
        Assert.Equal("UA", ById(692196).Country);
    }

    [Fact]
    public void Former_names_and_transliterations_find_the_same_city()
    {
        foreach (var (alias, id) in new[] { ("Kiev", 703448L), ("Kharkov", 706483L), ("Nikolaev", 700569L), ("Zaporozhye", 687700L), ("Dnepr", 709930L), ("Artemivsk", 713174L), ("Odessa", 698740L), ("Lugansk", 702658L) })
        {
            Assert.True(Gaz.TryGetCandidates(NameKey.Of(alias), out var candidates), alias);
            Assert.Contains(candidates, c => Gaz[c].GeonamesId == id);
        }
    }

    [Fact]
    public void Demonyms_name_countries_but_not_places()
    {
        Assert.Equal("KP", DemonymCountry("North Korean"));
        Assert.Equal("RU", DemonymCountry("Russian"));
        Assert.False(Gaz.TryGetCandidates(NameKey.Of("North Korean"), out _));
    }

    [Fact]
    public void Capitals_are_flagged()
    {
        Assert.True(ById(703448).IsCapital);
        Assert.False(ById(706483).IsCapital);
    }

    [Fact]
    public void Missing_gazetteer_file_is_a_clear_error()
    {
        var ex = Assert.Throws<GazetteerException>(() => Gazetteer.Load(Path.Combine(Path.GetTempPath(), "no-such-gazetteer.bin")));
        Assert.Contains("not found", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_gazetteer_fails_its_checksum()
    {
        var bytes = ShippedBytes();
        bytes[^100] ^= 0x5A;
        var ex = Assert.Throws<GazetteerException>(() => Gazetteer.Load(new MemoryStream(bytes), "corrupt.bin"));
        Assert.Contains("corrupt.bin", ex.Message, StringComparison.Ordinal);
        Assert.Contains("corrupt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_gazetteer_is_reported_as_truncated_or_corrupt()
    {
        var bytes = ShippedBytes();
        var ex = Assert.Throws<GazetteerException>(() => Gazetteer.Load(new MemoryStream(bytes[..(bytes.Length / 2)]), "half.bin"));
        Assert.Contains("half.bin", ex.Message, StringComparison.Ordinal);
        Assert.Throws<GazetteerException>(() => Gazetteer.Load(new MemoryStream(bytes[..10]), "header.bin"));
    }

    [Fact]
    public void Other_files_and_other_versions_are_refused()
    {
        var ex = Assert.Throws<GazetteerException>(() => Gazetteer.Load(new MemoryStream(new byte[64]), "zeros.bin"));
        Assert.Contains("bad magic", ex.Message, StringComparison.Ordinal);

        var bytes = ShippedBytes();
        bytes[4] = 99;
        ex = Assert.Throws<GazetteerException>(() => Gazetteer.Load(new MemoryStream(bytes), "future.bin"));
        Assert.Contains("version 99", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_display_name_finds_its_own_feature()
    {
        foreach (var f in Gaz.Features)
        {
            var key = NameKey.Of(f.Name);
            if (key.Length > 0)
            {
                Assert.True(Gaz.TryGetCandidates(key, out var candidates) && candidates.Contains(f.Index), f.Name);
            }
        }
    }

    [Fact]
    public void Written_gazetteer_reads_back_with_its_names_candidates_and_flags()
    {
        var source = new GazetteerSource(
            [
                new SourceFeature(100, 0, "XA", 5_000_000, 3_000_000, 900, -1, "Testland", ["Testia"], ["Testish", "North Testish"]),
                new SourceFeature(200, 1, "XA", 5_100_000, 3_100_000, 500, -1, "Alpha Oblast", ["Alpha"], []),
                new SourceFeature(300, 3 | 0x80, "XA", 5_110_000, 3_120_000, 400, 1, "Alpha", ["Álfa"], []),
                new SourceFeature(400, 3, "XB", -1_000_000, -2_000_000, 50, -1, "Reading", ["Olive Branch"], []),
            ],
            ["reading", "olive branch", "no such key"]);
        var bytes = GazetteerWriter.Write(source);
        Assert.Equal(bytes, GazetteerWriter.Write(source));

        var g = Gazetteer.Load(new MemoryStream(bytes), "test.bin");
        Assert.Equal(4, g.Features.Count);
        Assert.True(g.TryGetCandidates("alpha", out var alpha));
        Assert.Equal([1, 2], alpha.ToArray());
        Assert.True(g.TryGetCandidates("alfa", out var alfa) && alfa.Count == 1 && alfa[0] == 2);
        Assert.True(g[2].IsCapital);
        Assert.Equal((FeatureLevel.Populated, "XA", 1, 400L), (g[2].Level, g[2].Country, g[2].Admin1Index, g[2].Population));
        Assert.Equal((51.1, 31.2), (g[2].Lat, g[2].Lon));
        Assert.Equal(["Testish", "North Testish"], g[0].Demonyms);
        Assert.True(g.TryGetDemonym("north testish", out int country) && country == 0);
        Assert.True(g.IsFirstWord("north"));
        Assert.True(g.IsFirstWord("olive"));
        Assert.True(g.IsFirstWord("alpha"));
        Assert.False(g.IsFirstWord("branch"));
        Assert.False(g.IsAsciiOnlyName("alfa"));
        Assert.True(g.IsAsciiOnlyName("alpha"));
        Assert.True(g.IsCommonWordName("reading"));
        Assert.True(g.IsCommonWordName("olive branch"));
        Assert.False(g.IsCommonWordName("alpha"));
        Assert.Equal(2, g.MaxNameWords);
    }

    [Fact]
    public void Names_written_only_in_ascii_are_flagged()
    {
        Assert.True(Gaz.IsAsciiOnlyName("swatow"));
        Assert.False(Gaz.IsAsciiOnlyName("charkow"));
        Assert.False(Gaz.IsAsciiOnlyName("no such name"));
    }

    [Fact]
    public void Transliteration_keys_find_towns_of_ukraine_russia_and_belarus_only()
    {
        var key = new char[TransliterationKey.MaxLength];
        Assert.True(Gaz.TryGetTransliterated(key.AsSpan(0, TransliterationKey.Of("Swatów", key, polish: true)), out var svatove));
        Assert.Equal("Svatove", Gaz[svatove[0]].Name);
        Assert.All(svatove, c => Assert.Contains(Gaz[c].Country, Gazetteer.TransliteratedCountries));
        Assert.False(Gaz.TryGetTransliterated(key.AsSpan(0, TransliterationKey.Of("Kraków", key, polish: true)), out _));
    }

    [Theory]
    [InlineData("Siewierodoniec")]
    [InlineData("Sevirodontsk")]
    public void A_long_respelling_one_edit_from_a_single_large_town_finds_it(string garbled)
    {
        var key = new char[TransliterationKey.MaxLength];
        var span = key.AsSpan(0, TransliterationKey.Of(garbled, key, polish: true));
        Assert.False(Gaz.TryGetTransliterated(span, out _));
        Assert.True(Gaz.TryGetTransliteratedNear(span, out int town));
        Assert.Equal("Sievierodonetsk", Gaz[town].Name);
    }

    [Theory]
    [InlineData("Kersoń")]
    [InlineData("Moskwa")]
    public void A_short_key_never_answers_a_one_edit_lookup(string name)
    {
        var key = new char[TransliterationKey.MaxLength];
        Assert.False(Gaz.TryGetTransliteratedNear(key.AsSpan(0, TransliterationKey.Of(name, key, polish: true)), out _));
    }

    [Fact]
    public void Near_name_search_stays_within_the_country_and_the_edit_limit()
    {
        Assert.True(Gaz.TryFindNearName("mykolayev", 2, "UA", out var key, out var candidates));
        Assert.Contains(candidates, c => Gaz[c].GeonamesId == 700569);
        Assert.False(string.IsNullOrEmpty(key));
        Assert.False(Gaz.TryFindNearName("mykolayev", 2, "FR", out _, out _));
        Assert.False(Gaz.TryFindNearName("zwiebelfisch", 2, "UA", out _, out _));
    }

    [Fact]
    public void Gazetteer_source_files_are_checked_like_the_gazetteer()
    {
        var ex = Assert.Throws<GazetteerException>(() => GazetteerSource.Load(new MemoryStream(ShippedBytes()), "shipped.bin"));
        Assert.Contains("bad magic", ex.Message, StringComparison.Ordinal);
        Assert.Throws<GazetteerException>(() => GazetteerSource.Load(new MemoryStream(new byte[5]), "short.bin"));
    }

    private static byte[] ShippedBytes()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(Gazetteer.ResourceName)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

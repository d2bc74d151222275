using Sitrep.Places;

namespace Sitrep.Tests.Places;

public class TransliterationKeyTests
{
    private static string Key(string text, bool polish)
    {
        var buffer = new char[TransliterationKey.MaxLength];
        return new string(buffer, 0, TransliterationKey.Of(text, buffer, polish));
    }

    [Theory]
    [InlineData("Awdijiwka", "Avdiivka")]
    [InlineData("Awdijwka", "Avdiivka")]
    [InlineData("Siewierodonieck", "Sievierodonetsk")]
    [InlineData("Lisiczańsk", "Lysychansk")]
    [InlineData("Krasnohoriwka", "Krasnohorivka")]
    [InlineData("Swatów", "Svatove")]
    [InlineData("Zaporoże", "Zaporozhye")]
    [InlineData("Czernihów", "Chernigov")]
    [InlineData("Żytomierz", "Zhytomyr")]
    [InlineData("Biełgorod", "Belgorod")]
    [InlineData("Bachmut", "Bakhmut")]
    [InlineData("Czasiw Jar", "Chasiv Yar")]
    public void A_Polish_spelling_and_the_English_one_share_a_key(string polish, string english)
        => Assert.Equal(Key(english, polish: false), Key(polish, polish: true));

    [Fact]
    public void Polish_o_for_Ukrainian_i_is_left_to_the_Russian_forms_the_gazetteer_holds()
        => Assert.NotEqual(Key("Chernihiv", polish: false), Key("Czernihów", polish: true));

    [Theory]
    [InlineData("Kharkiv", "Kherson")]
    [InlineData("Svatove", "Sumy")]
    [InlineData("Lysychansk", "Luhansk")]
    public void Different_names_keep_different_keys(string a, string b)
        => Assert.NotEqual(Key(a, polish: false), Key(b, polish: false));

    [Fact]
    public void Polish_ch_is_kh_and_English_ch_is_tsh()
    {
        Assert.Equal(Key("Kharkiv", polish: false), Key("Charkiw", polish: true));
        Assert.Equal(Key("Lysychansk", polish: false), Key("Lysychansk", polish: false));
        Assert.NotEqual(Key("Charkiw", polish: false), Key("Charkiw", polish: true));
    }

    [Fact]
    public void Text_longer_than_the_limit_gets_no_key()
    {
        var buffer = new char[TransliterationKey.MaxLength];
        Assert.Equal(0, TransliterationKey.Of(new string('a', TransliterationKey.MaxLength + 1), buffer, polish: true));
        Assert.Equal(0, TransliterationKey.Of("’", buffer, polish: true));
    }
}

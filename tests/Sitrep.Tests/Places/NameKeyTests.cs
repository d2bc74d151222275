using Sitrep.Places;

namespace Sitrep.Tests.Places;

public class NameKeyTests
{
    [Theory]
    [InlineData("Kyiv", "kyiv")]
    [InlineData("U.S.", "us")]
    [InlineData("Zaporiz’ka Oblast'", "zaporizka oblast")]
    [InlineData("Ivano-Frankivsk", "ivano frankivsk")]
    [InlineData("Gorłówka", "gorlowka")]
    [InlineData("Dnipró", "dnipro")]
    [InlineData("  Bila   Tserkva ", "bila tserkva")]
    [InlineData("Donetsk People's Republic", "donetsk peoples republic")]
    public void Keys_fold_case_diacritics_apostrophes_and_separators(string name, string key)
        => Assert.Equal(key, NameKey.Of(name));

    [Fact]
    public void Appending_tokens_joins_them_with_one_space()
    {
        var buffer = new char[64];
        int n = NameKey.Append("North", buffer, 0);
        n = NameKey.Append("Korea", buffer, n);
        Assert.Equal("north korea", new string(buffer, 0, n));
    }

    [Fact]
    public void Punctuation_only_text_adds_nothing()
    {
        var buffer = new char[8];
        Assert.Equal(0, NameKey.Append("’", buffer, 0));
        Assert.Equal(3, NameKey.Append(".", buffer, 3));
    }
}

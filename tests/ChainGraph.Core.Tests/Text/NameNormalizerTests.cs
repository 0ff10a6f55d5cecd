using ChainGraph.Core.Text;

namespace ChainGraph.Core.Tests.Text;

public sealed class NameNormalizerTests
{
    [Theory]
    [InlineData("曙光信息产业股份有限公司", "曙光信息产业")]
    [InlineData("凯莱英医药集团(天津)股份有限公司", "凯莱英医药")]
    [InlineData("凯莱英医药集团（天津）股份有限公司", "凯莱英医药")]
    [InlineData("ＴＣＬ科技集团股份有限公司", "tcl科技")]
    [InlineData("*ST津滨", "津滨")]
    [InlineData("ST 海马", "海马")]
    [InlineData("  中国铁路通信信号 股份有限公司 ", "中国铁路通信信号")]
    [InlineData("Apple Inc.", "apple")]
    [InlineData("金田实业(集团)股份有限公司", "金田实业")]
    [InlineData("（天津）", "天津")]
    public void Normalize_LegalNameVariants_MatchingForm(string name, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(name));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Normalize_NothingLeft_Empty(string? name) => Assert.Equal("", NameNormalizer.Normalize(name));

    [Fact]
    public void Normalize_NameThatIsOnlyASuffix_KeepsFoldedName() =>
        Assert.Equal("集团", NameNormalizer.Normalize("集团"));
}

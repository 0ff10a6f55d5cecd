using System.Globalization;
using System.Text;
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

    [Fact]
    public void Fold_UnifiedIdeographs_LettersThatNfkcKeeps()
    {
        // Fold skips the NFKC call and the case tables for U+4E00..U+9FFF: this is what makes that exact.
        for (var c = (char)0x4E00; c <= 0x9FFF; c++)
        {
            var text = c.ToString();
            Assert.Equal(UnicodeCategory.OtherLetter, char.GetUnicodeCategory(c));
            Assert.Equal(text, text.Normalize(NormalizationForm.FormKC));
            Assert.Equal(text, NameNormalizer.Fold(text));
        }
    }

    [Theory]
    [InlineData("江苏省苏州市昆山市锦鸿达科技有限公司", "江苏省苏州市昆山市锦鸿达科技有限公司")]
    [InlineData("ＡＢＣ（苏州）有限公司", "abc苏州有限公司")]
    [InlineData("Ⅻ号﹡ＳＴ", "xii号*st")]
    [InlineData("丽\uF9E9", "丽里")]
    [InlineData("A-B.c 1", "abc1")]
    public void Fold_MixedScripts_SameAsNfkcThenLettersAndDigits(string name, string expected) =>
        Assert.Equal(expected, NameNormalizer.Fold(System.Text.RegularExpressions.Regex.Unescape(name)));
}

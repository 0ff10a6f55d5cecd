using ChainGraph.Ingest.Policy;

namespace ChainGraph.Ingest.Tests.Policy;

public sealed class PolicyTextCleanerTests
{
    [Theory]
    [InlineData("為進(jìn)一步加大招商引資工作力度", "为进一步加大招商引资工作力度")] // Dongli plan, first line: pinyin in brackets, Traditional
    [InlineData("繼續加強與中汽中心、國網、平高、愛思達", "继续加强与中汽中心、国网、平高、爱思达")]
    [InlineData("海銀前哨等基金引導作用", "海银前哨等基金引导作用")]
    [InlineData("提zhi质增效", "提质增效")] // a bare pinyin fragment inside a word
    [InlineData("医疗器械CDMO企业", "医疗器械CDMO企业")] // upper-case acronyms are words, not pinyin
    [InlineData("世 界5\n0 0强", "世界500强")] // Liaocheng plan: digits split across lines and spaced
    [InlineData("(2018―2\n0 2 0年)", "(2018―2020年)")]
    [InlineData("引进项目１６０个", "引进项目160个")] // full-width digits
    public void Clean_MessyPolicyText_ReadsAsPlainSimplifiedChinese(string input, string expected) =>
        Assert.Equal(expected, PolicyTextCleaner.Clean(input));

    [Fact]
    public void Sentences_LongClause_IsCutAtCommasWithinTheLimit()
    {
        var text = string.Join(",", Enumerable.Repeat("围绕主导产业开展精准招商活动", 40)) + "。第二句。";

        var sentences = PolicyTextCleaner.Sentences(text);

        Assert.All(sentences, s => Assert.True(s.Length <= PolicyTextCleaner.MaxSentenceLength + 20, s));
        Assert.Equal("第二句。", sentences[^1]);
    }

    [Fact]
    public void ToSimplified_EveryMappedCharacter_MapsToADifferentCharacter()
    {
        Assert.True(TraditionalChinese.Count > 400);
        Assert.Equal("东丽区执信医疗中车唐车天钢", TraditionalChinese.ToSimplified("東麗區執信醫療中車唐車天鋼"));
    }
}

using ChainGraph.Core.Model;
using ChainGraph.Web.Site;
using ChainGraph.Web.Targets;

namespace ChainGraph.Web.Tests.Site;

public sealed class LabelsTests
{
    // Regression (issue 14, finding 3): BASED_ON_PATENT reached a page as a code. Every relationship type has words.
    [Fact]
    public void RelationLabels_EveryRelationshipType_HasChineseWordsBothWays()
    {
        foreach (var type in Enum.GetValues<RelType>())
        {
            Assert.Contains(type, RelationLabels.Labelled);
            Assert.DoesNotMatch("[A-Za-z_]", RelationLabels.Of(type, outgoing: true));
            Assert.DoesNotMatch("[A-Za-z_]", RelationLabels.Of(type, outgoing: false));
        }

        Assert.Equal("基于专利", RelationLabels.Of("BASED_ON_PATENT"));
        Assert.Equal("宁德时代 供货给 理想汽车", RelationLabels.Sentence("SUPPLIES", "宁德时代", "理想汽车"));
    }

    // Regression (issue 14, finding 4): sources read 「ckg · companies.jsonl:3663」; the file and line now sit behind a toggle.
    [Theory]
    [InlineData("ckg", "company_product.jsonl:3663", "A股上市公司主营构成（年报）", "数据文件 company_product.jsonl 第 3,663 行")]
    [InlineData("ckg", "companies.jsonl:1", "A股上市公司名录（交易所公开信息）", "数据文件 companies.jsonl 第 1 行")]
    [InlineData("ickg25", "facts.txt:10092", "产业链时序知识图谱（新闻、专利、研报）", "数据文件 facts.txt 第 10,092 行")]
    [InlineData("chains", "placement by ingest/chains/01-nev.yaml", "产业链模板（环节划分规则）", "模板文件 01-nev.yaml")]
    [InlineData("overrides", "web:admin:0", "链长在线校正（admin）", null)]
    [InlineData("regions", "modood/Administrative-divisions-of-China pca-code.json", "全国行政区划代码（GB/T 2260）", null)]
    [InlineData("天津市东丽区2024年招商引资提质攻坚行动实施方案", "ingest/policy-docs/dongli-2024-investment-plan.txt (二)2 链接存量龙头企业招商",
        "天津市东丽区2024年招商引资提质攻坚行动实施方案", "（二）2 链接存量龙头企业招商")]
    public void SourceLabels_Provenance_ReadableTitleAndRawRecord(string source, string reference, string title, string? record)
    {
        Assert.Equal(new SourceLabels.Label(title, record), SourceLabels.Of(source, reference));
    }

    [Theory]
    [InlineData("300750.SZ", "300750.SZ")]
    [InlineData("600303.SH.SH", "600303.SH")]
    [InlineData("ABCDEFGHIJKLMNOPQR", null)]           // 18 characters, but I and O are not credit-code letters
    [InlineData("91310000MA1FL5LX3X", "91310000MA1FL5LX3X")]
    [InlineData("name:华为", null)]                    // an internal key is never shown
    public void EnterpriseCodes_Key_ShowsOnlyRealCodes(string key, string? shown)
    {
        Assert.Equal(shown, EnterpriseCodes.Display(key));
    }
}

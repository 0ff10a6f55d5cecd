using ChainGraph.Ingest.Ckg;
using ChainGraph.Ingest.Loading;

namespace ChainGraph.Ingest.Tests.Ckg;

public sealed class ProductNameRepairTests
{
    // Regression (issue 14, finding 4): 「技术月艮务」 (603019.SH's 技术服务, 服 split in two by the source's extraction) reached pages.
    [Theory]
    [InlineData("技术月艮务", "技术服务", 1)]
    [InlineData("技术服务", "技术服务", 0)]
    [InlineData("通用服务器", "通用服务器", 0)]
    public void RepairProductName_SplitCharacter_IsPutBackAndCounted(string raw, string repaired, int counted)
    {
        var report = new LoadReportBuilder("company_product.jsonl");

        Assert.Equal(repaired, CkgLoader.RepairProductName(raw, report));
        Assert.Equal(counted, report.Build(ChainGraph.Core.Store.UpsertResult.Empty).Counts.Values.Sum(c => (int)c));
    }
}

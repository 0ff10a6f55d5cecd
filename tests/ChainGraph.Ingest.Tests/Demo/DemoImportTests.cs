using ChainGraph.Core.Model;
using ChainGraph.Ingest.Tests.TestSupport;

namespace ChainGraph.Ingest.Tests.Demo;

/// <summary>The foundation issue's bar, on the shipped demo extract.</summary>
public sealed class DemoImportTests(DemoStoreFixture demo) : IClassFixture<DemoStoreFixture>
{
    [Fact]
    public async Task IngestDemo_ShippedData_MeetsTheCounts()
    {
        var stats = await demo.Store.Store.GetStatsAsync(CancellationToken.None);
        Assert.True(stats.NodeCount(NodeKind.Enterprise) >= 4_600, $"enterprises: {stats.NodeCount(NodeKind.Enterprise)}");
        Assert.True(stats.NodeCount(NodeKind.Industry) >= 500, $"industries: {stats.NodeCount(NodeKind.Industry)}");
        Assert.True(stats.RelationshipCount(RelType.Makes) >= 50_000, $"MAKES: {stats.RelationshipCount(RelType.Makes)}");
        var business = GraphNames.EnterpriseLinks.Sum(stats.RelationshipCount);
        Assert.True(business >= 5_000, $"enterprise-enterprise relationships: {business}");
        Assert.True(stats.RelationshipCount(RelType.Supplies) > 0 && stats.RelationshipCount(RelType.Controls) > 0);
    }

    [Fact]
    public async Task IngestDemo_SecondRun_ChangesNothing()
    {
        var before = await demo.Store.Store.GetStatsAsync(CancellationToken.None);
        var reports = await demo.Store.Ingest.IngestDemoAsync(null, CancellationToken.None);
        var after = await demo.Store.Store.GetStatsAsync(CancellationToken.None);
        Assert.All(reports, r => Assert.Equal((r.Source, 0, 0), (r.Source, r.Result.Added, r.Result.Updated)));
        Assert.Equal(before.Nodes.OrderBy(kv => kv.Key), after.Nodes.OrderBy(kv => kv.Key));
        Assert.Equal(before.Relationships.OrderBy(kv => kv.Key), after.Relationships.OrderBy(kv => kv.Key));
    }

    [Fact]
    public async Task IngestDemo_CompaniesWithoutPlaceInName_LocatedFromSupplement()
    {
        var sugon = await demo.Store.Store.GetNodeAsync(new NodeRef(NodeKind.Enterprise, "603019.SH"), CancellationToken.None);
        Assert.Equal(("中科曙光", "天津市"), (sugon!.Name, sugon.Property(EnterpriseProps.Province)));
    }

    [Fact]
    public async Task IngestDemo_ListedCompanies_SeventyPercentHaveAProvince()
    {
        var listed = new List<GraphNode>();
        await foreach (var stored in demo.Store.Store.ReadNodesAsync(CancellationToken.None))
        {
            if (stored.Node.Kind == NodeKind.Enterprise && stored.Node.Property(EnterpriseProps.StockCode) is not null)
            {
                listed.Add(stored.Node);
            }
        }

        var located = listed.Count(n => n.Property(EnterpriseProps.Province) is { } p && p != EnterpriseProps.Unknown);
        Assert.True(listed.Count >= 4_500, $"listed companies: {listed.Count}");
        Assert.True(located >= 0.70 * listed.Count, $"{located} of {listed.Count} listed companies have a province");
    }

    [Fact]
    public async Task IngestDemo_IckgCompanies_ResolvedToListedCompanies()
    {
        var ickg = demo.FirstImport.Single(r => r.Source.Contains("ickg25", StringComparison.Ordinal));
        var matched = ickg.Counts.Where(kv => kv.Key.StartsWith("companies matched", StringComparison.Ordinal)).Sum(kv => kv.Value);
        Assert.True(matched >= 900, $"ICKG companies matched to ckg enterprises: {matched}");
        Assert.True(ickg.Counts.GetValueOrDefault("companies created") > 0);

        // 曙光信息产业股份有限公司 (an ICKG name) is 中科曙光's legal name: its patents hang on the listed company.
        var edges = await demo.Store.Store.GetEdgesAsync(new NodeRef(NodeKind.Enterprise, "603019.SH"), CancellationToken.None);
        Assert.Contains(edges, e => e.Type == RelType.HoldsPatent);
        Assert.Contains(edges, e => e.Type == RelType.Invests && e.Since == new DateOnly(2025, 5, 26) && e.Provenance.Reference == "facts.txt:26201");
    }

    [Fact]
    public async Task IngestDemo_DeclaredAnchorInputs_AreProductFactsWithTheirSource()
    {
        // 平高's GIS needs 灭弧室 (anchors.yaml cites GB/T 7674): a keyword product relation, not a ckg fact.
        var edges = await demo.Store.Store.GetEdgesAsync(new NodeRef(NodeKind.Product, "灭弧室"), CancellationToken.None);

        var link = Assert.Single(edges, e => e.Type == RelType.UpstreamOf && e.Qualifier == Core.Chains.AnchorProduct.FactQualifier);
        Assert.Equal("封闭组合电器", link.To.Key);
        Assert.Contains("GB/T 7674", link.Provenance.Source, StringComparison.Ordinal);
        Assert.StartsWith("ingest/chains/anchors.yaml:", link.Provenance.Reference, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestDemo_LongruanKeji_CarriesNoOtherCompanysNamesOrNews()
    {
        // Regression (issue 11): ckg lists 688078.SH with the full names of 中国交建, 中国建设银行 and eight more SOEs.
        var node = await demo.Store.Store.GetNodeAsync(new NodeRef(NodeKind.Enterprise, "688078.SH"), CancellationToken.None);
        Assert.Equal("龙软科技", node!.Name);
        Assert.DoesNotContain(node.Aliases, a => a.Contains("中国", StringComparison.Ordinal));
        var edges = await demo.Store.Store.GetEdgesAsync(node.Ref, CancellationToken.None);
        Assert.DoesNotContain(edges, e => e.Type is RelType.Controls or RelType.Competes);
    }
}

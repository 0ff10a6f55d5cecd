using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Web.Targets;

namespace ChainGraph.Web.Tests.Targets;

public sealed class EnterpriseSizeTests
{
    private static readonly Provenance s_provenance = new("tests", null, DateTimeOffset.UnixEpoch);
    private static readonly DateOnly s_today = new(2026, 12, 1);

    [Theory]
    // capital, stock code, list date → size, basis
    [InlineData("80000", null, null, SizeClass.Large, "注册资本 80,000 万元")]
    [InlineData("1000", "300001.SZ", "2009-10-30", SizeClass.Small, "注册资本 1,000 万元")]          // a real figure wins over any estimate
    [InlineData(null, "600519.SH", "2001-08-27", SizeClass.Large, "估算：主板上市 25 年")]
    [InlineData(null, "002812.SZ", "2016-09-14", SizeClass.Medium, "估算：主板上市 10 年")]
    [InlineData(null, "300014.SZ", "2009-10-30", SizeClass.Medium, "估算：创业板上市 17 年")]
    [InlineData(null, "688567.SH", "2021-07-21", SizeClass.Small, "估算：科创板上市 5 年")]
    [InlineData(null, "830799.BJ", "2023-01-01", SizeClass.Small, "估算：北交所上市 3 年")]
    [InlineData(null, null, null, SizeClass.Unknown, "无规模数据")]                               // nothing in the data says: not "small"
    public void Classify_RealFiguresFirstThenAnEstimateMarkedAsSuch(string? capital, string? code, string? listDate, SizeClass expected, string basis)
    {
        var node = new GraphNode(NodeKind.Enterprise, code ?? "name:某公司", "某公司", s_provenance).WithTags(code is null ? [] : [EnterpriseTags.Listed]);
        node = capital is null ? node : node.WithProperty(EnterpriseProps.RegisteredCapital, capital);
        node = code is null ? node : node.WithProperty(EnterpriseProps.StockCode, code);
        node = listDate is null ? node : node.WithProperty(EnterpriseProps.ListDate, listDate);
        var builder = new GraphSnapshotBuilder();
        builder.AddNode(node);

        Assert.Equal((expected, basis), EnterpriseSize.Classify(node, builder.Build(), s_today));
    }

    [Fact]
    public void Classify_ManyBusinessPartners_LargeWhateverTheBoard()
    {
        var builder = new GraphSnapshotBuilder();
        var hub = builder.AddNode(new GraphNode(NodeKind.Enterprise, "300750.SZ", "枢纽公司", s_provenance)
            .WithTags([EnterpriseTags.Listed]).WithProperty(EnterpriseProps.ListDate, "2018-06-11"));
        for (var i = 0; i < EnterpriseSize.LargePartners; i++)
        {
            var partner = builder.AddNode(new GraphNode(NodeKind.Enterprise, $"P{i}", $"伙伴{i}", s_provenance));
            builder.AddEdge(RelType.Supplies, partner, hub, s_provenance);
            builder.AddEdge(RelType.Cooperates, hub, partner, s_provenance); // the same partner twice counts once
        }

        var snapshot = builder.Build();
        Assert.Equal((SizeClass.Large, "估算：图谱中有 20 家业务伙伴、0 项专利"), EnterpriseSize.Classify(snapshot.Node(hub), snapshot, s_today));
    }
}

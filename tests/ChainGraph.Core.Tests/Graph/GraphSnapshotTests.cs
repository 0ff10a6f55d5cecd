using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;

namespace ChainGraph.Core.Tests.Graph;

public sealed class GraphSnapshotTests
{
    private static readonly Provenance s_source = new("test", null, DateTimeOffset.UnixEpoch);

    [Fact]
    public void OutEdgesAndInEdges_SmallGraph_AdjacencyInBothDirections()
    {
        var (graph, a, b, c) = Triangle();
        Assert.Equal(2, graph.OutDegree(a));
        Assert.Equal(0, graph.InDegree(a));
        Assert.Equal(new[] { b, c }, graph.OutEdges(a).ToArray().Select(graph.EdgeTo).Order());
        Assert.Equal(new[] { a, b }, graph.InEdges(c).ToArray().Select(graph.EdgeFrom).Order());
        Assert.Equal(RelType.Cooperates, graph.Edges(b, RelType.Cooperates, Direction.Out).Single().Type);
    }

    [Fact]
    public void Canonical_DuplicateMarkedSameAs_GivesTheCompanyItIs()
    {
        var builder = new GraphSnapshotBuilder();
        var company = builder.AddNode(new GraphNode(NodeKind.Enterprise, "name:中国汽车技术研究中心", "中国汽车技术研究中心有限公司", s_source));
        var duplicate = builder.AddNode(new GraphNode(NodeKind.Enterprise, "name:中汽中心", "中汽中心", s_source).WithProperty(EnterpriseProps.SameAs, "name:中国汽车技术研究中心"));
        var dangling = builder.AddNode(new GraphNode(NodeKind.Enterprise, "name:某公司", "某公司", s_source).WithProperty(EnterpriseProps.SameAs, "name:不在图中"));
        var graph = builder.Build();

        Assert.Equal(company, graph.Canonical(duplicate));
        Assert.Equal(company, graph.Canonical(company));
        Assert.Equal(dangling, graph.Canonical(dangling));
    }

    [Fact]
    public void AsOfDate_EdgeObservedLater_IsNotSeen()
    {
        var (graph, a, _, c) = Triangle();
        var past = graph.AsOfDate(new DateOnly(2025, 3, 31));
        Assert.Equal(graph.NodeCount, past.NodeCount);
        Assert.DoesNotContain(past.OutEdges(a).ToArray(), e => past.EdgeTo(e) == c);
        Assert.All(Enumerable.Range(0, past.EdgeCount), e => Assert.True(past.EdgeSince(e) is null || past.EdgeSince(e) <= new DateOnly(2025, 3, 31)));
        Assert.Equal(new DateOnly(2025, 3, 31), past.AsOf);
    }

    [Theory]
    [InlineData("2025-04-30", true)]   // still holds the day before its end
    [InlineData("2025-05-01", false)]  // "until" is the first day it no longer holds
    [InlineData("2025-06-01", false)]
    public void AsOfDate_EdgeEndedByThen_IsNotSeen(string date, bool seen)
    {
        var builder = new GraphSnapshotBuilder();
        var (a, b) = (builder.AddNode(new GraphNode(NodeKind.Enterprise, "a", "A", s_source)), builder.AddNode(new GraphNode(NodeKind.Enterprise, "b", "B", s_source)));
        builder.AddEdge(RelType.Supplies, a, b, s_source, since: new DateOnly(2025, 1, 1), properties: new Dictionary<string, string> { [GraphEdge.UntilProperty] = "2025-05-01" });
        var graph = builder.Build();

        Assert.Equal(new DateOnly(2025, 5, 1), graph.EdgeUntil(0));
        Assert.Equal(seen ? 1 : 0, graph.AsOfDate(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).EdgeCount);
    }

    [Fact]
    public void AsOfDate_CutOfACut_EveryKeptEdgeKeepsItsQualifierProvenanceAndProperties()
    {
        var builder = new GraphSnapshotBuilder();
        var (a, b, c) = (builder.AddNode(new GraphNode(NodeKind.Enterprise, "a", "A", s_source)), builder.AddNode(new GraphNode(NodeKind.Enterprise, "b", "B", s_source)), builder.AddNode(new GraphNode(NodeKind.Enterprise, "c", "C", s_source)));
        for (var i = 0; i < 12; i++)
        {
            var provenance = new Provenance("合同", $"第{i}号", DateTimeOffset.UnixEpoch.AddDays(i));
            var until = i % 4 == 3 ? new Dictionary<string, string> { [GraphEdge.UntilProperty] = "2025-03-01", ["n"] = $"{i}" } : new Dictionary<string, string> { ["n"] = $"{i}" };
            builder.AddEdge(RelType.Supplies, i % 2 == 0 ? a : b, i % 3 == 0 ? c : b, provenance, since: new DateOnly(2025, 1, 1).AddDays(i * 10), qualifier: $"产品{i}", properties: until);
        }

        var graph = builder.Build();
        var cut = graph.AsOfDate(new DateOnly(2025, 4, 1)).AsOfDate(new DateOnly(2025, 3, 15));

        // Edges dated up to 2025-03-12 (i ≤ 7) hold on 2025-03-15 unless they ended on 2025-03-01 (i = 3, 7).
        Assert.Equal(["0", "1", "2", "4", "5", "6"], Enumerable.Range(0, cut.EdgeCount).Select(e => cut.EdgeProperties(e)["n"]));
        Assert.All(Enumerable.Range(0, cut.EdgeCount), e =>
        {
            var i = int.Parse(cut.EdgeProperties(e)["n"], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal($"产品{i}", cut.EdgeQualifier(e));
            Assert.Equal(new Provenance("合同", $"第{i}号", DateTimeOffset.UnixEpoch.AddDays(i)), cut.EdgeProvenance(e));
            Assert.Equal(new DateOnly(2025, 1, 1).AddDays(i * 10), cut.EdgeSince(e));
            Assert.Equal(i % 2 == 0 ? a : b, cut.EdgeFrom(e));
        });
    }

    [Fact]
    public void FindByName_FullNameOrAliasVariant_FindsNode()
    {
        var builder = new GraphSnapshotBuilder();
        var node = builder.AddNode(new GraphNode(NodeKind.Enterprise, "603019.SH", "中科曙光", s_source)
            .WithProperty(EnterpriseProps.FullName, "曙光信息产业股份有限公司")
            .WithAliases(["Sugon"]));
        var graph = builder.Build();
        Assert.Equal([node], graph.FindByName("曙光信息产业有限公司"));
        Assert.Equal([node], graph.FindByName("SUGON"));
        Assert.Empty(graph.FindByName("曙光股份"));
    }

    [Fact]
    public void AddNode_SameNaturalKeyTwice_OneNode()
    {
        var builder = new GraphSnapshotBuilder();
        var first = builder.AddNode(new GraphNode(NodeKind.Product, "锂电池", "锂电池", s_source));
        var second = builder.AddNode(new GraphNode(NodeKind.Product, "锂电池", "锂电池 ", s_source));
        Assert.Equal(first, second);
        Assert.Equal(1, builder.NodeCount);
    }

    [Fact]
    public void AddEdge_UnknownNodeIndex_Throws()
    {
        var builder = new GraphSnapshotBuilder();
        builder.AddNode(new GraphNode(NodeKind.Product, "a", "a", s_source));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddEdge(RelType.UpstreamOf, 0, 5, s_source));
    }

    private static (GraphSnapshot Graph, int A, int B, int C) Triangle()
    {
        var builder = new GraphSnapshotBuilder();
        var a = builder.AddNode(new GraphNode(NodeKind.Enterprise, "A", "甲", s_source));
        var b = builder.AddNode(new GraphNode(NodeKind.Enterprise, "B", "乙", s_source));
        var c = builder.AddNode(new GraphNode(NodeKind.Enterprise, "C", "丙", s_source));
        builder.AddEdge(RelType.Supplies, a, b, s_source, since: new DateOnly(2025, 1, 1));
        builder.AddEdge(RelType.Supplies, a, c, s_source, since: new DateOnly(2025, 6, 1));
        builder.AddEdge(RelType.Cooperates, b, c, s_source);
        return (builder.Build(), a, b, c);
    }
}

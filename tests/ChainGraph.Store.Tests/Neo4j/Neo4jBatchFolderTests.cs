using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Store.Neo4j;

namespace ChainGraph.Store.Tests.Neo4j;

/// <summary>Repeated keys in one batch fold with the store's merge rules and count as the SQLite store counts them.</summary>
public sealed class Neo4jBatchFolderTests
{
    private static readonly Provenance s_source = new("t", null, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Fold_RepeatedNode_UnitesTagsAndOverlaysProperties()
    {
        var first = new GraphNode(NodeKind.Enterprise, "1", "天钢", s_source).WithTags(["上市"]).WithProperty("city", "天津");
        var second = new GraphNode(NodeKind.Enterprise, "1", "天钢", s_source).WithTags(["央企"]).WithProperty("province", "天津市");

        var folded = Neo4jBatchFolder.Fold(new GraphBatch("t", [first, second, second], []));

        var node = Assert.Single(folded.Nodes);
        Assert.Equal(["上市", "央企"], node.Tags.ToArray());
        Assert.Equal(("天津", "天津市"), (node.Property("city"), node.Property("province")));
        Assert.Equal((1, 1), (folded.Repeats.NodesUpdated, folded.Repeats.NodesUnchanged));
    }

    [Fact]
    public void Fold_RepeatedEdge_KeepsTheEarliestSince()
    {
        var a = new NodeRef(NodeKind.Enterprise, "a");
        var b = new NodeRef(NodeKind.Enterprise, "b");
        var late = new GraphEdge(RelType.Supplies, a, b, s_source) { Since = new DateOnly(2022, 1, 1) };
        var early = late with { Since = new DateOnly(2019, 1, 1) };

        var folded = Neo4jBatchFolder.Fold(new GraphBatch("t", [], [early, late]));

        Assert.Equal(new DateOnly(2019, 1, 1), Assert.Single(folded.Edges).Since);
        Assert.Equal(1, folded.Repeats.EdgesUnchanged);
    }
}

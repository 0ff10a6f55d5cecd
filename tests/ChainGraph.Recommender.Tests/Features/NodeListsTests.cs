using ChainGraph.Recommender.Features;

namespace ChainGraph.Recommender.Tests.Features;

/// <summary>The per-node lists every feature reads: sorted, one of each member, in both directions when asked.</summary>
public sealed class NodeListsTests
{
    [Fact]
    public void Build_Undirected_SortedDistinctNeighboursBothWays()
    {
        // Edges 2→0, 0→2 again, 0→1, 3→0, 1→1 (a loop); node 4 has none.
        (int, int)[] edges = [(2, 0), (0, 2), (0, 1), (3, 0), (1, 1)];
        var lists = NodeLists.Build(5, edges.Length, e => edges[e], undirected: true);

        Assert.Equal(5, lists.NodeCount);
        Assert.Equal([1, 2, 3], lists[0].ToArray());
        Assert.Equal([0, 1], lists[1].ToArray());
        Assert.Equal([0], lists[2].ToArray());
        Assert.Equal([0], lists[3].ToArray());
        Assert.True(lists[4].IsEmpty);
        Assert.Equal([1, 2, 3], lists.Members(0));
        Assert.Equal(2, lists.Count(0, n => n >= 2));
        Assert.True(lists.Any(0, n => n == 3));
        Assert.False(lists.Any(0, n => n == 0));
        Assert.False(lists.Any(4, _ => true));
    }

    [Fact]
    public void Build_Directed_OnlyTheOwnersListAndSkippedEdges()
    {
        (int, int)?[] edges = [(0, 3), null, (0, 1), (2, 1), (0, 3)];
        var lists = NodeLists.Build(4, edges.Length, e => edges[e], undirected: false);

        Assert.Equal([1, 3], lists[0].ToArray());
        Assert.True(lists[1].IsEmpty);
        Assert.Equal([1], lists[2].ToArray());
        Assert.True(lists[3].IsEmpty);
    }

    [Fact]
    public void Build_NoEdges_EveryListEmpty()
    {
        var lists = NodeLists.Build(3, 0, _ => null, undirected: true);
        Assert.All(Enumerable.Range(0, 3), n => Assert.Equal(0, lists.Members(n).Count));
    }
}

using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Recommender.Evaluation;
using ChainGraph.Recommender.Features;
using ChainGraph.Recommender.Ranking;

namespace ChainGraph.Recommender.Tests.Features;

/// <summary>The bounds that keep recall and training linear at city scale, and the ranks they rest on.</summary>
public sealed class ScaleBoundsTests
{
    private static readonly Provenance s_source = new("test", null, DateTimeOffset.UnixEpoch);

    [Fact]
    public void RoleRank_Ties_ShareTheBestRank()
    {
        // Suppliers: a supplies 3, b and c supply 1 each, d none.
        var (graph, nodes) = Star(("a", 3), ("b", 1), ("c", 1), ("d", 0));
        var ranks = FeatureGraph.Create(graph).RoleRank(RelType.Supplies, asTail: false);
        Assert.Equal(1, ranks[nodes["a"]]);
        Assert.Equal(2, ranks[nodes["b"]]);
        Assert.Equal(2, ranks[nodes["c"]]);
        // Below d: the customers (each supplied once, never supplying) tie with d.
        Assert.Equal(4, ranks[nodes["d"]]);
        Assert.Equal(3, FeatureGraph.Create(graph).RoleCount(nodes["a"], RelType.Supplies, asTail: false));
    }

    [Fact]
    public void SupplyPaths_UnderTheBudget_CountEveryWalk()
    {
        var (graph, nodes) = Star(("hub", 50));
        var state = new QueryState(FeatureGraph.Create(graph), RankQuery.ForHead(nodes["hub"], RelType.Supplies), new FeatureSettings());
        Assert.Equal(50, state.SupplyPaths[0].Count);
        // Two steps from the hub: back to the hub once per customer.
        Assert.Equal(50f, state.SupplyPaths[1][nodes["hub"]]);
    }

    [Fact]
    public void SupplyPaths_HubBeyondTheBudget_VisitBoundedNeighbours()
    {
        var (graph, nodes) = Star(("hub", 3_000));
        var settings = new FeatureSettings { MaxWalkExpansions = FeatureSettings.MinWalkExpansions };
        var state = new QueryState(FeatureGraph.Create(graph), RankQuery.ForHead(nodes["hub"], RelType.Supplies), settings);
        // Step one expands the source whatever its degree (the budget never drops the only node); step two keeps within it.
        Assert.Equal(3_000, state.SupplyPaths[0].Count);
        Assert.True(state.SupplyPaths[1][nodes["hub"]] <= FeatureSettings.MinWalkExpansions);
    }

    [Fact]
    public void QuerySample_LargeWindow_SameSeedSameOrderedSample()
    {
        var groups = Enumerable.Range(0, 50).Select(i => new QueryGroup(i, RelType.Supplies, false, [i + 100], [])).ToArray();
        var first = QuerySample.Take(groups, 10, seed: 42);
        Assert.Equal(10, first.Count);
        Assert.Equal(first.Select(g => g.Source), QuerySample.Take(groups, 10, seed: 42).Select(g => g.Source));
        Assert.Equal(first.Select(g => g.Source).Order(), first.Select(g => g.Source));
        Assert.Same(groups, QuerySample.Take(groups, 50, seed: 42));
    }

    // Enterprises named in specs supplying that many customers of their own.
    private static (GraphSnapshot Graph, Dictionary<string, int> Nodes) Star(params (string Name, int Customers)[] specs)
    {
        var builder = new GraphSnapshotBuilder();
        var nodes = new Dictionary<string, int>();
        foreach (var (name, customers) in specs)
        {
            nodes[name] = builder.AddNode(new GraphNode(NodeKind.Enterprise, name, name, s_source));
            for (var i = 0; i < customers; i++)
            {
                var customer = builder.AddNode(new GraphNode(NodeKind.Enterprise, $"{name}-c{i}", $"{name}客户{i}", s_source));
                builder.AddEdge(RelType.Supplies, nodes[name], customer, s_source);
            }
        }

        return (builder.Build(), nodes);
    }
}

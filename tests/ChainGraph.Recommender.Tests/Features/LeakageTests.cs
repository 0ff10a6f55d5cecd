using ChainGraph.Core.Graph;
using ChainGraph.Core.Ickg;
using ChainGraph.Core.Model;
using ChainGraph.Recommender.Evaluation;
using ChainGraph.Recommender.Features;

namespace ChainGraph.Recommender.Tests.Features;

public sealed class LeakageTests
{
    private static readonly IckgDataset s_subset = IckgDataset.Load(Path.Combine(AppContext.BaseDirectory, "fixtures", "ickg-subset"));

    [Fact]
    public void FeatureGraph_AsOfDate_SeesNoEdgeDatedAfterIt()
    {
        var graph = IckgGraph.Build(s_subset, s_subset.Facts);
        var date = s_subset.Facts[s_subset.Facts.Count / 2].Date;
        var known = FeatureGraph.Create(graph.Snapshot.AsOfDate(date));
        for (var e = 0; e < known.Snapshot.EdgeCount; e++)
        {
            Assert.True(known.Snapshot.EdgeSince(e) <= date);
        }

        Assert.All(known.LatestDay, d => Assert.True(d <= date.DayNumber));
        Assert.Equal(date.DayNumber, known.Today);
    }

    [Fact]
    public void Features_AsOfQueryDate_AreUnchangedByLaterFacts()
    {
        // Features computed on the full graph cut at the query date must equal those computed on a graph
        // that never contained the later facts: nothing dated after the query date can reach them.
        var date = s_subset.Facts[(s_subset.Facts.Count * 2) / 3].Date;
        var full = IckgGraph.Build(s_subset, s_subset.Facts);
        var past = IckgGraph.Build(s_subset, s_subset.Facts.Where(f => f.Date <= date).ToArray());
        var fromFull = FeatureGraph.Create(full.Snapshot.AsOfDate(date));
        var fromPast = FeatureGraph.Create(past.Snapshot.AsOfDate(date));
        var features = FeatureSet.CreateDefault();
        var heads = s_subset.Facts.Where(f => f.Date > date && f.Relation == IckgRelations.Cooperates)
            .Select(f => f.Head).Where(h => past.NodeOfEntity[h] >= 0 && fromPast.BusinessNeighbours[past.NodeOfEntity[h]].Length > 0).Distinct().Take(5).ToArray();
        Assert.NotEmpty(heads);
        foreach (var head in heads)
        {
            var candidates = s_subset.Facts.Where(f => f.Date <= date).Select(f => f.Tail).Distinct().Take(200).ToArray();
            var a = features.Compute(new QueryState(fromFull, RankQuery.ForHead(full.NodeOfEntity[head], RelType.Cooperates), new FeatureSettings()), candidates.Select(c => full.NodeOfEntity[c]).ToArray());
            var b = features.Compute(new QueryState(fromPast, RankQuery.ForHead(past.NodeOfEntity[head], RelType.Cooperates), new FeatureSettings()), candidates.Select(c => past.NodeOfEntity[c]).ToArray());
            Assert.Equal(b, a);
        }
    }

    [Fact]
    public void Features_LaterFactAdded_DoesNotChangeFeaturesAsOfEarlierDate()
    {
        var builder = new GraphSnapshotBuilder();
        var p = new Provenance("test", null, DateTimeOffset.UnixEpoch);
        var a = builder.AddNode(new GraphNode(NodeKind.Enterprise, "a", "甲公司", p));
        var b = builder.AddNode(new GraphNode(NodeKind.Enterprise, "b", "乙公司", p));
        var c = builder.AddNode(new GraphNode(NodeKind.Enterprise, "c", "丙公司", p));
        builder.AddEdge(RelType.Supplies, a, b, p, since: new DateOnly(2025, 1, 1));
        builder.AddEdge(RelType.Supplies, c, b, p, since: new DateOnly(2025, 3, 1));
        var snapshot = builder.Build();
        var features = FeatureSet.CreateDefault();
        var query = RankQuery.ForHead(a, RelType.Supplies);
        var before = features.Compute(new QueryState(FeatureGraph.Create(snapshot.AsOfDate(new DateOnly(2025, 2, 1))), query, new FeatureSettings()), [c]);
        var after = features.Compute(new QueryState(FeatureGraph.Create(snapshot), query, new FeatureSettings()), [c]);
        var paths = features.Names.ToList().IndexOf("supply_paths_2");
        Assert.Equal(0, before[paths]);
        Assert.True(after[paths] > 0, "the later supply link c→b makes a 2-step path a–b–c once it is visible");
    }
}

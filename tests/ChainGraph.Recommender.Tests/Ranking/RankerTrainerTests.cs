using ChainGraph.Core.Ickg;
using ChainGraph.Core.Model;
using ChainGraph.Recommender.Evaluation;
using ChainGraph.Recommender.Features;
using ChainGraph.Recommender.Ranking;

namespace ChainGraph.Recommender.Tests.Ranking;

/// <summary>The whole training pipeline on the ICKG subset: real features, real windows, a real ML.NET model.</summary>
public sealed class RankerTrainerTests
{
    private static readonly DateOnly s_cutoff = new(2024, 1, 1);
    private static readonly IckgDataset s_subset = IckgSubset.Dataset;
    private static readonly RankerOptions s_quick = IckgSubset.QuickRanker;
    private static readonly HashSet<RelType> s_relations = [RelType.Cooperates, RelType.Supplies, RelType.Invests];

    [Fact]
    public void Contributions_RealModelOnRealCandidates_SumWithBaseValueToScore()
    {
        var features = FeatureSet.CreateDefault();
        var graph = IckgGraph.Build(s_subset, s_subset.Facts.Where(f => f.Date < s_cutoff).ToArray());
        var trainer = new RankerTrainer(features, new FeatureSettings(), s_quick);
        var ranker = trainer.Train(graph.Snapshot, s_cutoff, 300, s_relations, null, CancellationToken.None);

        // Candidates of queries the model never saw: the links of the last 90 days before the cut-off.
        var known = FeatureGraph.Create(graph.Snapshot.AsOfDate(s_cutoff.AddDays(-91)));
        var pool = QueryGroups.CandidatePool(known);
        var groups = trainer.Groups(graph.Snapshot, known, pool, s_cutoff.AddDays(-90), s_cutoff, s_relations);
        var rows = trainer.Collect(known, pool, groups, CancellationToken.None).Rows.ToArray();
        Assert.Contains(rows, float.IsNaN);

        var scores = ranker.Score(rows);
        var contributions = ranker.Contributions(rows);
        var columns = features.Count + 1;
        Assert.True(scores.Length > 500, $"{scores.Length} candidates");
        Assert.True(scores.Distinct().Count() > 50, "the model should tell candidates apart");
        for (var r = 0; r < scores.Length; r++)
        {
            var sum = contributions.AsSpan(r * columns, columns).ToArray().Sum(c => (double)c);
            Assert.True(Math.Abs(sum - scores[r]) <= 1e-4 * Math.Max(1, Math.Abs(scores[r])), $"candidate {r}: contributions + base {sum} ≠ score {scores[r]}");
        }
    }

    [Fact]
    public void Train_Twice_GivesIdenticalModels()
    {
        var graph = IckgGraph.Build(s_subset, s_subset.Facts.Where(f => f.Date < s_cutoff).ToArray());
        var trainer = new RankerTrainer(FeatureSet.CreateDefault(), new FeatureSettings(), s_quick);
        var first = trainer.Train(graph.Snapshot, s_cutoff, 300, s_relations, null, CancellationToken.None);
        var second = trainer.Train(graph.Snapshot, s_cutoff, 300, s_relations, null, CancellationToken.None);

        Assert.Equal(first.Fingerprint(), second.Fingerprint());
        Assert.True(first.Report.TrainingPositives > 0);
        Assert.Equal(first.Report.Features, FeatureSet.CreateDefault().Names);
    }
}

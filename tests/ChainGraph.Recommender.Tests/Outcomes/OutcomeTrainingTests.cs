using ChainGraph.Core.Ickg;
using ChainGraph.Core.Model;
using ChainGraph.Recommender.Evaluation;
using ChainGraph.Recommender.Features;
using ChainGraph.Recommender.Outcomes;
using ChainGraph.Recommender.Ranking;
using ChainGraph.Recommender.Recommending;
using ChainGraph.Recommender.Ranking.Learning;

namespace ChainGraph.Recommender.Tests.Outcomes;

/// <summary>
/// The project pipeline's outcomes change what the ranker learns: on the ICKG subset before 2024, a small
/// history of signed and ended projects for a few anchors' customer queries (each counted
/// <see cref="RecommenderOptions.OutcomeWeight"/> times, as in the product) moves the signed candidates up and
/// the ended ones down in those queries' rankings, against the same training without them.
/// </summary>
public sealed class OutcomeTrainingTests
{
    private static readonly IckgDataset s_subset = IckgDataset.Load(Path.Combine(AppContext.BaseDirectory, "fixtures", "ickg-subset"));
    private static readonly RankerOptions s_options = new() { Windows = 3, RecallSize = 100, NegativesPerQuery = 30, Learner = new LearnerOptions() };
    private static readonly HashSet<RelType> s_relations = [RelType.Cooperates, RelType.Supplies, RelType.Invests];
    private static readonly DateOnly s_end = new(2024, 1, 1);

    [Fact]
    public void Train_WithOutcomes_RanksSignedUpAndEndedDown()
    {
        var graph = IckgGraph.Build(s_subset, s_subset.Facts.Where(f => f.Date < s_end).ToArray()).Snapshot;
        var features = FeatureSet.CreateDefault();
        var settings = new FeatureSettings();
        var known = FeatureGraph.Create(graph);
        var recall = new CandidateGenerator(known, QueryGroups.CandidatePool(known), s_options.RecallSize);
        var before = new RankerTrainer(features, settings, s_options).Train(graph, s_end, 300, s_relations, null, CancellationToken.None);

        // A small history: for the five best-connected enterprises' customer queries, the candidate the model put
        // at rank 40 was signed and the one it put first ended after negotiation.
        var anchors = graph.NodesOf(NodeKind.Enterprise).OrderByDescending(n => known.AllNeighbours[n].Length).ThenBy(n => n).Take(5).ToArray();
        var history = new List<(RankQuery Query, int[] Candidates, int Signed, int Ended)>();
        var outcomes = new List<ResolvedOutcome>();
        foreach (var anchor in anchors)
        {
            var query = RecommendQueries.ForAnchor(graph, anchor, SupplyDirection.Downstream);
            var candidates = recall.Recall(new QueryState(known, query, settings));
            var ranked = Ranked(before, features, known, query, candidates, settings);
            var (signed, ended) = (ranked[39], ranked[0]);
            history.Add((query, candidates, signed, ended));
            outcomes.Add(new ResolvedOutcome($"anchor:{anchor}", query, signed, new DateOnly(2023, 12, 10), true, null));
            outcomes.Add(new ResolvedOutcome($"anchor:{anchor}", query, ended, new DateOnly(2023, 12, 20), false, null));
        }

        var data = new OutcomeTrainingSet(features, settings, s_options, new RecommenderOptions().OutcomeWeight).Build(graph, outcomes, CancellationToken.None);
        Assert.Equal(5 * new RecommenderOptions().OutcomeWeight, data.GroupSizes.Count);
        var after = new RankerTrainer(features, settings, s_options) { Outcomes = data }.Train(graph, s_end, 300, s_relations, null, CancellationToken.None);

        var moves = history.Select(h =>
        {
            var ranked = Ranked(after, features, known, h.Query, h.Candidates, settings);
            return (Signed: Array.IndexOf(ranked, h.Signed), Ended: Array.IndexOf(ranked, h.Ended));
        }).ToArray();
        var report = $"signed now at ranks {string.Join(", ", moves.Select(x => x.Signed + 1))} (were 40); ended now at {string.Join(", ", moves.Select(x => x.Ended + 1))} (were 1)";
        // Every signed candidate moves up. The ended ones can only fall as far as the monotone constraints on the
        // proximity features allow (they were first for being the best connected): on average they fall.
        Assert.All(moves, m => Assert.True(m.Signed < 39, report));
        Assert.True(moves.Average(m => m.Signed) < 30, report);
        Assert.True(moves.Average(m => m.Ended) > 0, report);
    }

    [Fact]
    public void Build_NoOutcomes_AddsNothing_AndTrainingIsUnchanged()
    {
        var graph = IckgGraph.Build(s_subset, s_subset.Facts.Where(f => f.Date < s_end).ToArray()).Snapshot;
        var data = new OutcomeTrainingSet(FeatureSet.CreateDefault(), new FeatureSettings(), s_options).Build(graph, [], CancellationToken.None);
        Assert.Empty(data.GroupSizes);
        var quick = s_options with { Learner = new LearnerOptions { Trees = 5, Leaves = 4 } };
        var plain = new RankerTrainer(FeatureSet.CreateDefault(), new FeatureSettings(), quick).Train(graph, s_end, 300, s_relations, null, CancellationToken.None);
        var empty = new RankerTrainer(FeatureSet.CreateDefault(), new FeatureSettings(), quick) { Outcomes = data }.Train(graph, s_end, 300, s_relations, null, CancellationToken.None);
        Assert.Equal(plain.Fingerprint(), empty.Fingerprint());
    }

    private static int[] Ranked(TrainedRanker ranker, FeatureSet features, FeatureGraph known, RankQuery query, int[] candidates, FeatureSettings settings)
    {
        var scores = ranker.Score(features.Compute(new QueryState(known, query, settings), candidates));
        return Enumerable.Range(0, candidates.Length).OrderByDescending(i => scores[i]).ThenBy(i => candidates[i]).Select(i => candidates[i]).ToArray();
    }
}

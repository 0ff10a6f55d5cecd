using ChainGraph.Core.Graph;
using ChainGraph.Recommender.Features;
using ChainGraph.Recommender.Ranking;
using ChainGraph.Recommender.Recommending;

namespace ChainGraph.Recommender.Outcomes;

/// <summary>
/// Turns the project pipeline's outcomes into ranking groups the trainer adds to its dated-link groups: one
/// group per query, its features computed on the graph as of the day before the query's earliest outcome (no
/// peeking at what happened after). Inside a group a signed candidate ranks above a sample of the candidates
/// the recommender would show beside it, and those rank above a candidate that ended after negotiation — an
/// unknown candidate may still work out, a 终止 one did not. Relevance grades: 2 / 1 / 0 when the query has an
/// ended candidate, else 1 / 0. A group needs two different grades to teach anything; others are dropped.
/// Each group enters the data <paramref name="weight"/> times: an outcome answers the very query the
/// recommender serves, where a dated link is a proxy, and a handful among thousands of link groups would
/// barely register (see <see cref="RecommenderOptions.OutcomeWeight"/>).
/// </summary>
public sealed class OutcomeTrainingSet(FeatureSet features, FeatureSettings settings, RankerOptions options, int weight = 1)
{
    private const int Seed = 20_240_101;

    public TrainingData Build(GraphSnapshot snapshot, IReadOnlyList<ResolvedOutcome> outcomes, CancellationToken cancellationToken)
    {
        var data = new TrainingData();
        var graphs = new Dictionary<DateOnly, (FeatureGraph Graph, CandidateGenerator Recall)>();
        var index = 0;
        foreach (var group in outcomes.GroupBy(o => o.QueryKey).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var asOf = group.Min(o => o.Date).AddDays(-1);
            if (!graphs.TryGetValue(asOf, out var known))
            {
                var graph = FeatureGraph.Create(snapshot.AsOfDate(asOf));
                graphs[asOf] = known = (graph, new CandidateGenerator(graph, Evaluation.QueryGroups.CandidatePool(graph), options.RecallSize));
            }

            var first = group.First();
            var state = new QueryState(known.Graph, first.Query, settings);
            // The latest outcome of a candidate is the one that counts (ended once, signed later).
            var labelled = group.OrderBy(o => o.Date).GroupBy(o => o.Enterprise).ToDictionary(x => x.Key, x => x.Last().Positive);
            var sources = first.Query.Sources.ToHashSet();
            var others = (first.Candidates ?? known.Recall.Recall(state)).Where(c => !labelled.ContainsKey(c) && !sources.Contains(c)).Distinct().Order().ToArray();
            new Random(Seed + index++).Shuffle(others);
            var candidates = labelled.Keys.Concat(others.Take(options.NegativesPerQuery)).Order().ToArray();
            var hasEnded = labelled.ContainsValue(false);
            var grades = candidates.Select(c => labelled.TryGetValue(c, out var positive)
                ? (positive ? (hasEnded ? 2f : 1f) : 0f)
                : (hasEnded ? 1f : 0f)).ToArray();
            if (grades.Distinct().Count() >= 2)
            {
                var rows = features.Compute(state, candidates);
                for (var copy = 0; copy < weight; copy++)
                {
                    data.Add(rows, grades);
                }
            }
        }

        return data;
    }
}

using ChainGraph.Recommender.Features;

namespace ChainGraph.Recommender.Ranking;

/// <summary>The graph heuristics the model must beat (Liben-Nowell and Kleinberg 2007, "The link-prediction problem for social networks").</summary>
public static class BaselineScorers
{
    public static IReadOnlyList<ICandidateScorer> Create(int seed) =>
    [
        new RandomScorer(seed),
        new DelegateScorer("popularity", (s, c) => s.Graph.AllNeighbours[c].Length),
        new DelegateScorer("common_neighbours", (s, c) => QueryState.Get(s.CommonNeighboursAll, c)),
        new DelegateScorer("adamic_adar", (s, c) => QueryState.Get(s.AdamicAdarAll, c)),
        new DelegateScorer("personalized_pagerank", (s, c) => QueryState.Get(s.PageRank, c)),
        new DelegateScorer("same_industry", (s, c) => s.Graph.Industries.Count(c, s.SourceIndustries.Contains)),
    ];

    private sealed class DelegateScorer(string name, Func<QueryState, int, double> score) : ICandidateScorer
    {
        public string Name => name;

        public double[] Score(QueryState state, IReadOnlyList<int> candidates)
        {
            var scores = new double[candidates.Count];
            for (var i = 0; i < scores.Length; i++)
            {
                scores[i] = score(state, candidates[i]);
            }

            return scores;
        }
    }

    /// <summary>Uniform random scores, seeded per query so a run is reproducible.</summary>
    private sealed class RandomScorer(int seed) : ICandidateScorer
    {
        public string Name => "random";

        public double[] Score(QueryState state, IReadOnlyList<int> candidates)
        {
            var random = new Random(unchecked((seed * 1_000_003) + (state.Query.Sources[0] * 31) + (int)state.Query.Relation));
            var scores = new double[candidates.Count];
            for (var i = 0; i < scores.Length; i++)
            {
                scores[i] = random.NextDouble();
            }

            return scores;
        }
    }
}

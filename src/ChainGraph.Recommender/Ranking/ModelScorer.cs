using ChainGraph.Recommender.Features;

namespace ChainGraph.Recommender.Ranking;

/// <summary>The two-stage model as a ranking method: recall a few hundred candidates, score them with the ranker; the rest stay unscored (NaN).</summary>
public sealed class ModelScorer(TrainedRanker ranker, FeatureSet features, CandidateGenerator recall) : ICandidateScorer
{
    public string Name => "model";

    public double[] Score(QueryState state, IReadOnlyList<int> candidates)
    {
        var scores = new double[candidates.Count];
        Score(state, candidates, scores);
        return scores;
    }

    /// <summary>Scores into <paramref name="scores"/> (one per candidate): validation over a city's pool reuses one array per query instead of a new one.</summary>
    public void Score(QueryState state, IReadOnlyList<int> candidates, double[] scores)
    {
        var recalled = recall.Recall(state);
        var margins = ranker.Score(features.Compute(state, recalled));
        var byNode = new Dictionary<int, double>(recalled.Length);
        for (var i = 0; i < recalled.Length; i++)
        {
            byNode[recalled[i]] = margins[i];
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            scores[i] = byNode.TryGetValue(candidates[i], out var s) ? s : double.NaN;
        }
    }
}

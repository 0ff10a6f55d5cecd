namespace ChainGraph.Recommender.Ranking;

/// <summary>
/// The spread of a model's raw scores over its training rows. LambdaMART scores have no fixed scale (a
/// FastTree model's run from −25 to +20), so the ranker reports <c>(raw − Mean) / Spread</c>: 0 is the
/// average training candidate, 1 one standard deviation above it. The order is unchanged, contributions are
/// divided by the same spread so they still add up, and 匹配度 (the logistic of the score) does not saturate.
/// </summary>
public sealed record ScoreScale(double Mean, double Spread)
{
    public static ScoreScale FromScores(IReadOnlyCollection<float> scores)
    {
        if (scores.Count == 0)
        {
            return new ScoreScale(0, 1);
        }

        var mean = scores.Average(s => (double)s);
        var spread = Math.Sqrt(scores.Sum(s => (s - mean) * (s - mean)) / scores.Count);
        return new ScoreScale(mean, spread > 1e-9 ? spread : 1);
    }

    public double Standardize(double raw) => (raw - Mean) / Spread;
}

namespace ChainGraph.Recommender.Recommending;

/// <summary>
/// The ranker's score is a LambdaMART score on the training scale (0 = the average training candidate,
/// 1 = one standard deviation above; see <c>ScoreScale</c>): only its order means something, and it is
/// often negative, which reads as "bad" to a chain lead. Pages, tables and exports show it as 匹配度 0–100,
/// the logistic of the score: same order, stable across lists, 50 at score 0. Not a probability.
/// </summary>
public static class MatchScore
{
    public static int FromMargin(double margin) => (int)Math.Round(100.0 / (1.0 + Math.Exp(-margin)), MidpointRounding.AwayFromZero);
}

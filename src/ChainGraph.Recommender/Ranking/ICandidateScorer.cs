using ChainGraph.Recommender.Features;

namespace ChainGraph.Recommender.Ranking;

/// <summary>
/// A ranking method of the evaluation: scores candidates of one query (higher first). A method may
/// leave candidates unscored (NaN): they rank after every scored one.
/// </summary>
public interface ICandidateScorer
{
    /// <summary>The method's name in reports (snake_case).</summary>
    string Name { get; }

    /// <summary>Scores for <paramref name="candidates"/> (same order) of <paramref name="state"/>'s query.</summary>
    double[] Score(QueryState state, IReadOnlyList<int> candidates);
}

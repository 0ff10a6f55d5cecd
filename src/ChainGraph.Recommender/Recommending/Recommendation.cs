using ChainGraph.Core.Model;

namespace ChainGraph.Recommender.Recommending;

/// <summary>One ranked target enterprise with its score, its reasons in words and the facts behind them.</summary>
public sealed record Recommendation(
    int Rank,
    NodeRef Enterprise,
    string Name,
    string? Province,
    string? City,
    double Score,
    IReadOnlyList<RecommendationReason> Reasons,
    IReadOnlyList<EvidenceFact> Evidence)
{
    /// <summary>匹配度 0–100 for display (<see cref="MatchScore"/>); the ranking is by <see cref="Score"/>.</summary>
    public int Match => MatchScore.FromMargin(Score);
}

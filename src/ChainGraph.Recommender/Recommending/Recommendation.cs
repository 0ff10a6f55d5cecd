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
    IReadOnlyList<EvidenceFact> Evidence);

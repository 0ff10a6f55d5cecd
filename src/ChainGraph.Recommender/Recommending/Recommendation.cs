using ChainGraph.Core.Model;

namespace ChainGraph.Recommender.Recommending;

/// <summary>
/// One ranked target enterprise with its score (the ranker's margin plus the chain term, see <see cref="ChainFit"/>),
/// its reasons in words (the chain reason first) and the facts behind them. <see cref="Risk"/> flags ST, *ST and 退市;
/// <see cref="LocalPresence"/> names its plant or subsidiary already in the home region when the request showed those.
/// </summary>
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
    /// <summary>How well it fits the chain query (0..1): placement weight in the segment, or revenue share of the linked products.</summary>
    public double ChainFit { get; init; }

    public string? Risk { get; init; }

    public string? LocalPresence { get; init; }

    /// <summary>匹配度 0–100 for display (<see cref="MatchScore"/>); the ranking is by <see cref="Score"/>.</summary>
    public int Match => MatchScore.FromMargin(Score);
}

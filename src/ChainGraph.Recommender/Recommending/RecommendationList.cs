namespace ChainGraph.Recommender.Recommending;

/// <summary>
/// The answer to one query: what was asked, the model that answered, the ranked targets, the chain-grounded pool
/// they came from (<see cref="Pool"/>) and notes for the reader in Chinese: where the pool comes from, and why it is
/// empty or thin when it is.
/// </summary>
public sealed record RecommendationList(
    string Query,
    string HomeRegion,
    string Model,
    int CandidatesScored,
    IReadOnlyList<Recommendation> Items)
{
    public IReadOnlyList<string> Notes { get; init; } = [];

    public PoolSummary Pool { get; init; } = PoolSummary.Empty;
}

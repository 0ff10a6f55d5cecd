namespace ChainGraph.Recommender.Recommending;

/// <summary>
/// How a query's chain-grounded pool became the ranked list: how many enterprises the chain grounds, how many may
/// be shown, why the others may not, and how many of those shown carry a risk flag.
/// </summary>
public sealed record PoolSummary(int Grounded, int Eligible, IReadOnlyDictionary<Disqualification, int> Excluded, int RiskFlagged)
{
    public static PoolSummary Empty { get; } = new(0, 0, new Dictionary<Disqualification, int>(), 0);
}

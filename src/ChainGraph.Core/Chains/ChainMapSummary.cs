namespace ChainGraph.Core.Chains;

/// <summary>
/// A chain at a glance: <see cref="LocalCoverage"/> is the share of segments with at least one local
/// enterprise; <see cref="ChainLocalShare"/> the local share of all placement weight in the chain
/// (the denominator of every segment's location quotient).
/// </summary>
public sealed record ChainMapSummary(
    int Segments,
    int CoveredSegments,
    double LocalCoverage,
    int Missing,
    int Weak,
    int Strong,
    int NationalEnterprises,
    int LocalEnterprises,
    double ChainLocalShare)
{
    /// <summary>Missing segments that local enterprises or anchors depend on (急需), a subset of <see cref="Missing"/>.</summary>
    public int Urgent { get; init; }
}

namespace ChainGraph.Core.Chains;

/// <summary>
/// One fact that places an enterprise in a segment: an IN_INDUSTRY edge to a listed Shenwan code
/// (<see cref="Kind"/> = industry) or a MAKES edge to a product matching a keyword (kind = product,
/// with its revenue share), or a chain lead's override (kind = override).
/// </summary>
public sealed record PlacementEvidence(string Kind, string Target, string Matched, double? RevenueShare, string Source)
{
    /// <summary>When the fact was first observed (its relationship's <c>since</c>); null for undated facts, known from the start.</summary>
    public DateOnly? Since { get; init; }
}

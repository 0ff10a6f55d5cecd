namespace ChainGraph.Core.Chains;

/// <summary>
/// Everything behind one segment's figures: the enterprises (local first), the demand terms, and
/// the arithmetic of the location quotient and status written out.
/// </summary>
public sealed record SegmentExplanation(
    SegmentFigures Figures,
    IReadOnlyList<PlacedEnterprise> Enterprises,
    IReadOnlyList<DemandContribution> Demand,
    IReadOnlyList<string> Arithmetic);

namespace ChainGraph.Core.Chains;

/// <summary>
/// One term of a segment's demand: a local enterprise placed in a segment this one feeds, with its
/// placement weight and the multiplier applied because it is an anchor.
/// </summary>
public sealed record DemandContribution(string DownstreamSegment, int Enterprise, string EnterpriseName, double PlacementWeight, bool IsAnchor, double Contribution);

namespace ChainGraph.Core.Chains;

/// <summary>A chain lead's correction: pin an enterprise into a segment (with a weight) or remove it; overrides win over automatic placement.</summary>
public sealed record PlacementOverride(string ChainId, string SegmentId, string Enterprise, bool Remove, double Weight, string Reason, string File, long Line);

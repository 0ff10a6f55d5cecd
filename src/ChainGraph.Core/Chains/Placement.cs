namespace ChainGraph.Core.Chains;

/// <summary>An enterprise placed in a segment of a chain with its weight (0..1] and the facts behind it.</summary>
public sealed record Placement(int Enterprise, string ChainId, string SegmentId, double Weight, IReadOnlyList<PlacementEvidence> Evidence)
{
    /// <summary>The first date the placement held (<see cref="ChainPlacer.SinceOf"/>); null when undated facts place it.</summary>
    public DateOnly? Since { get; init; }
}

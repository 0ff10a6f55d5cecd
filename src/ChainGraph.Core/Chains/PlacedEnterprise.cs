namespace ChainGraph.Core.Chains;

/// <summary>An enterprise in a segment, as an explanation lists it: where it is, its placement weight and the facts behind it.</summary>
public sealed record PlacedEnterprise(
    int Node,
    string Key,
    string Name,
    string? Province,
    string? City,
    bool IsLocal,
    bool IsAnchor,
    double Weight,
    IReadOnlyList<PlacementEvidence> Evidence);

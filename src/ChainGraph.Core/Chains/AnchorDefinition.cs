namespace ChainGraph.Core.Chains;

/// <summary>
/// An anchor enterprise (链主/龙头) named by a plan: linked to the listed company with
/// <see cref="StockCode"/> when given, else created with its registered location <see cref="RegionCode"/>.
/// <see cref="Segments"/> pins it into segments per chain id.
/// </summary>
public sealed record AnchorDefinition(
    string Name,
    string FullName,
    IReadOnlyList<string> Aliases,
    string? StockCode,
    string? RegionCode,
    IReadOnlyList<string> Chains,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Segments,
    bool InDistrict,
    string Note,
    long Line);

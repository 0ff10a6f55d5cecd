namespace ChainGraph.Core.Chains;

/// <summary>
/// An anchor enterprise (链主/龙头) named by a plan: linked to the listed company with
/// <see cref="StockCode"/> when given, else created with its registered location <see cref="RegionCode"/>.
/// <see cref="Segments"/> pins it into segments per chain id. <see cref="Products"/> (what it makes), <see cref="Inputs"/>
/// (what its products are made from) and <see cref="UsedIn"/> (what its products go into) are declared, with
/// sources, for anchors the listed-company data lacks; they become MAKES and product UPSTREAM_OF facts.
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
    long Line)
{
    public IReadOnlyList<AnchorProduct> Products { get; init; } = [];

    public IReadOnlyList<AnchorProduct> Inputs { get; init; } = [];

    public IReadOnlyList<AnchorProduct> UsedIn { get; init; } = [];
}

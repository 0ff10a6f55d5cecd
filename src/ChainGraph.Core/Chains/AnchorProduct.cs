namespace ChainGraph.Core.Chains;

/// <summary>
/// A product line an anchor makes, buys or supplies into, declared in anchors.yaml because the listed-company
/// data does not carry it, with the public <see cref="Source"/> it was taken from and its file <see cref="Line"/>.
/// An input or use is a keyword: an enterprise whose product name contains it makes that input (or that use).
/// </summary>
public sealed record AnchorProduct(string Name, string Source, long Line)
{
    /// <summary>Qualifier of the MAKES and UPSTREAM_OF facts written from declared lines (keeps them apart from ckg facts).</summary>
    public const string FactQualifier = "anchors";

    /// <summary>UPSTREAM_OF property saying how the declared input or use is matched: <see cref="KeywordMatch"/>.</summary>
    public const string MatchProperty = "match";

    /// <summary>The declared name is a keyword: any product whose name contains it (and no exclusion) counts.</summary>
    public const string KeywordMatch = "keyword";

    /// <summary>UPSTREAM_OF property: comma-separated exclusions of a keyword match.</summary>
    public const string ExcludeProperty = "exclude";

    /// <summary>UPSTREAM_OF property: comma-separated Shenwan codes a maker of the keyword must be classified under.</summary>
    public const string SectorsProperty = "sectors";

    /// <summary>Product names containing one of these are not that input or use (e.g. 汽车 for 座椅 in a rail anchor).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Which of the anchor's declared products an input feeds (or a use takes); empty: all of them.</summary>
    public IReadOnlyList<string> For { get; init; } = [];

    /// <summary>Shenwan codes a maker of this input (or use) must be classified under, when it has a classification; empty: the anchor's chain sectors.</summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];
}

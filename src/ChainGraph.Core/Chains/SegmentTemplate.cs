namespace ChainGraph.Core.Chains;

/// <summary>
/// One link (环节) of a chain template: its stage, an optional parent segment (a sub-link of a
/// broader one), the segments it feeds (upstream supplies downstream), and the evidence that places
/// an enterprise in it: Shenwan 2021 industry codes (a level-1/2 code covers its children) and
/// product keywords matched against the enterprise's main products.
/// </summary>
public sealed record SegmentTemplate(
    string Id,
    string Name,
    Stage Stage,
    string? Parent,
    IReadOnlyList<string> Feeds,
    IReadOnlyList<string> IndustryCodes,
    IReadOnlyList<string> ProductKeywords)
{
    /// <summary>A sentence for the map's legend; optional.</summary>
    public string Description { get; init; } = "";

    /// <summary>Product keywords that disqualify a product even if a keyword matched (e.g. 充电器 under 充电桩).</summary>
    public IReadOnlyList<string> ExcludeKeywords { get; init; } = [];

    /// <summary>
    /// Shenwan codes (any level, covering their subtree) of the industries whose members a product keyword may
    /// place here; an enterprise classified only outside them is not placed by its products (a cheese maker's
    /// old iron-ore line, a media firm's old cable line). Empty: the chain's <see cref="ChainTemplate.Sectors"/>.
    /// Enterprises without a Shenwan classification are judged by their products alone.
    /// </summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];

    /// <summary>
    /// True for a whole-product segment (整机) whose Shenwan code also holds the parts makers of that industry
    /// (航空装备Ⅲ, 轨交设备Ⅲ): the code then adds weight only to an enterprise whose matching products make up at least
    /// <see cref="ChainPlacer.MinWeight"/> of its revenue.
    /// </summary>
    public bool IndustryNeedsProduct { get; init; }
}

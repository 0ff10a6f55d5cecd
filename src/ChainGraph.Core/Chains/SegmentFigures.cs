using System.Text.Json.Serialization;

namespace ChainGraph.Core.Chains;

/// <summary>
/// The figures of one segment on a chain map, each with the enterprises behind it (node indices of
/// the map's snapshot) so every number can be traced.
/// <list type="bullet">
/// <item><see cref="National"/>/<see cref="NationalWeight"/>: enterprises placed in the segment anywhere in the graph (count, sum of placement weights).</item>
/// <item><see cref="Local"/>/<see cref="LocalWeight"/>: those in the home region.</item>
/// <item><see cref="Lq"/>: location quotient (区位熵) = (LocalWeight / NationalWeight) / (chain local weight / chain national weight); null when the segment has no enterprise at all.</item>
/// <item><see cref="Demand"/>: Σ over the segments it feeds of the local placement weights there, anchors multiplied by the anchor weight.</item>
/// <item><see cref="Status"/> and <see cref="Reason"/>: the verdict and the rule that gave it; <see cref="Urgent"/>: missing and depended on (急需).</item>
/// </list>
/// </summary>
public sealed record SegmentFigures(
    string SegmentId,
    string Segment,
    Stage Stage,
    string? Parent,
    int National,
    int Local,
    double NationalWeight,
    double LocalWeight,
    double? Lq,
    double Demand,
    SegmentStatus Status)
{
    /// <summary>The rule that decided <see cref="Status"/> (docs/chains.md, "Status").</summary>
    public StatusReason Reason { get; init; }

    /// <summary>急需: missing, and local enterprises or anchors depend on it (they sit in a segment it feeds, so <see cref="Demand"/> &gt; 0).</summary>
    public bool Urgent => Status == SegmentStatus.Missing && Demand > 0;

    /// <summary>Node indices of every enterprise placed in the segment, heaviest first.</summary>
    [JsonIgnore]
    public IReadOnlyList<int> NationalEnterprises { get; init; } = [];

    /// <summary>Node indices of the local enterprises placed in the segment, heaviest first.</summary>
    [JsonIgnore]
    public IReadOnlyList<int> LocalEnterprises { get; init; } = [];

    /// <summary>The terms that add up to <see cref="Demand"/>, largest first.</summary>
    [JsonIgnore]
    public IReadOnlyList<DemandContribution> DemandSources { get; init; } = [];

    /// <summary>Ids of the segments this one feeds (from the template).</summary>
    public IReadOnlyList<string> Feeds { get; init; } = [];

    /// <summary>Names of the local anchors placed in this segment.</summary>
    public IReadOnlyList<string> LocalAnchors { get; init; } = [];
}

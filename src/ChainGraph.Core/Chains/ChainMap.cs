using System.Text.Json.Serialization;
using ChainGraph.Core.Graph;

namespace ChainGraph.Core.Chains;

/// <summary>
/// One chain for one home region: every segment's figures in template order and a summary. Holds
/// the snapshot it was computed on so the enterprise indices in the figures can be resolved.
/// </summary>
public sealed record ChainMap(ChainTemplate Chain, HomeRegion Region, IReadOnlyList<SegmentFigures> Segments, ChainMapSummary Summary)
{
    [JsonIgnore]
    public required GraphSnapshot Snapshot { get; init; }

    /// <summary>Node indices of the chain's anchors (ANCHORS edges), local or not.</summary>
    [JsonIgnore]
    public IReadOnlyList<int> Anchors { get; init; } = [];

    public SegmentFigures? FindSegment(string idOrName) =>
        Chain.FindSegment(idOrName) is { } template ? Segments.FirstOrDefault(s => s.SegmentId == template.Id) : null;

    /// <summary>
    /// Missing and weak segments, most demanded first (the 急需 ones lead); ties: missing before weak, then lower
    /// location quotient, then the larger national pool (more enterprises to attract), then template order.
    /// </summary>
    public IReadOnlyList<SegmentFigures> Gaps() => Segments
        .Select((s, i) => (s, i))
        .Where(x => x.s.Status != SegmentStatus.Strong)
        .OrderByDescending(x => x.s.Demand)
        .ThenBy(x => x.s.Status == SegmentStatus.Missing ? 0 : 1)
        .ThenBy(x => x.s.Lq ?? 0)
        .ThenByDescending(x => x.s.National)
        .ThenBy(x => x.i)
        .Select(x => x.s)
        .ToList();
}

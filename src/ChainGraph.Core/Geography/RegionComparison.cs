using ChainGraph.Core.Chains;

namespace ChainGraph.Core.Geography;

/// <summary>
/// 对标: one chain's segments for the home region beside peer regions. <see cref="Regions"/>[0] is the home
/// region; every <see cref="SegmentRow.Figures"/> lists one entry per region in the same order. Statuses are
/// the chain map's, computed for each region as if it were home (the same thresholds).
/// </summary>
public sealed record RegionComparison(
    string ChainId,
    string ChainName,
    IReadOnlyList<HomeRegion> Regions,
    IReadOnlyList<RegionComparison.SegmentRow> Segments,
    IReadOnlyList<RegionComparison.PeerStrength> PeerStrengths)
{
    /// <summary>One region's figures for one segment, from that region's chain map.</summary>
    public sealed record RegionFigures(int Local, double LocalWeight, double? Lq, SegmentStatus Status);

    public sealed record SegmentRow(string SegmentId, string Segment, Stage Stage, string? Parent, double HomeDemand, IReadOnlyList<RegionFigures> Figures);

    /// <summary>
    /// A segment the home region is missing (or weak) in and a peer is strong in: where to look for targets.
    /// <see cref="PeerRegion"/> is the peer's compare-level name (江苏省苏州市); <see cref="PeerPlace"/> that region's
    /// own name (苏州市, 北京市), as an enterprise's province or city reads, for a target list's region filter.
    /// </summary>
    public sealed record PeerStrength(
        string SegmentId, string Segment, SegmentStatus HomeStatus, double HomeDemand,
        string PeerName, string PeerRegion, string PeerPlace, string PeerCode, int PeerLocal, double PeerLocalWeight, double? PeerLq);
}

using ChainGraph.Core.Chains;

namespace ChainGraph.Web.Chains;

/// <summary>
/// A segment's drill-down: its figures, the local and national enterprises placed in it with the facts
/// that place them, the demand terms, and the location-quotient and status arithmetic written out
/// (<see cref="Formula"/>, ending with <see cref="Verdict"/>: the status and the rule that gave it).
/// </summary>
public sealed record SegmentDetail(
    string ChainId,
    string ChainName,
    HomeRegion Region,
    ChainMapView.SegmentView Segment,
    IReadOnlyList<SegmentDetail.EnterpriseView> LocalEnterprises,
    IReadOnlyList<SegmentDetail.EnterpriseView> NationalEnterprises,
    int NationalTotal,
    IReadOnlyList<SegmentDetail.DemandView> Demand,
    IReadOnlyList<string> Formula,
    string Verdict)
{
    /// <summary>National enterprises listed in a drill-down; the total is given beside the list.</summary>
    public const int MaxNational = 100;

    /// <summary>An enterprise placed in the segment; <c>Evidence</c> is each placing fact in words with its source.</summary>
    public sealed record EnterpriseView(string Key, string? Code, string Name, string? Province, string? City, bool IsLocal, bool IsAnchor, double Weight, IReadOnlyList<EvidenceView> Evidence);

    /// <summary>One fact that places an enterprise, as the drill-down reads it: 「主营产品“动力电池系统”（占营收 62%）含关键词“动力电池”」.</summary>
    public sealed record EvidenceView(string Text, string Source);

    public sealed record DemandView(string DownstreamSegment, string EnterpriseKey, string EnterpriseName, double PlacementWeight, bool IsAnchor, double Contribution);
}

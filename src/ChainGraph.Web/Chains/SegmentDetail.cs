using ChainGraph.Core.Chains;

namespace ChainGraph.Web.Chains;

/// <summary>
/// A segment's drill-down: its figures, the local and national enterprises placed in it with the facts
/// that place them, the demand terms, and the location-quotient and status arithmetic written out.
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
    IReadOnlyList<string> Arithmetic)
{
    /// <summary>National enterprises listed in a drill-down; the total is given beside the list.</summary>
    public const int MaxNational = 100;

    public sealed record EnterpriseView(string Key, string Name, string? Province, string? City, bool IsLocal, bool IsAnchor, double Weight, IReadOnlyList<PlacementEvidence> Evidence);

    public sealed record DemandView(string DownstreamSegment, string EnterpriseKey, string EnterpriseName, double PlacementWeight, bool IsAnchor, double Contribution);
}

using ChainGraph.Core.Chains;
using ChainGraph.Core.Regions;

namespace ChainGraph.Cli.Chains;

/// <summary>The JSON shapes of <c>chains</c>, <c>map</c> and <c>gaps</c>: segment objects carry segment, stage, national, local, lq, demand, status.</summary>
internal static class ChainMapJson
{
    public static object Chain(ChainTemplate chain) => new
    {
        id = chain.Id,
        name = chain.Name,
        description = chain.Description,
        aliases = chain.Aliases,
        segmentCount = chain.Segments.Count,
        stages = chain.Segments.Select(s => Stage(s.Stage)).Distinct().ToList(),
        segments = chain.Segments.Select(s => new
        {
            id = s.Id,
            name = s.Name,
            stage = Stage(s.Stage),
            parent = s.Parent,
            feeds = s.Feeds,
            industries = s.IndustryCodes,
            products = s.ProductKeywords,
        }),
    };

    public static object Map(ChainMap map, IReadOnlyList<SegmentFigures> segments) => new
    {
        chain = map.Chain.Name,
        chainId = map.Chain.Id,
        region = map.Region.Name,
        comparedAt = map.Region.CompareName,
        regionCode = map.Region.CompareCode,
        summary = map.Summary,
        anchors = map.Anchors.Select(a => map.Snapshot.Name(a)),
        segments = segments.Select(s => Segment(map, s)),
    };

    public static object Segment(ChainMap map, SegmentFigures s) => new
    {
        segment = s.Segment,
        segmentId = s.SegmentId,
        stage = Stage(s.Stage),
        parent = s.Parent,
        national = s.National,
        local = s.Local,
        nationalWeight = s.NationalWeight,
        localWeight = s.LocalWeight,
        lq = s.Lq,
        demand = s.Demand,
        status = Status(s.Status),
        urgent = s.Urgent,
        reason = Reason(s.Reason),
        feeds = s.Feeds,
        localEnterprises = s.LocalEnterprises.Select(e => map.Snapshot.Name(e)),
        localAnchors = s.LocalAnchors,
    };

    public static object Explanation(ChainMap map, SegmentExplanation x) => new
    {
        chain = map.Chain.Name,
        region = map.Region.CompareName,
        figures = Segment(map, x.Figures),
        arithmetic = x.Arithmetic,
        enterprises = x.Enterprises.Select(e => new
        {
            key = e.Key,
            name = e.Name,
            province = PlaceNames.Known(e.Province),
            city = PlaceNames.Known(e.City),
            local = e.IsLocal,
            anchor = e.IsAnchor,
            weight = e.Weight,
            evidence = e.Evidence.Select(v => new { kind = v.Kind, fact = v.Target, matched = v.Matched, revenueShare = v.RevenueShare, source = v.Source }),
        }),
        demand = x.Demand.Select(d => new { from = d.DownstreamSegment, enterprise = d.EnterpriseName, placementWeight = d.PlacementWeight, anchor = d.IsAnchor, contribution = d.Contribution }),
    };

    public static string Stage(Stage stage) => stage.ToString().ToLowerInvariant();

    public static string Status(SegmentStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>noLocalEnterprise, noEnterpriseAnywhere, lowLocationQuotient, tooFewLocal, strong.</summary>
    public static string Reason(StatusReason reason) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(reason.ToString());

    public static string StageZh(Stage stage) => stage switch { Core.Chains.Stage.Upstream => "上游", Core.Chains.Stage.Midstream => "中游", _ => "下游" };
}

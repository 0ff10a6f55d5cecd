using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Core.Regions;
using ChainGraph.Web.Site;

namespace ChainGraph.Web.Chains;

/// <summary>
/// Chain maps for the pages and the API, from the shared <see cref="IChainMapService"/>. A map depends only on
/// the snapshot, the chain and the region, so it is computed once per snapshot and reused (the cache dies
/// with the snapshot when ingestion replaces it); this keeps the map endpoint well under its 50 ms p95 budget.
/// </summary>
public sealed class ChainViews(IChainMapService chains, ChainCatalog catalog, IGraphSnapshotProvider snapshots, ChainMapOptions options)
{
    /// <summary>Distinct (chain, region) maps kept per snapshot; regions are user input, so the cache is bounded.</summary>
    public const int MaxCachedMaps = 256;

    private readonly ConditionalWeakTable<GraphSnapshot, ConcurrentDictionary<(string, string), Entry>> _cache = new();

    public IReadOnlyList<ChainTemplate> Chains => chains.Chains;

    /// <summary>The chain named by id, Chinese name or alias; null when there is none (no exception, for messages).</summary>
    public ChainTemplate? TryFind(string chain) => catalog.TryFind(chain);

    /// <summary>
    /// Why a chain map could not be made, in words for the page: the chain is unknown (listing the known ones) or the
    /// region is (saying how to write one). <see cref="ChainNotFoundException"/> covers both; the chain is checked first.
    /// </summary>
    public string NotFoundMessage(string chain, string? region) => chain.Length > 0 && TryFind(chain) is null
        ? $"没有名为「{chain}」的产业链。现有产业链：{string.Join("、", Chains.Select(c => c.Name))}。"
        : $"没有找到地区「{region}」，或这个名称对应多个地区。请写出完整名称，如 天津市东丽区、山东省聊城市。";

    /// <exception cref="ChainNotFoundException">Unknown chain or region.</exception>
    public async Task<(ChainMap Map, ChainMapView View)> GetAsync(string chain, string? region, CancellationToken cancellationToken)
    {
        var template = chains.FindChain(chain);
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var perSnapshot = _cache.GetValue(snapshot, _ => new ConcurrentDictionary<(string, string), Entry>());
        var key = (template.Id, region?.Trim() ?? "");
        if (perSnapshot.TryGetValue(key, out var cached))
        {
            return (cached.Map, cached.View);
        }

        var map = await chains.GetMapAsync(template.Id, region, cancellationToken);
        var entry = new Entry(map, ToView(map, options));
        if (perSnapshot.Count < MaxCachedMaps)
        {
            perSnapshot.TryAdd(key, entry);
        }

        return (entry.Map, entry.View);
    }

    public async Task<IReadOnlyList<ChainOverview>> OverviewAsync(string? region, CancellationToken cancellationToken)
    {
        var overviews = new List<ChainOverview>();
        foreach (var chain in chains.Chains)
        {
            var (map, _) = await GetAsync(chain.Id, region, cancellationToken);
            overviews.Add(new ChainOverview(chain.Id, chain.Name, chain.Description, chain.Aliases, map.Region, map.Summary, map.Gaps().Take(3).Select(g => g.Segment).ToArray()));
        }

        return overviews;
    }

    /// <summary>The drill-down of one segment; null when the chain has no such segment.</summary>
    public async Task<SegmentDetail?> SegmentAsync(string chain, string segment, string? region, CancellationToken cancellationToken)
    {
        var (map, view) = await GetAsync(chain, region, cancellationToken);
        if (map.FindSegment(segment) is not { } figures)
        {
            return null;
        }

        var explanation = chains.Explain(map, figures.SegmentId);
        var enterprises = explanation.Enterprises.Select(e => new SegmentDetail.EnterpriseView(
            e.Key, EnterpriseCodes.Display(e.Key, map.Snapshot.Node(e.Node)), e.Name, PlaceNames.Known(e.Province), PlaceNames.Known(e.City), e.IsLocal, e.IsAnchor, e.Weight,
            e.Evidence.Select(v => Evidence(map, v)).ToArray())).ToArray();
        return new SegmentDetail(
            map.Chain.Id,
            map.Chain.Name,
            map.Region,
            view.Segments.First(s => s.Id == figures.SegmentId),
            enterprises.Where(e => e.IsLocal).ToArray(),
            enterprises.Where(e => !e.IsLocal).Take(SegmentDetail.MaxNational).ToArray(),
            enterprises.Count(e => !e.IsLocal),
            explanation.Demand.Select(d => new SegmentDetail.DemandView(
                d.DownstreamSegment, map.Snapshot.Node(d.Enterprise).Key, d.EnterpriseName, d.PlacementWeight, d.IsAnchor, d.Contribution)).ToArray(),
            SegmentFormula.Explain(map, figures, options),
            SegmentFormula.Verdict(figures, options));
    }

    // A placing fact in words: the industry by its name, the product with its revenue share, a correction with its reason.
    private static SegmentDetail.EvidenceView Evidence(ChainMap map, PlacementEvidence e) => e.Kind switch
    {
        ChainPlacer.IndustryEvidence => new(
            $"所属申万行业「{(map.Snapshot.Find(new NodeRef(NodeKind.Industry, e.Target)) is { } i ? map.Snapshot.Name(i) : e.Target)}」属于本环节",
            SourceLabels.TitleOf("ckg", "company_industry.jsonl")),
        ChainPlacer.ProductEvidence => new(
            $"主营产品「{e.Target}」{(e.RevenueShare is { } share ? $"（占营收 {share:P0}）" : "")}含关键词「{e.Matched}」",
            SourceLabels.TitleOf("ckg", "company_product.jsonl")),
        "location" => new($"规划认定其在{e.Target}的基地为区内企业，计为本地", "招商规划文件"),
        _ when !e.Source.StartsWith("overrides", StringComparison.Ordinal) => new("规划列为本链链主，置于本环节", OverrideSource(e.Source)),
        _ => new(e.Matched.Length > 0 ? $"链长校正：{e.Matched}" : "链长校正：列入本环节", OverrideSource(e.Source)),
    };

    // "overrides overrides.yaml:12" / "overrides web:admin:0" → 链长校正（随系统发布）/ 链长在线校正（admin）
    private static string OverrideSource(string source)
    {
        var parts = source.Split(' ', 2);
        return SourceLabels.TitleOf(parts[0], parts.Length > 1 ? parts[1] : null);
    }

    private static ChainMapView ToView(ChainMap map, ChainMapOptions options)
    {
        var templates = map.Chain.Segments.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var segments = map.Segments.Select(s => new ChainMapView.SegmentView(
            s.SegmentId, s.Segment, s.Stage, s.Parent, templates.TryGetValue(s.SegmentId, out var t) ? t.Description : "", s.Status,
            s.National, s.Local, Math.Round(s.NationalWeight, 3), Math.Round(s.LocalWeight, 3), s.Lq is { } lq ? Math.Round(lq, 3) : null, Math.Round(s.Demand, 3),
            s.LocalAnchors, s.LocalEnterprises.Take(ChainMapView.LocalNamesShown).Select(i => map.Snapshot.Name(i)).ToArray(),
            s.Urgent, s.Reason, SegmentFormula.Verdict(s, options))).ToArray();
        var links = map.Segments.SelectMany(s => s.Feeds.Select(f => new ChainMapView.FeedsLink(s.SegmentId, f))).ToArray();
        return new ChainMapView(map.Chain.Id, map.Chain.Name, map.Chain.Description, map.Region, map.Summary, segments, links, SegmentFormula.Rules(options));
    }

    private sealed record Entry(ChainMap Map, ChainMapView View);
}

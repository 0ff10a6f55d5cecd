using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;

namespace ChainGraph.Web.Chains;

/// <summary>
/// Chain maps for the pages and the API, from the shared <see cref="IChainMapService"/>. A map depends only on
/// the snapshot, the chain and the region, so it is computed once per snapshot and reused (the cache dies
/// with the snapshot when ingestion replaces it); this keeps the map endpoint well under its 50 ms p95 budget.
/// </summary>
public sealed class ChainViews(IChainMapService chains, IGraphSnapshotProvider snapshots, ChainMapOptions options)
{
    /// <summary>Distinct (chain, region) maps kept per snapshot; regions are user input, so the cache is bounded.</summary>
    public const int MaxCachedMaps = 256;

    private readonly ConditionalWeakTable<GraphSnapshot, ConcurrentDictionary<(string, string), Entry>> _cache = new();

    public IReadOnlyList<ChainTemplate> Chains => chains.Chains;

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
        var entry = new Entry(map, ToView(map));
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
        var enterprises = explanation.Enterprises.Select(e => new SegmentDetail.EnterpriseView(e.Key, e.Name, e.Province, e.City, e.IsLocal, e.IsAnchor, e.Weight, e.Evidence)).ToArray();
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
            explanation.Arithmetic);
    }

    private static ChainMapView ToView(ChainMap map)
    {
        var templates = map.Chain.Segments.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var segments = map.Segments.Select(s => new ChainMapView.SegmentView(
            s.SegmentId, s.Segment, s.Stage, s.Parent, templates.TryGetValue(s.SegmentId, out var t) ? t.Description : "", s.Status,
            s.National, s.Local, Math.Round(s.NationalWeight, 3), Math.Round(s.LocalWeight, 3), s.Lq is { } lq ? Math.Round(lq, 3) : null, Math.Round(s.Demand, 3),
            s.LocalAnchors, s.LocalEnterprises.Take(ChainMapView.LocalNamesShown).Select(i => map.Snapshot.Name(i)).ToArray())).ToArray();
        var links = map.Segments.SelectMany(s => s.Feeds.Select(f => new ChainMapView.FeedsLink(s.SegmentId, f))).ToArray();
        return new ChainMapView(map.Chain.Id, map.Chain.Name, map.Chain.Description, map.Region, map.Summary, segments, links);
    }

    private sealed record Entry(ChainMap Map, ChainMapView View);
}

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Geography;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Core.Regions;
using ChainGraph.Web.Chains;

namespace ChainGraph.Web.Geography;

/// <summary>
/// 全国分布 and 对标 for the pages and the API, from the chain maps <see cref="ChainViews"/> keeps per snapshot and the
/// shared <see cref="DistributionCalculator"/> and <see cref="RegionComparer"/> (the same code as the CLI). Distributions
/// and comparisons are kept per snapshot too (bounded), which keeps both endpoints far under their 50 ms p95 budget.
/// </summary>
public sealed class GeographyViews(ChainViews chains)
{
    public const int MaxCached = 512;

    private readonly ConditionalWeakTable<GraphSnapshot, ConcurrentDictionary<string, object>> _cache = new();

    /// <exception cref="ChainNotFoundException">Unknown chain, segment, province or region.</exception>
    public async Task<ChainDistribution> DistributionAsync(string chain, string? segment, string? province, string? region, CancellationToken cancellationToken)
    {
        var (map, _) = await chains.GetAsync(chain, region, cancellationToken);
        return Cached(map.Snapshot, $"d|{map.Chain.Id}|{segment}|{province}|{region}", () => DistributionCalculator.Compute(map, segment, province));
    }

    /// <summary>The enterprises of one province (2-digit code) or one city or district of the distribution; null when the region has none.</summary>
    public async Task<RegionDetail?> RegionAsync(string chain, string code, string? segment, string? region, CancellationToken cancellationToken)
    {
        var (map, _) = await chains.GetAsync(chain, region, cancellationToken);
        var distribution = await DistributionAsync(chain, segment, code.Length > 2 ? code[..2] : null, region, cancellationToken);
        if (distribution.FindRegion(code) is not { } figures)
        {
            return null;
        }

        var segmentsOf = Cached(map.Snapshot, $"s|{map.Chain.Id}|{region}", () => SegmentsOf(map));
        var anchors = map.Anchors.ToHashSet();
        var snapshot = map.Snapshot;
        var weights = figures.EnterpriseNodes.Take(RegionDetail.MaxListed).Select((e, i) =>
        {
            var node = snapshot.Node(e);
            return new RegionDetail.EnterpriseView(
                node.Key, node.Name, PlaceNames.Known(node.Property(EnterpriseProps.Province)), PlaceNames.Known(node.Property(EnterpriseProps.City)),
                figures.EnterpriseWeights[i], anchors.Contains(e), segmentsOf.GetValueOrDefault(e) ?? []);
        }).ToList();
        return new RegionDetail(
            distribution.ChainId, distribution.ChainName, distribution.SegmentId, distribution.SegmentName, distribution.Home,
            figures.Code, figures.Name, figures.Enterprises, figures.Weight, figures.Share, figures.WeightShare, distribution.Enterprises, figures.IsHome, weights);
    }

    /// <exception cref="ChainNotFoundException">Unknown chain or region.</exception>
    public async Task<RegionComparison> CompareAsync(string chain, string? region, IReadOnlyList<string> peers, CancellationToken cancellationToken)
    {
        var (home, _) = await chains.GetAsync(chain, region, cancellationToken);
        var key = $"c|{home.Chain.Id}|{region}|{string.Join(",", peers)}";
        var perSnapshot = _cache.GetValue(home.Snapshot, _ => new ConcurrentDictionary<string, object>());
        if (perSnapshot.TryGetValue(key, out var cached))
        {
            return (RegionComparison)cached;
        }

        var peerMaps = new List<ChainMap>(peers.Count);
        foreach (var peer in peers)
        {
            peerMaps.Add((await chains.GetAsync(chain, peer, cancellationToken)).Map);
        }

        return Cached(home.Snapshot, key, () => RegionComparer.Compare(home, peerMaps));
    }

    private T Cached<T>(GraphSnapshot snapshot, string key, Func<T> compute)
        where T : notnull
    {
        var perSnapshot = _cache.GetValue(snapshot, _ => new ConcurrentDictionary<string, object>());
        if (perSnapshot.TryGetValue(key, out var cached))
        {
            return (T)cached;
        }

        var value = compute();
        if (perSnapshot.Count < MaxCached)
        {
            perSnapshot.TryAdd(key, value);
        }

        return value;
    }

    /// <summary>Enterprise → the names of the leaf segments it is placed in.</summary>
    private static Dictionary<int, List<string>> SegmentsOf(ChainMap map)
    {
        var parents = map.Segments.Where(s => s.Parent is not null).Select(s => s.Parent!).ToHashSet(StringComparer.Ordinal);
        var result = new Dictionary<int, List<string>>();
        foreach (var segment in map.Segments.Where(s => !parents.Contains(s.SegmentId)))
        {
            foreach (var e in segment.NationalEnterprises)
            {
                (result.TryGetValue(e, out var list) ? list : result[e] = []).Add(segment.Segment);
            }
        }

        return result;
    }
}

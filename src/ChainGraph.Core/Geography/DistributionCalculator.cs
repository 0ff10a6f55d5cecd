using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;

namespace ChainGraph.Core.Geography;

/// <summary>
/// Counts the enterprises of a chain map by region (全国分布). An enterprise is where its GB/T 2260
/// <see cref="EnterpriseProps.RegionCode"/> says, except an anchor whose ANCHORS edge names a site
/// (<see cref="ChainMapCalculator.SiteRegionProperty"/>): it is counted at that site, as the chain map counts it
/// local there. The enterprises of a segment are the chain map's (a parent segment holds its children's), so the
/// counts match the chain map and the 总览 cards. Weights are placement weights: for one segment its IN_SEGMENT
/// weight (a parent's is the largest of its children's), for the whole chain an enterprise's largest weight in any
/// of its segments (1 = its main business is in the chain; an enterprise in two segments counts once). Pure: the
/// same map and arguments give the same result.
/// </summary>
public static class DistributionCalculator
{
    /// <exception cref="ChainNotFoundException">Unknown segment or province.</exception>
    public static ChainDistribution Compute(ChainMap map, string? segment, string? withinProvince)
    {
        var snapshot = map.Snapshot;
        var template = segment is null ? null
            : map.Chain.FindSegment(segment) ?? throw new ChainNotFoundException($"The chain {map.Chain.Name} has no segment '{segment}'.");
        var within = withinProvince is null ? null : FindProvince(snapshot, withinProvince);
        var weights = WeightsOf(snapshot, map.Chain, template);
        var (_, sites) = ChainMapCalculator.AnchorsOf(snapshot, snapshot.Find(new NodeRef(NodeKind.Chain, map.Chain.Id))!.Value);

        var buckets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var total = 0;
        var totalWeight = 0.0;
        var unlocated = 0;
        foreach (var (e, w) in weights)
        {
            total++;
            totalWeight += w;
            var code = sites.TryGetValue(e, out var site) ? site : snapshot.Node(e).Property(EnterpriseProps.RegionCode);
            if (within is not null && (code is null || !code.StartsWith(within.Value.Code, StringComparison.Ordinal)))
            {
                continue;
            }

            var bucket = code is null ? null : within is null ? (code.Length >= 2 ? code[..2] : null) : SubRegion(snapshot, code);
            if (bucket is null || snapshot.Find(new NodeRef(NodeKind.Region, bucket)) is null)
            {
                unlocated++;
                continue;
            }

            if (!buckets.TryGetValue(bucket, out var list))
            {
                buckets[bucket] = list = [];
            }

            list.Add(e);
        }

        var regions = buckets.Select(b => Figures(snapshot, map.Region, b.Key, b.Value, weights, total, totalWeight))
            .OrderByDescending(r => r.Enterprises).ThenByDescending(r => r.Weight).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        var level = within is null ? ChainDistribution.ProvinceLevel
            : regions.Count > 0 && regions.All(r => r.Code.Length == 6) ? ChainDistribution.CountyLevel : ChainDistribution.CityLevel;
        return new ChainDistribution(
            map.Chain.Id, map.Chain.Name, template?.Id, template?.Name, map.Region, level, within?.Code, within?.Name,
            total, ChainMapCalculator.Round(totalWeight), unlocated, regions);
    }

    /// <summary>Enterprise → weight: the segment's placements, or for the chain each enterprise's largest weight in any segment.</summary>
    private static Dictionary<int, double> WeightsOf(GraphSnapshot snapshot, ChainTemplate chain, SegmentTemplate? segment)
    {
        var placements = SegmentPlacements.Collect(snapshot, chain);
        if (segment is not null)
        {
            return placements.Of(segment.Id).ToDictionary(p => p.Key, p => p.Value);
        }

        var weights = new Dictionary<int, double>();
        foreach (var s in chain.Segments)
        {
            foreach (var (e, w) in placements.Of(s.Id))
            {
                weights[e] = Math.Max(weights.GetValueOrDefault(e), w);
            }
        }

        return weights;
    }

    private static RegionFigures Figures(GraphSnapshot snapshot, HomeRegion home, string code, List<int> enterprises, Dictionary<int, double> weights, int total, double totalWeight)
    {
        enterprises.Sort((a, b) => weights[b].CompareTo(weights[a]) is var c && c != 0 ? c : a.CompareTo(b));
        var weight = enterprises.Sum(e => weights[e]);
        return new RegionFigures(
            code,
            snapshot.Name(snapshot.Find(new NodeRef(NodeKind.Region, code))!.Value),
            enterprises.Count,
            ChainMapCalculator.Round(weight),
            ChainMapCalculator.Round(total == 0 ? 0 : (double)enterprises.Count / total),
            ChainMapCalculator.Round(totalWeight <= 0 ? 0 : weight / totalWeight),
            home.Code.StartsWith(code, StringComparison.Ordinal))
        {
            EnterpriseNodes = enterprises,
            EnterpriseWeights = enterprises.Select(e => ChainMapCalculator.Round(weights[e])).ToList(),
        };
    }

    /// <summary>
    /// The city of a region code (4 digits), or its county (6 digits) where the city level is a placeholder
    /// (省直辖县级行政区划) or repeats the province (天津市 / 天津市: the districts of a municipality).
    /// </summary>
    private static string? SubRegion(GraphSnapshot snapshot, string code)
    {
        if (code.Length >= 4 && snapshot.Find(new NodeRef(NodeKind.Region, code[..4])) is { } city
            && !HomeRegionResolver.IsPlaceholder(snapshot.Name(city))
            && snapshot.Find(new NodeRef(NodeKind.Region, code[..2])) is { } province && snapshot.Name(province) != snapshot.Name(city))
        {
            return code[..4];
        }

        return code.Length >= 6 ? code[..6] : null;
    }

    private static (string Code, string Name)? FindProvince(GraphSnapshot snapshot, string text)
    {
        var wanted = text.Trim();
        foreach (var r in snapshot.NodesOf(NodeKind.Region))
        {
            var node = snapshot.Node(r);
            if (node.Key.Length == 2 && (node.Key == wanted || node.Name == wanted || (wanted.Length >= 2 && node.Name.StartsWith(wanted, StringComparison.Ordinal))))
            {
                return (node.Key, node.Name);
            }
        }

        throw new ChainNotFoundException($"No province '{wanted}'. Give a province name (江苏省, 江苏) or its two-digit GB/T 2260 code (32).");
    }
}

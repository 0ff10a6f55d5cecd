using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;

namespace ChainGraph.Core.Chains;

/// <summary>
/// Computes a chain map from the IN_SEGMENT placements, ANCHORS edges and enterprise locations of a
/// snapshot. Pure: the same snapshot, template, region and options give the same map.
/// </summary>
public static class ChainMapCalculator
{
    /// <summary>
    /// ANCHORS edge property: the region code of an anchor's site named by a plan (e.g. its Dongli base).
    /// The anchor counts as local wherever the home region contains that site, even if registered elsewhere.
    /// </summary>
    public const string SiteRegionProperty = "siteRegion";

    public static ChainMap Compute(GraphSnapshot snapshot, ChainTemplate chain, HomeRegion region, ChainMapOptions options)
    {
        var chainNode = snapshot.Find(new NodeRef(NodeKind.Chain, chain.Id))
            ?? throw new InvalidOperationException($"Chain '{chain.Name}' ({chain.Id}) is not in the store; run `chaingraph ingest chains` (or `ingest demo`) to write the chains and place enterprises.");
        var (anchors, sites) = AnchorsOf(snapshot, chainNode);
        var placements = SegmentPlacements.Collect(snapshot, chain);
        var isLocal = new Dictionary<int, bool>();
        bool Local(int e)
        {
            if (!isLocal.TryGetValue(e, out var local))
            {
                isLocal[e] = local = region.Contains(snapshot.Node(e).Property(EnterpriseProps.RegionCode)) || (sites.TryGetValue(e, out var site) && region.Contains(site));
            }

            return local;
        }

        // Chain totals over leaf segments only: a parent's placements are its children's, counted once.
        double chainNational = 0, chainLocal = 0;
        foreach (var leaf in chain.Segments.Where(s => !placements.HasChildren(s.Id)))
        {
            foreach (var (e, w) in placements.Of(leaf.Id))
            {
                chainNational += w;
                chainLocal += Local(e) ? w : 0;
            }
        }

        var figures = new List<SegmentFigures>(chain.Segments.Count);
        foreach (var segment in chain.Segments)
        {
            figures.Add(Figures(snapshot, chain, segment, placements, anchors, Local, chainNational, chainLocal, options));
        }

        var allEnterprises = chain.Segments.SelectMany(s => placements.Of(s.Id).Keys).Distinct().ToList();
        var covered = figures.Count(f => f.Local > 0);
        var summary = new ChainMapSummary(
            figures.Count,
            covered,
            Round(figures.Count == 0 ? 0 : (double)covered / figures.Count),
            figures.Count(f => f.Status == SegmentStatus.Missing),
            figures.Count(f => f.Status == SegmentStatus.Weak),
            figures.Count(f => f.Status == SegmentStatus.Strong),
            allEnterprises.Count,
            allEnterprises.Count(Local),
            Round(chainNational > 0 ? chainLocal / chainNational : 0))
        {
            Urgent = figures.Count(f => f.Urgent),
        };
        return new ChainMap(chain, region, figures, summary) { Snapshot = snapshot, Anchors = anchors.ToList() };
    }

    /// <summary>
    /// Location quotient (区位熵, Florence/Isard): LQ = (l_s / n_s) / (l / n), with l_s and n_s the local
    /// and national placement weight of segment s and l, n those of the whole chain. LQ &gt; 1 means the
    /// region is more specialised in the segment than in the chain as a whole. Null when undefined
    /// (no enterprise in the segment, or none local in the whole chain).
    /// </summary>
    public static double? LocationQuotient(double localSegment, double nationalSegment, double localChain, double nationalChain) =>
        nationalSegment <= 0 || localChain <= 0 || nationalChain <= 0 ? null : localSegment / nationalSegment / (localChain / nationalChain);

    /// <summary>
    /// The status rule (docs/chains.md, "Status"): nobody local → missing (whatever the demand; the demand says how
    /// urgent); local enterprises but a location quotient under <see cref="ChainMapOptions.WeakThreshold"/> → weak;
    /// a high enough quotient carried by fewer than <see cref="ChainMapOptions.StrongMinEnterprises"/> firms and less than
    /// <see cref="ChainMapOptions.StrongMinLocalWeight"/> weight → weak; else strong.
    /// </summary>
    public static (SegmentStatus Status, StatusReason Reason) StatusOf(int national, int local, double localWeight, double? lq, ChainMapOptions options)
    {
        if (local == 0)
        {
            return (SegmentStatus.Missing, national == 0 ? StatusReason.NoEnterpriseAnywhere : StatusReason.NoLocalEnterprise);
        }

        if (lq is not { } quotient || quotient < options.WeakThreshold)
        {
            return (SegmentStatus.Weak, StatusReason.LowLocationQuotient);
        }

        return local >= options.StrongMinEnterprises || localWeight >= options.StrongMinLocalWeight - 1e-9
            ? (SegmentStatus.Strong, StatusReason.Strong)
            : (SegmentStatus.Weak, StatusReason.TooFewLocal);
    }

    internal static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private static SegmentFigures Figures(
        GraphSnapshot snapshot, ChainTemplate chain, SegmentTemplate segment, SegmentPlacements placements, HashSet<int> anchors,
        Func<int, bool> local, double chainNational, double chainLocal, ChainMapOptions options)
    {
        var placed = placements.Of(segment.Id).ToArray();
        // Heaviest first, then by node: one array sort (a city's segment holds tens of thousands).
        Array.Sort(placed, static (a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key));
        var localPlaced = placed.Where(p => local(p.Key)).ToList();
        var nationalWeight = placed.Sum(p => p.Value);
        var localWeight = localPlaced.Sum(p => p.Value);
        var demandSources = new List<DemandContribution>();
        foreach (var target in placements.FeedsOf(segment.Id))
        {
            var targetName = chain.FindSegment(target)!.Name;
            foreach (var (e, w) in placements.Of(target).Where(p => local(p.Key)))
            {
                var anchor = anchors.Contains(e);
                demandSources.Add(new DemandContribution(targetName, e, snapshot.Name(e), Round(w), anchor, Round(w * (anchor ? options.AnchorWeight : 1))));
            }
        }

        demandSources.Sort((a, b) => b.Contribution.CompareTo(a.Contribution));
        var demand = Round(demandSources.Sum(d => d.Contribution));
        var lq = LocationQuotient(localWeight, nationalWeight, chainLocal, chainNational) is { } q ? Round(q) : (double?)null;
        var (status, reason) = StatusOf(placed.Length, localPlaced.Count, Round(localWeight), lq, options);
        return new SegmentFigures(
            segment.Id, segment.Name, segment.Stage, segment.Parent,
            placed.Length, localPlaced.Count, Round(nationalWeight), Round(localWeight), lq, demand, status)
        {
            Reason = reason,
            NationalEnterprises = placed.Select(p => p.Key).ToList(),
            LocalEnterprises = localPlaced.Select(p => p.Key).ToList(),
            DemandSources = demandSources,
            Feeds = placements.FeedsOf(segment.Id),
            LocalAnchors = localPlaced.Where(p => anchors.Contains(p.Key)).Select(p => snapshot.Name(p.Key)).ToList(),
        };
    }

    /// <summary>The chain's anchors, and the site region a plan names for some of them (where they count as local).</summary>
    internal static (HashSet<int> Anchors, Dictionary<int, string> Sites) AnchorsOf(GraphSnapshot snapshot, int chainNode)
    {
        var anchors = new HashSet<int>();
        var sites = new Dictionary<int, string>();
        foreach (var e in snapshot.InEdges(chainNode))
        {
            if (snapshot.EdgeType(e) == RelType.Anchors)
            {
                anchors.Add(snapshot.EdgeFrom(e));
                if (snapshot.EdgeProperties(e).TryGetValue(SiteRegionProperty, out var site))
                {
                    sites[snapshot.EdgeFrom(e)] = site;
                }
            }
        }

        return (anchors, sites);
    }
}

using System.Globalization;
using ChainGraph.Core.Model;

namespace ChainGraph.Core.Chains;

/// <summary>Writes out the enterprises, facts and arithmetic behind one segment of a chain map.</summary>
public static class SegmentExplainer
{
    public static SegmentExplanation Explain(ChainMap map, string segment, ChainMapOptions options)
    {
        var template = map.Chain.FindSegment(segment) ?? throw new ChainNotFoundException(
            $"Chain {map.Chain.Name} has no segment '{segment}'. Its segments: {string.Join(", ", map.Chain.Segments.Select(s => $"{s.Name} ({s.Id})"))}.");
        var figures = map.Segments.First(s => s.SegmentId == template.Id);
        var snapshot = map.Snapshot;
        var placer = new ChainPlacer(snapshot);
        var anchors = map.Anchors.ToHashSet();
        var local = figures.LocalEnterprises.ToHashSet();
        var segmentsInScope = map.Chain.Segments.Where(s => s.Id == template.Id || IsDescendant(map.Chain, s, template.Id)).ToList();
        var enterprises = figures.NationalEnterprises
            .Select(e => Placed(map, e, segmentsInScope, placer, local.Contains(e), anchors.Contains(e)))
            .OrderByDescending(p => p.IsLocal).ThenByDescending(p => p.IsAnchor).ThenByDescending(p => p.Weight).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        return new SegmentExplanation(figures, enterprises, figures.DemandSources, Arithmetic(map, figures, options));
    }

    private static PlacedEnterprise Placed(ChainMap map, int e, List<SegmentTemplate> scope, ChainPlacer placer, bool isLocal, bool isAnchor)
    {
        var snapshot = map.Snapshot;
        var node = snapshot.Node(e);
        var evidence = new List<PlacementEvidence>();
        var weight = 0.0;
        foreach (var segment in scope)
        {
            if (snapshot.Find(new NodeRef(NodeKind.Segment, map.Chain.SegmentKey(segment))) is not { } segmentNode)
            {
                continue;
            }

            foreach (var edge in snapshot.OutEdges(e))
            {
                if (snapshot.EdgeType(edge) != RelType.InSegment || snapshot.EdgeTo(edge) != segmentNode)
                {
                    continue;
                }

                weight = Math.Max(weight, snapshot.EdgeWeight(edge));
                var facts = placer.Evidence(e, map.Chain, segment);
                evidence.AddRange(facts);
                var provenance = snapshot.EdgeProvenance(edge);
                if (facts.Count == 0 || snapshot.EdgeProperties(edge).ContainsKey("override"))
                {
                    evidence.Add(new PlacementEvidence("override", segment.Name, snapshot.EdgeProperties(edge).GetValueOrDefault("reason") ?? "", null, $"{provenance.Source} {provenance.Reference}".Trim()));
                }
            }
        }

        if (isLocal && !map.Region.Contains(node.Property(EnterpriseProps.RegionCode)))
        {
            evidence.Add(new PlacementEvidence("location", map.Region.CompareName, "local through the in-district site a plan names for this anchor (ANCHORS siteRegion)", null, "ANCHORS"));
        }

        return new PlacedEnterprise(e, node.Key, node.Name, node.Property(EnterpriseProps.Province), node.Property(EnterpriseProps.City), isLocal, isAnchor, ChainMapCalculator.Round(weight), evidence);
    }

    private static bool IsDescendant(ChainTemplate chain, SegmentTemplate segment, string ancestorId)
    {
        var current = segment;
        for (var guard = 0; guard < chain.Segments.Count && current.Parent is { } parent; guard++)
        {
            if (parent == ancestorId)
            {
                return true;
            }

            current = chain.FindSegment(parent)!;
        }

        return false;
    }

    private static List<string> Arithmetic(ChainMap map, SegmentFigures f, ChainMapOptions options)
    {
        var c = CultureInfo.InvariantCulture;
        var share = map.Summary.ChainLocalShare;
        var lines = new List<string>
        {
            string.Format(c, "national: {0} enterprises placed in {1}, Σ placement weight = {2:0.###}", f.National, f.Segment, f.NationalWeight),
            string.Format(c, "local ({0}): {1} enterprises, Σ weight = {2:0.###}", map.Region.CompareName, f.Local, f.LocalWeight),
            string.Format(c, "chain {0}: local share of all placement weight = {1:0.####}", map.Chain.Name, share),
            f.Lq is { } lq
                ? string.Format(c, "区位熵 LQ = (local / national of the segment) / (local share of the chain) = ({0:0.###} / {1:0.###}) / {2:0.####} = {3:0.###}", f.LocalWeight, f.NationalWeight, share, lq)
                : "区位熵 LQ undefined: no enterprise in the segment, or none local in the whole chain",
            string.Format(c, "demand = Σ local placement weights in the segments it feeds ({0}), anchors ×{1} = {2:0.###} ({3} terms)", f.Feeds.Count == 0 ? "none" : string.Join(", ", f.Feeds), options.AnchorWeight, f.Demand, f.DemandSources.Count),
            StatusLine(f, options),
        };
        return lines;
    }

    private static string StatusLine(SegmentFigures f, ChainMapOptions options)
    {
        var c = CultureInfo.InvariantCulture;
        var urgency = f.Urgent ? string.Format(c, "; urgent (急需): demand {0:0.###} from local enterprises in the segments it feeds", f.Demand) : "";
        return f.Reason switch
        {
            StatusReason.NoEnterpriseAnywhere => "status missing: no enterprise of the segment anywhere in the graph (nor locally)" + urgency,
            StatusReason.NoLocalEnterprise => "status missing: no local enterprise" + urgency,
            StatusReason.LowLocationQuotient => string.Format(c, "status weak: {0} local enterprises, LQ {1} < threshold {2}", f.Local, f.Lq?.ToString("0.###", c) ?? "undefined", options.WeakThreshold),
            StatusReason.TooFewLocal => string.Format(c, "status weak: LQ {0:0.###} ≥ threshold {1}, but only {2} local enterprise(s) with weight {3:0.###} (strong needs ≥ {4} enterprises or weight ≥ {5})",
                f.Lq, options.WeakThreshold, f.Local, f.LocalWeight, options.StrongMinEnterprises, options.StrongMinLocalWeight),
            _ => string.Format(c, "status strong: LQ {0:0.###} ≥ threshold {1}, {2} local enterprises, weight {3:0.###}", f.Lq, options.WeakThreshold, f.Local, f.LocalWeight),
        };
    }
}

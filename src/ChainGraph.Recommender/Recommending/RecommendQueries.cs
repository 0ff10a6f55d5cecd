using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Recommender.Features;

namespace ChainGraph.Recommender.Recommending;

/// <summary>
/// How the two query forms become a <see cref="RankQuery"/>: shared by serving (<see cref="GraphRecommender"/>)
/// and by training on the project pipeline's outcomes, so a label is learned for the query it was served for.
/// </summary>
public static class RecommendQueries
{
    /// <summary>
    /// A gap segment: the local enterprises the segment feeds, weighted by their demand on it (anchors count
    /// more), or the chain's anchors when it feeds no local enterprise; null when there are neither.
    /// </summary>
    public static RankQuery? ForSegment(ChainMap map, SegmentFigures figures)
    {
        var sources = figures.DemandSources.GroupBy(d => d.Enterprise).Select(x => (Node: x.Key, Weight: (float)x.Sum(d => d.Contribution))).ToList();
        if (sources.Count == 0)
        {
            sources = map.Anchors.Select(a => (a, 1f)).ToList();
        }

        return sources.Count == 0
            ? null
            : new RankQuery(sources.Select(s => s.Node).ToArray(), RelType.Supplies, CandidateIsTail: false) { Weights = sources.Select(s => s.Weight).ToArray() };
    }

    /// <summary>
    /// An anchor's suppliers (upstream: candidates are the heads of SUPPLIES into it) or customers (downstream), from the
    /// anchor and the other nodes of the same company (sameAs duplicates such as ICKG's 中汽中心 hold its news relationships).
    /// </summary>
    public static RankQuery ForAnchor(GraphSnapshot graph, int anchor, SupplyDirection direction)
    {
        var duplicates = graph.DuplicatesOf(anchor).Where(n => n != anchor);
        return new RankQuery([anchor, .. duplicates], RelType.Supplies, CandidateIsTail: direction == SupplyDirection.Downstream);
    }
}

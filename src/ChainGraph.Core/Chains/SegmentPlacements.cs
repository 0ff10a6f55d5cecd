using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;

namespace ChainGraph.Core.Chains;

/// <summary>
/// The enterprises of each segment of one chain, read from IN_SEGMENT edges. A parent segment
/// holds its own placements and its descendants' (an enterprise in two children counts once, at its
/// larger weight); its feeds are its own and its descendants'.
/// </summary>
internal sealed class SegmentPlacements
{
    private readonly Dictionary<string, Dictionary<int, double>> _bySegment = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _feeds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _parents = new(StringComparer.Ordinal);

    public static SegmentPlacements Collect(GraphSnapshot snapshot, ChainTemplate chain)
    {
        var result = new SegmentPlacements();
        foreach (var segment in chain.Segments)
        {
            var own = new Dictionary<int, double>();
            if (snapshot.Find(new NodeRef(NodeKind.Segment, chain.SegmentKey(segment))) is { } node)
            {
                foreach (var e in snapshot.InEdges(node))
                {
                    if (snapshot.EdgeType(e) == RelType.InSegment && snapshot.Kind(snapshot.EdgeFrom(e)) == NodeKind.Enterprise)
                    {
                        var from = snapshot.EdgeFrom(e);
                        own[from] = Math.Max(own.GetValueOrDefault(from), snapshot.EdgeWeight(e));
                    }
                }
            }

            result._bySegment[segment.Id] = own;
            if (segment.Parent is not null)
            {
                result._parents.Add(segment.Parent);
            }
        }

        foreach (var segment in chain.Segments)
        {
            var feeds = new List<string>(segment.Feeds);
            foreach (var ancestor in SegmentFlow.Ancestors(chain, segment))
            {
                foreach (var (e, w) in result._bySegment[segment.Id])
                {
                    var into = result._bySegment[ancestor.Id];
                    into[e] = Math.Max(into.GetValueOrDefault(e), w);
                }
            }

            foreach (var descendant in chain.Segments.Where(d => SegmentFlow.Ancestors(chain, d).Contains(segment)))
            {
                feeds.AddRange(descendant.Feeds);
            }

            result._feeds[segment.Id] = feeds.Distinct(StringComparer.Ordinal).Where(f => f != segment.Id).ToList();
        }

        return result;
    }

    public IReadOnlyDictionary<int, double> Of(string segmentId) => _bySegment[segmentId];

    public IReadOnlyList<string> FeedsOf(string segmentId) => _feeds[segmentId];

    public bool HasChildren(string segmentId) => _parents.Contains(segmentId);
}

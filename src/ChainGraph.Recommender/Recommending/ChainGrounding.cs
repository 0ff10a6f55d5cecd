using System.Globalization;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;

namespace ChainGraph.Recommender.Recommending;

/// <summary>
/// Builds chain-grounded pools on one snapshot (DESIGN.md, Recommender: candidates are grounded in the chain first).
/// Segment placements come from IN_SEGMENT edges, explained by <see cref="ChainPlacer.Evidence"/>; an anchor's
/// suppliers and customers from the template's feeds (<see cref="SegmentFlow"/>) and from product relations
/// (<see cref="ProductLinks"/>). Pools are pure functions of the snapshot and are cached; one instance per snapshot,
/// safe to share between queries.
/// </summary>
internal sealed class ChainGrounding(GraphSnapshot snapshot, ChainCatalog catalog)
{
    /// <summary>An anchor's own placements below this weight are side lines that do not define its needs.</summary>
    public const double MinAnchorWeight = 0.5;

    /// <summary>A member below this fit is in the pool for a side line (东风汽车's 底盘 at 10% of revenue).</summary>
    public const double SideLineFit = 0.2;

    /// <summary>With at least this many main-line members, side-line members leave the pool: they only fill thin pools.</summary>
    public const int MainLineQuorum = 20;

    // One lock for every pool build: they share the placer's and the product index's caches.
    private readonly object _gate = new();
    private readonly ChainPlacer _placer = new(snapshot);
    private readonly Dictionary<(string Chain, string Segment), ChainPool> _segmentPools = [];
    private readonly Dictionary<(int Anchor, SupplyDirection Direction), ChainPool> _anchorPools = [];
    private readonly Dictionary<(string Chain, string Supplier, string Customer), int?> _feeds = [];
    private ProductLinks? _products;

    private ProductLinks Products => _products ??= new ProductLinks(snapshot, _placer);

    /// <summary>The enterprises placed in <paramref name="segment"/> (and its sub-segments); computed once per snapshot.</summary>
    public ChainPool ForSegment(ChainTemplate chain, SegmentTemplate segment)
    {
        lock (_gate)
        {
            if (!_segmentPools.TryGetValue((chain.Id, segment.Id), out var pool))
            {
                _segmentPools[(chain.Id, segment.Id)] = pool = BuildForSegment(chain, segment);
            }

            return pool;
        }
    }

    /// <summary>
    /// Suppliers (<see cref="SupplyDirection.Upstream"/>) or customers of <paramref name="anchor"/>: enterprises of the
    /// segments feeding (fed by) its segments in the chains it anchors, and makers of its products' inputs (users of its
    /// products); computed once per snapshot.
    /// </summary>
    public ChainPool ForAnchor(int anchor, SupplyDirection direction)
    {
        lock (_gate)
        {
            if (!_anchorPools.TryGetValue((anchor, direction), out var pool))
            {
                _anchorPools[(anchor, direction)] = pool = BuildForAnchor(anchor, direction);
            }

            return pool;
        }
    }

    private ChainPool BuildForSegment(ChainTemplate chain, SegmentTemplate segment)
    {
        var members = new Dictionary<int, ChainLink>();
        foreach (var (enterprise, placedIn, edge, weight) in Placements(chain, SegmentFlow.WithDescendants(chain, segment)))
        {
            var (what, edges) = Describe(enterprise, chain, placedIn, edge);
            Keep(members, enterprise, new ChainLink(weight, $"{what}，属于{placedIn.Name}环节", edges));
        }

        var gap = members.Count == 0 ? $"图谱中没有企业被放入{segment.Name}环节：现有上市公司数据里没有主营该环节产品的企业。" : null;
        List<string> scope = [$"{chain.Name}·{segment.Name}环节的企业"];
        if (DropSideLines(members) is { } dropped)
        {
            scope.Add(dropped);
        }

        return new ChainPool(members, scope, gap);
    }

    private ChainPool BuildForAnchor(int anchor, SupplyDirection direction)
    {
        var name = snapshot.Name(anchor);
        var upstream = direction == SupplyDirection.Upstream;
        var members = new Dictionary<int, ChainLink>();
        var scope = new List<string>();
        var own = AnchorSegments(anchor);
        foreach (var (chain, segment) in own)
        {
            var linked = upstream ? SegmentFlow.Suppliers(chain, segment) : SegmentFlow.Customers(chain, segment);
            if (linked.Count > 0)
            {
                scope.Add($"{(upstream ? "供给" : "承接")}{segment.Name}环节的{string.Join("、", linked.Where(s => s.Parent is null || !linked.Any(p => p.Id == s.Parent)).Select(s => s.Name))}环节");
            }

            foreach (var (enterprise, placedIn, edge, weight) in Placements(chain, linked))
            {
                var (what, edges) = Describe(enterprise, chain, placedIn, edge);
                var flow = FeedsEdge(chain, upstream ? placedIn : segment, upstream ? segment : placedIn);
                var text = upstream
                    ? $"{what}，属于{placedIn.Name}环节，供给链主{name}所在的{segment.Name}环节"
                    : $"{what}，属于{placedIn.Name}环节，是链主{name}所在{segment.Name}环节的下游客户";
                Keep(members, enterprise, new ChainLink(weight, text, flow is { } f ? [.. edges, f] : edges));
            }
        }

        var sectors = own.Select(o => o.Chain).Distinct().SelectMany(c => c.Sectors).Distinct().ToList();
        var products = upstream ? Products.Suppliers(anchor, sectors) : Products.Customers(anchor, sectors);
        foreach (var (enterprise, link) in products.Links)
        {
            Keep(members, enterprise, link);
        }

        if (products.Described.Count > 0)
        {
            scope.Add(upstream ? $"{name}产品所需的{string.Join("、", products.Described)}的生产企业" : $"用到{name}产品的{string.Join("、", products.Described)}的生产企业");
        }

        members.Remove(anchor);
        if (DropSideLines(members) is { } dropped)
        {
            scope.Add(dropped);
        }

        return new ChainPool(members, scope, members.Count > 0 ? null : GapOf(name, own, upstream, products.Described.Count));
    }

    /// <summary>
    /// The segments that define <paramref name="anchor"/>'s needs in the chains it anchors: those the plan pins it in
    /// (anchors.yaml); without pins, its placements of at least <see cref="MinAnchorWeight"/>.
    /// </summary>
    public IReadOnlyList<(ChainTemplate Chain, SegmentTemplate Segment)> AnchorSegments(int anchor)
    {
        var placed = PlacedSegments(anchor);
        var pinned = placed.Where(p => p.Pinned).ToList();
        return (pinned.Count > 0 ? pinned : placed.Where(p => p.Weight >= MinAnchorWeight)).Select(p => (p.Chain, p.Segment)).ToList();
    }

    private List<(ChainTemplate Chain, SegmentTemplate Segment, double Weight, bool Pinned)> PlacedSegments(int anchor)
    {
        var anchored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in snapshot.OutEdges(anchor))
        {
            if (snapshot.EdgeType(e) == RelType.Anchors)
            {
                anchored.Add(snapshot.Node(snapshot.EdgeTo(e)).Key);
            }
        }

        var result = new List<(ChainTemplate, SegmentTemplate, double, bool)>();
        foreach (var e in snapshot.OutEdges(anchor))
        {
            if (snapshot.EdgeType(e) != RelType.InSegment)
            {
                continue;
            }

            var key = snapshot.Node(snapshot.EdgeTo(e)).Key;
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && anchored.Contains(key[..slash]) && catalog.TryFind(key[..slash]) is { } chain && chain.FindSegment(key[(slash + 1)..]) is { } segment)
            {
                result.Add((chain, segment, snapshot.EdgeWeight(e), snapshot.EdgeProperties(e).GetValueOrDefault("override") == "anchor"));
            }
        }

        return result;
    }

    private static string GapOf(string anchor, IReadOnlyList<(ChainTemplate Chain, SegmentTemplate Segment)> own, bool upstream, int productLines)
    {
        if (own.Count == 0)
        {
            return $"{anchor}没有被放入它所链主的产业链的任何环节，无法按链图谱找{(upstream ? "上游" : "下游")}。";
        }

        var segments = string.Join("、", own.Select(o => o.Segment.Name));
        var flow = upstream ? "链图谱中没有环节供给" : "链图谱中没有环节承接";
        var lines = productLines == 0 ? $"，也没有{(upstream ? "为其产品供料" : "用到其产品")}的企业记录" : "";
        return $"{flow}{anchor}所在的{segments}环节，或这些环节在图谱中没有企业{lines}。";
    }

    /// <summary>
    /// Removes side-line members when the pool holds <see cref="MainLineQuorum"/> main-line ones, so a giant with a
    /// minor line does not push a specialist out of the list; returns the scope note saying so, or null.
    /// </summary>
    private static string? DropSideLines(Dictionary<int, ChainLink> members)
    {
        if (members.Values.Count(m => m.Fit >= SideLineFit) < MainLineQuorum)
        {
            return null;
        }

        var side = members.Where(m => m.Value.Fit < SideLineFit).Select(m => m.Key).ToList();
        foreach (var enterprise in side)
        {
            members.Remove(enterprise);
        }

        return side.Count > 0 ? $"不含仅以次要产品线（占营收不足{SideLineFit * 100:0}%）相关的{side.Count}家企业" : null;
    }

    private static void Keep(Dictionary<int, ChainLink> members, int enterprise, ChainLink link)
    {
        if (!members.TryGetValue(enterprise, out var known) || link.Fit > known.Fit)
        {
            members[enterprise] = link;
        }
    }

    /// <summary>IN_SEGMENT placements into <paramref name="segments"/>: enterprise, the segment, the edge, its weight.</summary>
    private IEnumerable<(int Enterprise, SegmentTemplate Segment, int Edge, double Weight)> Placements(ChainTemplate chain, IEnumerable<SegmentTemplate> segments)
    {
        foreach (var segment in segments)
        {
            if (snapshot.Find(new NodeRef(NodeKind.Segment, chain.SegmentKey(segment))) is not { } node)
            {
                continue;
            }

            foreach (var e in snapshot.InEdges(node).ToArray())
            {
                if (snapshot.EdgeType(e) == RelType.InSegment && snapshot.Kind(snapshot.EdgeFrom(e)) == NodeKind.Enterprise)
                {
                    yield return (snapshot.EdgeFrom(e), segment, e, snapshot.EdgeWeight(e));
                }
            }
        }
    }

    /// <summary>What places the enterprise, in words (主营X（占营收N%） / 申万行业为Y / a chain lead's reason), with its edges.</summary>
    private (string What, IReadOnlyList<int> Edges) Describe(int enterprise, ChainTemplate chain, SegmentTemplate segment, int placement)
    {
        var properties = snapshot.EdgeProperties(placement);
        var evidence = _placer.Evidence(enterprise, chain, segment);
        if (properties.TryGetValue("override", out var kind) && (kind != "anchor" || evidence.Count == 0))
        {
            return (kind == "anchor" ? "规划点名的链主" : $"链长核定：{properties.GetValueOrDefault("reason", "人工放入")}", [placement]);
        }

        // A main line (at least the placement floor of revenue) leads; else the Shenwan class; a minor line is "产品含".
        var product = evidence.Where(e => e.Kind == ChainPlacer.ProductEvidence).OrderByDescending(e => e.RevenueShare ?? 0).FirstOrDefault();
        var industry = evidence.FirstOrDefault(e => e.Kind == ChainPlacer.IndustryEvidence);
        if (product is not null && (product.RevenueShare >= ChainPlacer.MinWeight || industry is null))
        {
            var makes = Edge(enterprise, RelType.Makes, product.Target);
            var verb = product.RevenueShare >= ChainPlacer.MinWeight ? "主营" : "产品含";
            return ($"{verb}{product.Target}{ShareText(product.RevenueShare)}", makes is { } m ? [placement, m] : [placement]);
        }

        if (industry is not null)
        {
            var name = ShenwanCodes.Names.GetValueOrDefault(industry.Target, industry.Target);
            var classified = EdgeToKey(enterprise, RelType.InIndustry, industry.Target);
            return ($"申万行业为{name}", classified is { } c ? [placement, c] : [placement]);
        }

        return ("按链图谱规则放入", [placement]);
    }

    /// <summary>（占营收62%） for a revenue share the data states; nothing when it is a placeholder below 1%.</summary>
    public static string ShareText(double? share) => share is >= 0.01
        ? string.Create(CultureInfo.InvariantCulture, $"（占营收{Math.Min(100, Math.Round(share.Value * 100)):0}%）")
        : "";

    private int? Edge(int from, RelType type, string toName)
    {
        foreach (var e in snapshot.OutEdges(from))
        {
            if (snapshot.EdgeType(e) == type && snapshot.Name(snapshot.EdgeTo(e)) == toName)
            {
                return e;
            }
        }

        return null;
    }

    private int? EdgeToKey(int from, RelType type, string toKey)
    {
        foreach (var e in snapshot.OutEdges(from))
        {
            if (snapshot.EdgeType(e) == type && snapshot.Node(snapshot.EdgeTo(e)).Key == toKey)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>The template's FEEDS edge behind "<paramref name="supplier"/> supplies <paramref name="customer"/>" (either may stand for a parent or child).</summary>
    private int? FeedsEdge(ChainTemplate chain, SegmentTemplate supplier, SegmentTemplate customer)
    {
        if (!_feeds.TryGetValue((chain.Id, supplier.Id, customer.Id), out var edge))
        {
            _feeds[(chain.Id, supplier.Id, customer.Id)] = edge = FindFeedsEdge(chain, supplier, customer);
        }

        return edge;
    }

    private int? FindFeedsEdge(ChainTemplate chain, SegmentTemplate supplier, SegmentTemplate customer)
    {
        var targets = SegmentFlow.WithDescendants(chain, customer).Concat(SegmentFlow.Ancestors(chain, customer))
            .Select(s => snapshot.Find(new NodeRef(NodeKind.Segment, chain.SegmentKey(s)))).OfType<int>().ToHashSet();
        foreach (var source in SegmentFlow.WithDescendants(chain, supplier).Concat(SegmentFlow.Ancestors(chain, supplier)))
        {
            if (snapshot.Find(new NodeRef(NodeKind.Segment, chain.SegmentKey(source))) is not { } node)
            {
                continue;
            }

            foreach (var e in snapshot.OutEdges(node))
            {
                if (snapshot.EdgeType(e) == RelType.Feeds && targets.Contains(snapshot.EdgeTo(e)))
                {
                    return e;
                }
            }
        }

        return null;
    }
}

using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;

namespace ChainGraph.Recommender.Recommending;

/// <summary>
/// The product chain around an anchor: makers of the upstream materials of its products (product UPSTREAM_OF
/// product) and makers of the products its products go into. A relation from the data names one product; one
/// declared in anchors.yaml names a keyword (<see cref="AnchorProduct.KeywordMatch"/>) that every product containing
/// it matches. A maker counts when the matching products make up at least <see cref="ChainPlacer.MinWeight"/> of its
/// revenue and, if it has a Shenwan classification, it lies in the anchor's chain sectors (the same rule as placement).
/// </summary>
internal sealed class ProductLinks
{
    private readonly GraphSnapshot _snapshot;
    private readonly ChainPlacer _placer;
    private readonly (int Product, string Name)[] _made;
    private readonly Dictionary<int, List<(int Maker, int Edge, double Share)>> _makers = [];

    public ProductLinks(GraphSnapshot snapshot, ChainPlacer placer)
    {
        _snapshot = snapshot;
        _placer = placer;
        for (var e = 0; e < snapshot.EdgeCount; e++)
        {
            if (snapshot.EdgeType(e) == RelType.Makes && snapshot.EdgeQualifier(e) != AnchorProduct.FactQualifier)
            {
                var product = snapshot.EdgeTo(e);
                if (!_makers.TryGetValue(product, out var list))
                {
                    _makers[product] = list = [];
                }

                list.Add((snapshot.EdgeFrom(e), e, snapshot.EdgeWeight(e)));
            }
        }

        _made = _makers.Keys.Order().Select(p => (p, snapshot.Name(p))).ToArray();
    }

    /// <summary>The pool links and the upstream product names they came from (for the scope line).</summary>
    public sealed record Result(IReadOnlyList<(int Enterprise, ChainLink Link)> Links, IReadOnlyList<string> Described);

    public Result Suppliers(int anchor, IReadOnlyList<string> sectors) => Collect(anchor, sectors, upstream: true);

    public Result Customers(int anchor, IReadOnlyList<string> sectors) => Collect(anchor, sectors, upstream: false);

    private Result Collect(int anchor, IReadOnlyList<string> sectors, bool upstream)
    {
        var g = _snapshot;
        var anchorName = g.Name(anchor);
        var links = new Dictionary<int, ChainLink>();
        var described = new List<string>();
        foreach (var (own, declared) in AnchorProducts(anchor))
        {
            foreach (var relation in (upstream ? g.InEdges(own) : g.OutEdges(own)).ToArray())
            {
                // A declared product takes only the declared relations (a generic name such as 线材 carries junk ones
                // in the extracted data); a product from the data takes the data's, if the other end is a real name.
                if (g.EdgeType(relation) != RelType.UpstreamOf || declared != (g.EdgeQualifier(relation) == AnchorProduct.FactQualifier))
                {
                    continue;
                }

                var other = upstream ? g.EdgeFrom(relation) : g.EdgeTo(relation);
                var otherName = g.Name(other);
                if (!declared && !IsProductName(otherName))
                {
                    continue;
                }

                var properties = g.EdgeProperties(relation);
                var byKeyword = properties.GetValueOrDefault(AnchorProduct.MatchProperty) == AnchorProduct.KeywordMatch;
                var exclude = properties.TryGetValue(AnchorProduct.ExcludeProperty, out var x) ? x.Split(',', StringSplitOptions.RemoveEmptyEntries) : [];
                var gate = properties.TryGetValue(AnchorProduct.SectorsProperty, out var codes) ? codes.Split(',', StringSplitOptions.RemoveEmptyEntries) : sectors;
                if (!described.Contains(otherName))
                {
                    described.Add(otherName);
                }

                foreach (var product in byKeyword ? Containing(otherName, exclude) : [other])
                {
                    foreach (var (maker, makes, share) in _makers.GetValueOrDefault(product) ?? [])
                    {
                        if (share < ChainPlacer.MinWeight || maker == anchor || !ChainPlacer.InSectors(_placer.IndustriesOf(maker), gate))
                        {
                            continue;
                        }

                        var made = $"主营{g.Name(product)}{ChainGrounding.ShareText(share)}";
                        var text = upstream
                            ? $"{made}，是链主{anchorName}的{g.Name(own)}所需的{otherName}"
                            : $"{made}，用到链主{anchorName}的{g.Name(own)}";
                        if (!links.TryGetValue(maker, out var known) || share > known.Fit)
                        {
                            links[maker] = new ChainLink(Math.Min(1, share), text, [makes, relation]);
                        }
                    }
                }
            }
        }

        return new Result(links.Select(kv => (kv.Key, kv.Value)).OrderBy(l => l.Key).ToList(), described);
    }

    // The anchor's products: declared ones, and main lines of the data (revenue share at least the placement floor).
    private IEnumerable<(int Product, bool Declared)> AnchorProducts(int anchor)
    {
        foreach (var e in _snapshot.OutEdges(anchor).ToArray())
        {
            var declared = _snapshot.EdgeQualifier(e) == AnchorProduct.FactQualifier;
            if (_snapshot.EdgeType(e) == RelType.Makes && (declared || _snapshot.EdgeWeight(e) >= ChainPlacer.MinWeight))
            {
                yield return (_snapshot.EdgeTo(e), declared);
            }
        }
    }

    // Extracted relations hold fragments (MW-, 非常多): a product name has at least two Chinese characters and no quantity word.
    private static bool IsProductName(string name) =>
        name.Count(c => c is >= '\u4e00' and <= '\u9fff') >= 2 && !s_noise.Any(n => name.Contains(n, StringComparison.Ordinal));

    private static readonly string[] s_noise = ["非常", "很多", "一些", "之类", "等等", "清单", "系统"];

    private int[] Containing(string keyword, string[] exclude)
    {
        var key = keyword + "|" + string.Join(",", exclude);
        lock (_containing)
        {
            if (!_containing.TryGetValue(key, out var products))
            {
                _containing[key] = products = _made
                    .Where(p => p.Name.Contains(keyword, StringComparison.Ordinal) && !exclude.Any(x => p.Name.Contains(x, StringComparison.Ordinal)))
                    .Select(p => p.Product).ToArray();
            }

            return products;
        }
    }

    private readonly Dictionary<string, int[]> _containing = new(StringComparer.Ordinal);
}

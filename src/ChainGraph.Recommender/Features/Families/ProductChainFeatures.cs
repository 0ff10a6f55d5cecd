using ChainGraph.Core.Model;

namespace ChainGraph.Recommender.Features.Families;

/// <summary>
/// Product-chain links: how many of the candidate's products (MAKES) are upstream materials of the
/// sources' products (product UPSTREAM_OF product), how many are downstream, and how many they share.
/// </summary>
public sealed class ProductChainFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } = ["product_upstream_of_source", "product_downstream_of_source", "same_product"];

    public void Compute(QueryState state, int candidate, Span<float> values)
    {
        var products = state.Graph.Products[candidate];
        var sources = state.SourceProducts;
        if (products.Length == 0 || sources.Count == 0)
        {
            values[0] = values[1] = values[2] = 0;
            return;
        }

        var (upstreamOf, downstreamOf, same) = (0, 0, 0);
        foreach (var p in products)
        {
            upstreamOf += state.Graph.UpstreamTargets.Count(p, sources.Contains);
            downstreamOf += state.Graph.UpstreamSources.Count(p, sources.Contains);
            same += sources.Contains(p) ? 1 : 0;
        }

        (values[0], values[1], values[2]) = (upstreamOf, downstreamOf, same);
    }

    public string? Reason(QueryState state, int candidate, int feature, float value) => value <= 0 ? null : feature switch
    {
        0 => $"主营产品是{FeatureText.SourceName(state)}产品的上游原料",
        1 => $"主营产品以{FeatureText.SourceName(state)}的产品为原料",
        _ => $"与{FeatureText.SourceName(state)}生产相同产品",
    };

    public IEnumerable<int> Evidence(QueryState state, int candidate)
    {
        var products = state.Graph.Products.Members(candidate);
        var links = Links(state, products, state.SourceProducts, upstream: true).Take(2).ToArray();
        var g = state.Graph.Snapshot;
        foreach (var link in links)
        {
            foreach (var e in g.OutEdges(candidate).ToArray())
            {
                if (g.EdgeType(e) == RelType.Makes && g.EdgeTo(e) == g.EdgeFrom(link))
                {
                    yield return e;
                    break;
                }
            }

            yield return link;
        }
    }

    private static IEnumerable<int> Links(QueryState state, ArraySegment<int> products, HashSet<int> sources, bool upstream)
    {
        var g = state.Graph.Snapshot;
        foreach (var product in products)
        {
            if (!(upstream ? state.Graph.UpstreamTargets : state.Graph.UpstreamSources).Any(product, sources.Contains))
            {
                continue;
            }

            var edges = (upstream ? g.OutEdges(product) : g.InEdges(product)).ToArray();
            foreach (var e in edges)
            {
                if (g.EdgeType(e) == RelType.UpstreamOf && sources.Contains(upstream ? g.EdgeTo(e) : g.EdgeFrom(e)))
                {
                    yield return e;
                }
            }
        }
    }
}

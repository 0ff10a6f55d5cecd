using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Ingest.Ckg;

namespace ChainGraph.Ingest.Chains;

/// <summary>
/// The facts an anchor's declared product lines become: MAKES from the anchor to each of its products, and
/// product UPSTREAM_OF product from each input to each product and from each product to each use. They carry
/// the qualifier <see cref="AnchorProduct.FactQualifier"/> (so they never overwrite a ckg fact between the same products),
/// the declared source and the anchors.yaml line; inputs and uses are keywords (<see cref="AnchorProduct.MatchProperty"/>).
/// Declared MAKES have weight 0: the revenue share is unknown, and the anchor's segments are pinned anyway.
/// </summary>
internal static class AnchorProductFacts
{
    /// <summary>Product nodes the facts need that the snapshot lacks, and the facts.</summary>
    public static (IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges) Of(AnchorDefinition anchor, NodeRef anchorNode, string file, GraphSnapshot snapshot, DateTimeOffset fetchedAt)
    {
        var nodes = new Dictionary<NodeRef, GraphNode>();
        var edges = new List<GraphEdge>();
        NodeRef Product(AnchorProduct line)
        {
            var node = new NodeRef(NodeKind.Product, CkgLoader.ProductKey(line.Name));
            if (snapshot.Find(node) is null && !nodes.ContainsKey(node))
            {
                nodes[node] = new GraphNode(NodeKind.Product, node.Key, line.Name, Provenance(line, file, fetchedAt));
            }

            return node;
        }

        foreach (var product in anchor.Products)
        {
            var productRef = Product(product);
            edges.Add(new GraphEdge(RelType.Makes, anchorNode, productRef, Provenance(product, file, fetchedAt)) { Weight = 0, Qualifier = AnchorProduct.FactQualifier }
                .WithProperty("revenueShare", "unknown"));
            foreach (var input in anchor.Inputs.Where(i => i.For.Count == 0 || i.For.Contains(product.Name)))
            {
                edges.Add(Link(Product(input), productRef, input, file, fetchedAt));
            }

            foreach (var use in anchor.UsedIn.Where(u => u.For.Count == 0 || u.For.Contains(product.Name)))
            {
                edges.Add(Link(productRef, Product(use), use, file, fetchedAt));
            }
        }

        return (nodes.Values.ToList(), edges);
    }

    private static GraphEdge Link(NodeRef from, NodeRef to, AnchorProduct line, string file, DateTimeOffset fetchedAt)
    {
        var edge = new GraphEdge(RelType.UpstreamOf, from, to, Provenance(line, file, fetchedAt)) { Qualifier = AnchorProduct.FactQualifier }.WithProperty(AnchorProduct.MatchProperty, AnchorProduct.KeywordMatch);
        return edge
            .WithProperty(AnchorProduct.ExcludeProperty, line.Exclude.Count == 0 ? null : string.Join(",", line.Exclude))
            .WithProperty(AnchorProduct.SectorsProperty, line.Sectors.Count == 0 ? null : string.Join(",", line.Sectors));
    }

    private static Provenance Provenance(AnchorProduct line, string file, DateTimeOffset fetchedAt) => new(line.Source, $"ingest/chains/{file}:{line.Line}", fetchedAt);
}

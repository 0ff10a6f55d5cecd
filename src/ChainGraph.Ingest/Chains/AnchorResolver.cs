using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Core.Text;

namespace ChainGraph.Ingest.Chains;

/// <summary>
/// Finds each anchor of the plan in the graph (stock code first, then full name, name and aliases)
/// or creates it as an Enterprise located at its registered region, with the plan as provenance.
/// Either way the node gets the 链主 tag and the plan's names as aliases.
/// </summary>
internal sealed class AnchorResolver(GraphSnapshot snapshot, AnchorCatalog anchors, DateTimeOffset fetchedAt)
{
    public Provenance Provenance { get; } = new(anchors.Source, anchors.Reference, fetchedAt);

    /// <summary>
    /// The nodes to write for the anchor: first the primary one (found by stock code, full name, name or a
    /// unique alias; else created), then other enterprises carrying exactly the plan's name or full name
    /// (duplicates from other sources, e.g. ICKG's 中汽中心 beside 中国汽车技术研究中心有限公司), so every
    /// name of the plan resolves to an anchor. A node whose location is unknown gets the registered region.
    /// </summary>
    public (IReadOnlyList<GraphNode> Nodes, bool Created) Resolve(AnchorDefinition anchor)
    {
        var primary = Find(anchor);
        var nodes = new List<GraphNode>();
        var created = primary is null;
        if (primary is { } existing)
        {
            var node = snapshot.Node(existing);
            nodes.Add(Fill(node
                .WithAliases([.. node.Aliases, anchor.Name, anchor.FullName, .. anchor.Aliases])
                .WithTags([.. node.Tags, EnterpriseTags.Anchor]), anchor));
        }
        else
        {
            var node = new GraphNode(NodeKind.Enterprise, "name:" + NameNormalizer.Normalize(anchor.FullName), anchor.Name, Provenance)
                .WithProperty(EnterpriseProps.FullName, anchor.FullName)
                .WithAliases([anchor.FullName, .. anchor.Aliases])
                .WithTags([EnterpriseTags.Anchor])
                .WithProperty("note", anchor.Note.Length == 0 ? null : anchor.Note);
            nodes.Add(Locate(node, anchor.RegionCode!));
        }

        foreach (var duplicate in new[] { anchor.Name, anchor.FullName }.SelectMany(n => snapshot.FindByName(n, NodeKind.Enterprise)).Distinct())
        {
            var node = snapshot.Node(duplicate);
            if (node.Ref != nodes[0].Ref && node.Property(EnterpriseProps.StockCode) is null)
            {
                nodes.Add(Fill(node.WithTags([.. node.Tags, EnterpriseTags.Anchor]).WithProperty(EnterpriseProps.SameAs, nodes[0].Key), anchor));
            }
        }

        return (nodes, created);
    }

    /// <summary>Gives a node of unknown location the anchor's registered region.</summary>
    private GraphNode Fill(GraphNode node, AnchorDefinition anchor) =>
        anchor.RegionCode is { } code && node.Property(EnterpriseProps.RegionCode) is null ? Locate(node, code) : node;

    public GraphEdge? LocatedIn(GraphNode node)
    {
        var code = node.Property(EnterpriseProps.RegionCode);
        return code is null || snapshot.Find(new NodeRef(NodeKind.Region, code)) is null
            ? null
            : new GraphEdge(RelType.LocatedIn, node.Ref, new NodeRef(NodeKind.Region, code), Provenance).WithProperty("basis", "plan");
    }

    private int? Find(AnchorDefinition anchor)
    {
        if (anchor.StockCode is { } code && snapshot.Find(new NodeRef(NodeKind.Enterprise, code)) is { } listed)
        {
            return listed;
        }

        foreach (var name in new[] { anchor.FullName, anchor.Name }.Concat(anchor.Aliases))
        {
            var hits = snapshot.FindByName(name, NodeKind.Enterprise);
            if (hits.Count == 1)
            {
                return hits[0];
            }
        }

        return null;
    }

    private GraphNode Locate(GraphNode node, string regionCode)
    {
        var located = node.WithProperty(EnterpriseProps.RegionCode, regionCode).WithProperty(EnterpriseProps.LocationBasis, "plan");
        if (snapshot.Find(new NodeRef(NodeKind.Region, regionCode)) is not { } region)
        {
            return located;
        }

        var path = new List<int>();
        for (var current = (int?)region; current is { } c && path.Count < 4;)
        {
            path.Insert(0, c);
            current = null;
            foreach (var e in snapshot.OutEdges(c))
            {
                if (snapshot.EdgeType(e) == RelType.PartOf && snapshot.Kind(snapshot.EdgeTo(e)) == NodeKind.Region)
                {
                    current = snapshot.EdgeTo(e);
                    break;
                }
            }
        }

        string? Level(int i) => path.Count > i ? snapshot.Name(path[i]) : null;
        return located
            .WithProperty(EnterpriseProps.Province, Level(0))
            .WithProperty(EnterpriseProps.City, Level(1))
            .WithProperty(EnterpriseProps.County, Level(2));
    }
}

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

    /// <summary>The node to write for the anchor (updated or new), and whether it was created.</summary>
    public (GraphNode Node, bool Created) Resolve(AnchorDefinition anchor)
    {
        if (Find(anchor) is { } existing)
        {
            var node = snapshot.Node(existing);
            return (node
                .WithAliases([.. node.Aliases, anchor.Name, anchor.FullName, .. anchor.Aliases])
                .WithTags([.. node.Tags, EnterpriseTags.Anchor]), false);
        }

        var created = new GraphNode(NodeKind.Enterprise, "name:" + NameNormalizer.Normalize(anchor.FullName), anchor.Name, Provenance)
            .WithProperty(EnterpriseProps.FullName, anchor.FullName)
            .WithAliases([anchor.FullName, .. anchor.Aliases])
            .WithTags([EnterpriseTags.Anchor])
            .WithProperty("note", anchor.Note.Length == 0 ? null : anchor.Note);
        return (Locate(created, anchor.RegionCode!), true);
    }

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

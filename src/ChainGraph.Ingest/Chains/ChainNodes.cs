using System.Globalization;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Model;

namespace ChainGraph.Ingest.Chains;

/// <summary>The Chain and Segment nodes of a template and its PART_OF and FEEDS relationships.</summary>
internal static class ChainNodes
{
    public const string SourceName = "chains";

    public static Provenance ProvenanceOf(ChainTemplate chain, DateTimeOffset fetchedAt) => new(SourceName, $"ingest/chains/{chain.Source}", fetchedAt);

    public static IEnumerable<GraphNode> Nodes(ChainTemplate chain, DateTimeOffset fetchedAt)
    {
        var provenance = ProvenanceOf(chain, fetchedAt);
        yield return new GraphNode(NodeKind.Chain, chain.Id, chain.Name, provenance)
            .WithAliases(chain.Aliases)
            .WithProperty("description", chain.Description)
            .WithProperty("segments", chain.Segments.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var segment in chain.Segments)
        {
            yield return new GraphNode(NodeKind.Segment, chain.SegmentKey(segment), segment.Name, provenance)
                .WithProperty("chain", chain.Id)
                .WithProperty("chainName", chain.Name)
                .WithProperty("stage", segment.Stage.ToString().ToLowerInvariant())
                .WithProperty("parent", segment.Parent)
                .WithProperty("industries", segment.IndustryCodes.Count == 0 ? null : string.Join(",", segment.IndustryCodes))
                .WithProperty("products", segment.ProductKeywords.Count == 0 ? null : string.Join(",", segment.ProductKeywords));
        }
    }

    public static IEnumerable<GraphEdge> Edges(ChainTemplate chain, DateTimeOffset fetchedAt)
    {
        var provenance = ProvenanceOf(chain, fetchedAt);
        var chainRef = new NodeRef(NodeKind.Chain, chain.Id);
        foreach (var segment in chain.Segments)
        {
            var from = new NodeRef(NodeKind.Segment, chain.SegmentKey(segment));
            var parent = segment.Parent is { } p ? new NodeRef(NodeKind.Segment, $"{chain.Id}/{p}") : chainRef;
            yield return new GraphEdge(RelType.PartOf, from, parent, provenance);
            foreach (var target in segment.Feeds)
            {
                yield return new GraphEdge(RelType.Feeds, from, new NodeRef(NodeKind.Segment, $"{chain.Id}/{target}"), provenance);
            }
        }
    }
}

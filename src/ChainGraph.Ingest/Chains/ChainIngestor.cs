using System.Globalization;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Ingest.Loading;

namespace ChainGraph.Ingest.Chains;

/// <summary>
/// Writes the chains into the store: Chain and Segment nodes with PART_OF and FEEDS, the plan's
/// anchors (linked or created) with ANCHORS, and IN_SEGMENT {weight} placements computed by
/// <see cref="ChainPlacer"/> on the current snapshot, then anchor pins, then overrides (which win).
/// Idempotent: placements that no longer hold are deleted, so a re-run changes nothing.
/// </summary>
public sealed class ChainIngestor(IGraphStore store, IGraphSnapshotProvider snapshots, IngestOptions options)
{
    /// <summary>Facts written by this step are stamped with this time, so re-runs stay idempotent.</summary>
    public static readonly DateTimeOffset FetchedAt = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The shipped templates, anchors and overrides, plus an optional override file of the chain lead's.</summary>
    public Task<LoadReport> IngestShippedAsync(string? overridesPath, CancellationToken cancellationToken)
    {
        var catalog = ChainCatalogLoader.LoadEmbedded();
        return IngestAsync(catalog, ChainDataLoader.LoadEmbeddedAnchors(catalog), ChainDataLoader.LoadOverrides(catalog, overridesPath), cancellationToken);
    }

    public async Task<LoadReport> IngestAsync(ChainCatalog catalog, AnchorCatalog anchors, IReadOnlyList<PlacementOverride> overrides, CancellationToken cancellationToken)
    {
        snapshots.Invalidate();
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var report = new LoadReportBuilder(ChainNodes.SourceName) { RowsRead = catalog.Chains.Count + anchors.Anchors.Count + overrides.Count };
        var writer = new BatchWriter(store, options.BatchSize, "chains");
        foreach (var chain in catalog.Chains)
        {
            foreach (var node in ChainNodes.Nodes(chain, FetchedAt))
            {
                await writer.AddAsync(node, 0, cancellationToken);
            }

            foreach (var edge in ChainNodes.Edges(chain, FetchedAt))
            {
                await writer.AddAsync(edge, 0, cancellationToken);
            }
        }

        var placements = new Dictionary<(NodeRef Enterprise, string Segment), GraphEdge>();
        var resolver = new AnchorResolver(snapshot, anchors, FetchedAt);
        var declared = new HashSet<EdgeKey>();
        foreach (var anchor in anchors.Anchors)
        {
            var anchorRef = await WriteAnchorAsync(anchor, anchors.PlanRegion, resolver, catalog, writer, placements, report, cancellationToken);
            var (products, facts) = AnchorProductFacts.Of(anchor, anchorRef, Path.GetFileName(anchors.File), snapshot, FetchedAt);
            foreach (var product in products)
            {
                await writer.AddAsync(product, anchor.Line, cancellationToken);
            }

            foreach (var fact in facts)
            {
                await writer.AddAsync(fact, anchor.Line, cancellationToken);
                declared.Add(new EdgeKey(fact.Type, fact.From, fact.To, fact.Qualifier));
            }

            report.Count("declared anchor product facts", facts.Count);
        }

        var placer = new ChainPlacer(snapshot);
        foreach (var chain in catalog.Chains)
        {
            foreach (var placement in placer.Place(chain))
            {
                var from = snapshot.Node(placement.Enterprise).Ref;
                var key = (from, $"{chain.Id}/{placement.SegmentId}");
                placements.TryAdd(key, (PlacementEdge(from, key.Item2, placement.Weight, new Provenance(ChainNodes.SourceName, $"placement by ingest/chains/{chain.Source}", FetchedAt))
                    with { Since = placement.Since }).WithProperty("evidence", Describe(placement.Evidence)));
            }
        }

        ApplyOverrides(snapshot, overrides, placements, report);
        report.Count("placements re-dated", await DeleteRedatedAsync(snapshot, placements, cancellationToken));
        foreach (var edge in placements.Values)
        {
            await writer.AddAsync(edge, 0, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
        var removed = await DeleteStaleAsync(snapshot, catalog, placements, cancellationToken) + await DeleteStaleDeclaredAsync(snapshot, declared, cancellationToken);
        report.Count("placements", placements.Count);
        report.Count("stale placements removed", removed);
        snapshots.Invalidate();
        return report.Build(writer.Total);
    }

    /// <summary>Writes the anchor (and its duplicates), its ANCHORS edges and segment pins; returns the primary node.</summary>
    private static async Task<NodeRef> WriteAnchorAsync(
        AnchorDefinition anchor, string? planRegion, AnchorResolver resolver, ChainCatalog catalog, BatchWriter writer,
        Dictionary<(NodeRef, string), GraphEdge> placements, LoadReportBuilder report, CancellationToken cancellationToken)
    {
        var (nodes, created) = resolver.Resolve(anchor);
        report.Count(created ? "anchors created from the plan" : "anchors linked to existing enterprises");
        report.Count("anchor duplicates linked", nodes.Count - 1);
        foreach (var anchorNode in nodes)
        {
            await writer.AddAsync(anchorNode, anchor.Line, cancellationToken);
            if (anchorNode.Property(EnterpriseProps.LocationBasis) == "plan" && resolver.LocatedIn(anchorNode) is { } located)
            {
                await writer.AddAsync(located, anchor.Line, cancellationToken);
            }

            foreach (var chainId in anchor.Chains)
            {
                var edge = new GraphEdge(RelType.Anchors, anchorNode.Ref, new NodeRef(NodeKind.Chain, catalog.Find(chainId).Id), resolver.Provenance)
                    .WithProperty("planName", anchor.Name)
                    .WithProperty("inDistrict", anchor.InDistrict ? "true" : null)
                    .WithProperty(ChainMapCalculator.SiteRegionProperty, anchor.InDistrict ? planRegion : null);
                await writer.AddAsync(edge, anchor.Line, cancellationToken);
            }
        }

        var node = nodes[0];
        foreach (var (chainId, segments) in anchor.Segments)
        {
            foreach (var segment in segments)
            {
                var key = (node.Ref, $"{catalog.Find(chainId).Id}/{segment}");
                placements[key] = PlacementEdge(node.Ref, key.Item2, 1, resolver.Provenance)
                    .WithProperty("override", "anchor")
                    .WithProperty("reason", $"{anchor.Name}: anchor named by the plan");
            }
        }

        return node.Ref;
    }

    // Declared product facts (qualifier "anchors") whose line was removed from anchors.yaml.
    private async Task<int> DeleteStaleDeclaredAsync(GraphSnapshot snapshot, HashSet<EdgeKey> declared, CancellationToken cancellationToken)
    {
        var stale = new List<EdgeKey>();
        for (var e = 0; e < snapshot.EdgeCount; e++)
        {
            if (snapshot.EdgeQualifier(e) == AnchorProduct.FactQualifier && snapshot.EdgeType(e) is RelType.Makes or RelType.UpstreamOf)
            {
                var key = new EdgeKey(snapshot.EdgeType(e), snapshot.Node(snapshot.EdgeFrom(e)).Ref, snapshot.Node(snapshot.EdgeTo(e)).Ref, AnchorProduct.FactQualifier);
                if (!declared.Contains(key))
                {
                    stale.Add(key);
                }
            }
        }

        return stale.Count == 0 ? 0 : await store.DeleteEdgesAsync(stale, cancellationToken);
    }

    private static void ApplyOverrides(GraphSnapshot snapshot, IReadOnlyList<PlacementOverride> overrides, Dictionary<(NodeRef, string), GraphEdge> placements, LoadReportBuilder report)
    {
        foreach (var o in overrides)
        {
            var enterprise = snapshot.Find(new NodeRef(NodeKind.Enterprise, o.Enterprise)) is { } byKey
                ? byKey
                : snapshot.FindByName(o.Enterprise, NodeKind.Enterprise) is { Count: 1 } hits ? hits[0] : (int?)null;
            if (enterprise is null)
            {
                report.Skip($"override enterprise not found or ambiguous ({o.File}:{o.Line} '{o.Enterprise}')");
                continue;
            }

            var key = (snapshot.Node(enterprise.Value).Ref, $"{o.ChainId}/{o.SegmentId}");
            if (o.Remove)
            {
                placements.Remove(key);
                report.Count("override removals");
                continue;
            }

            placements[key] = PlacementEdge(key.Item1, key.Item2, o.Weight, new Provenance("overrides", $"{o.File}:{o.Line}", FetchedAt))
                .WithProperty("override", "pin")
                .WithProperty("reason", o.Reason);
            report.Count("override pins");
        }
    }

    /// <summary>
    /// A placement's date is derived from its facts and must follow them both ways, while the store keeps the
    /// earliest <c>since</c> of a relationship: placements whose stored date differs are deleted to be written anew.
    /// </summary>
    private async Task<int> DeleteRedatedAsync(GraphSnapshot snapshot, Dictionary<(NodeRef Enterprise, string Segment), GraphEdge> placements, CancellationToken cancellationToken)
    {
        var redated = new List<EdgeKey>();
        foreach (var ((enterprise, segmentKey), edge) in placements)
        {
            if (snapshot.Find(enterprise) is not { } from)
            {
                continue;
            }

            foreach (var e in snapshot.Edges(from, RelType.InSegment, Direction.Out))
            {
                if (snapshot.Node(e.To).Key == segmentKey && e.Since != edge.Since)
                {
                    redated.Add(new EdgeKey(RelType.InSegment, enterprise, edge.To, e.Qualifier));
                }
            }
        }

        return redated.Count == 0 ? 0 : await store.DeleteEdgesAsync(redated, cancellationToken);
    }

    private async Task<int> DeleteStaleAsync(GraphSnapshot snapshot, ChainCatalog catalog, Dictionary<(NodeRef, string), GraphEdge> placements, CancellationToken cancellationToken)
    {
        var stale = new List<EdgeKey>();
        foreach (var chain in catalog.Chains)
        {
            foreach (var segment in chain.Segments)
            {
                var segmentRef = new NodeRef(NodeKind.Segment, chain.SegmentKey(segment));
                if (snapshot.Find(segmentRef) is not { } node)
                {
                    continue;
                }

                foreach (var e in snapshot.InEdges(node))
                {
                    var from = snapshot.Node(snapshot.EdgeFrom(e)).Ref;
                    if (snapshot.EdgeType(e) == RelType.InSegment && !placements.ContainsKey((from, segmentRef.Key)))
                    {
                        stale.Add(new EdgeKey(RelType.InSegment, from, segmentRef, snapshot.EdgeQualifier(e)));
                    }
                }
            }
        }

        return stale.Count == 0 ? 0 : await store.DeleteEdgesAsync(stale, cancellationToken);
    }

    private static GraphEdge PlacementEdge(NodeRef enterprise, string segmentKey, double weight, Provenance provenance) =>
        new(RelType.InSegment, enterprise, new NodeRef(NodeKind.Segment, segmentKey), provenance) { Weight = Math.Round(weight, 4) };

    private static string Describe(IReadOnlyList<PlacementEvidence> evidence) => string.Join("; ", evidence.Select(e => e.Kind == ChainPlacer.IndustryEvidence
        ? $"industry {e.Target} (segment code {e.Matched})"
        : string.Create(CultureInfo.InvariantCulture, $"product {e.Target} ~ {e.Matched} (share {e.RevenueShare:0.###})")));
}

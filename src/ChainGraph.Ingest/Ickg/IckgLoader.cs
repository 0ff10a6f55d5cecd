using System.Security.Cryptography;
using System.Text;
using ChainGraph.Core.Ickg;
using ChainGraph.Core.Io;
using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Core.Text;
using ChainGraph.Ingest.Ckg;
using ChainGraph.Ingest.Loading;
using ChainGraph.Ingest.Regions;
using ChainGraph.Ingest.Resolution;

namespace ChainGraph.Ingest.Ickg;

/// <summary>
/// Merges an ICKG-format data set into the graph. Entity kinds are inferred from the relations
/// (see <see cref="IckgEntityKinds"/>); companies are resolved to existing enterprises by code,
/// exact name and normalized name, and created when nothing matches; industries match Shenwan
/// names; products share the ckg product keys. Each fact keeps its date as the relationship's <c>since</c>.
/// </summary>
/// <remarks>
/// What the load writes depends only on its input and on nodes other sources stored, never on what an
/// earlier run of this same source left behind: names are resolved against the other sources' nodes plus
/// the nodes this run has created so far, in entity-id order, exactly as in a first import. A node this
/// source stored before (a complete run, or one killed half-way) is reached again through its key; it is
/// not rewritten (a later step may have enriched it), but the edges that come with creating it are, which
/// the store counts as unchanged when they are there. Resolving against such leftovers
/// instead made a re-run after <c>kill -9</c> differ from a clean import: 羽毛加工 matched the stored
/// 羽毛（绒）加工 by normalized name, and an enterprise stored without its LOCATED_IN edge (the batch
/// ended between them) was found by name and never given one.
/// </remarks>
public sealed class IckgLoader(IGraphStore store, IngestOptions options)
{
    public async Task<LoadReport> LoadAsync(IDataFiles files, string source, DateTimeOffset fetchedAt, EnterpriseLocator locator, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var dataset = IckgDataset.Load(files);
        var kinds = IckgEntityKinds.Infer(dataset);
        var report = new LoadReportBuilder(dataset.Description) { RowsRead = dataset.Facts.Count };
        var existing = await ExistingAsync(source, cancellationToken);
        var writer = new BatchWriter(store, options.BatchSize, files.Describe("entity2id.txt"), progress);
        var refs = new NodeRef?[dataset.Entities.Count];

        foreach (var id in EntitiesInFacts(dataset))
        {
            var name = dataset.Entities[id]!;
            var provenance = new Provenance(source, $"entity2id.txt id {id}", fetchedAt);
            var (nodeRef, created) = kinds[id] switch
            {
                IckgEntityKind.Company => ResolveCompany(name, provenance, existing, locator, report),
                IckgEntityKind.Industry => ResolveIndustry(name, provenance, existing, report),
                IckgEntityKind.Patent => Keyed(NodeKind.Patent, "ickg:" + ShortHash(name), name, provenance, existing, report),
                _ => Keyed(NodeKind.Product, CkgLoader.ProductKey(name), name, provenance, existing, report),
            };
            refs[id] = nodeRef;
            if (created is not null)
            {
                // Stored by an earlier run: kept as it is (later steps such as the chains may have enriched it).
                if (!existing.Earlier.Contains(created.Ref))
                {
                    await writer.AddAsync(created, 0, cancellationToken);
                }

                if (created.Kind == NodeKind.Enterprise && created.Property(EnterpriseProps.RegionCode) is { } region)
                {
                    await writer.AddAsync(new GraphEdge(RelType.LocatedIn, created.Ref, new NodeRef(NodeKind.Region, region), provenance), 0, cancellationToken);
                }
            }
        }

        await writer.FlushAsync(cancellationToken);
        var edgeWriter = new BatchWriter(store, options.BatchSize, files.Describe("facts.txt"), progress);
        // Entity ids that resolved to the same node share a number, so a repeated fact is found without hashing keys.
        var nodeNumbers = NodeNumbers(refs);
        var seen = new HashSet<(RelType, int, int)>(dataset.Facts.Count);
        foreach (var fact in dataset.Facts)
        {
            if (!IckgRelations.TryMap(fact.Relation, out var type))
            {
                report.Skip($"relation '{fact.Relation}' not mapped");
                continue;
            }

            var (from, to) = (refs[fact.Head]!.Value, refs[fact.Tail]!.Value);
            var (fromNumber, toNumber) = (nodeNumbers[fact.Head], nodeNumbers[fact.Tail]);
            if (fromNumber == toNumber)
            {
                report.Skip("both ends resolve to the same entity");
                continue;
            }

            if (!seen.Add((type, fromNumber, toNumber)))
            {
                report.Skip("repeated fact (earliest date kept)");
                continue;
            }

            var edge = new GraphEdge(type, from, to, new Provenance(source, fact.Line, fetchedAt)) { Since = fact.Date };
            await edgeWriter.AddAsync(edge, 0, cancellationToken);
        }

        await edgeWriter.FlushAsync(cancellationToken);
        return report.Build(writer.Total.Plus(edgeWriter.Total));
    }

    /// <summary>The ids of the entities that take part in a fact, ascending, each once.</summary>
    private static IEnumerable<int> EntitiesInFacts(IckgDataset dataset)
    {
        var used = new bool[dataset.Entities.Count];
        foreach (var fact in dataset.Facts)
        {
            used[fact.Head] = true;
            used[fact.Tail] = true;
        }

        for (var id = 0; id < used.Length; id++)
        {
            if (used[id])
            {
                yield return id;
            }
        }
    }

    /// <summary>A number per distinct node, by entity id (-1 where no fact uses the entity).</summary>
    private static int[] NodeNumbers(NodeRef?[] refs)
    {
        var numbers = new int[refs.Length];
        var byNode = new Dictionary<NodeRef, int>();
        for (var id = 0; id < refs.Length; id++)
        {
            if (refs[id] is not { } node)
            {
                numbers[id] = -1;
                continue;
            }

            if (!byNode.TryGetValue(node, out var number))
            {
                number = byNode.Count;
                byNode[node] = number;
            }

            numbers[id] = number;
        }

        return numbers;
    }

    private static (NodeRef, GraphNode?) ResolveCompany(string name, Provenance provenance, ExistingNodes existing, EnterpriseLocator locator, LoadReportBuilder report)
    {
        var resolution = existing.Enterprises.Resolve(name);
        if (resolution.Node is { } match)
        {
            report.Count(existing.CreatedHere.Contains(match) ? "companies merged with another ICKG name" : $"companies matched ({resolution.Kind})");
            return (match, null);
        }

        if (resolution.Alternatives.Count > 0)
        {
            report.Count("companies ambiguous (created separately)");
        }

        var key = "name:" + NameNormalizer.Normalize(name);
        var node = locator.Locate(new GraphNode(NodeKind.Enterprise, key, name, provenance)).Node;
        existing.Enterprises.Add(node);
        existing.CreatedHere.Add(node.Ref);
        report.Count(existing.Earlier.Contains(node.Ref) ? "companies stored by an earlier run" : "companies created");
        return (node.Ref, node);
    }

    private static (NodeRef, GraphNode?) ResolveIndustry(string name, Provenance provenance, ExistingNodes existing, LoadReportBuilder report)
    {
        foreach (var candidate in new[] { name, name.EndsWith("行业", StringComparison.Ordinal) ? name[..^2] : name })
        {
            if (existing.Industries.Resolve(candidate) is { Node: { } match })
            {
                report.Count("industries matched");
                return (match, null);
            }
        }

        return Keyed(NodeKind.Industry, "ickg:" + NameNormalizer.Fold(name), name, provenance, existing, report);
    }

    private static (NodeRef, GraphNode?) Keyed(NodeKind kind, string key, string name, Provenance provenance, ExistingNodes existing, LoadReportBuilder report)
    {
        var nodeRef = new NodeRef(kind, key.Length > 0 ? key : "ickg:" + ShortHash(name));
        if (!existing.Keys.Add(nodeRef))
        {
            report.Count($"{Plural(kind)} matched");
            return (nodeRef, null);
        }

        report.Count(existing.Earlier.Contains(nodeRef) ? $"{Plural(kind)} stored by an earlier run" : $"{Plural(kind)} created");
        return (nodeRef, new GraphNode(kind, nodeRef.Key, name, provenance));
    }

    // Nodes this source wrote in an earlier run stay out of the resolvers (see the remarks above).
    private async Task<ExistingNodes> ExistingAsync(string source, CancellationToken cancellationToken)
    {
        var enterprises = new List<GraphNode>();
        var industries = new List<GraphNode>();
        var keys = new HashSet<NodeRef>();
        var earlier = new HashSet<NodeRef>();
        await foreach (var stored in store.ReadNodesAsync(cancellationToken))
        {
            if (stored.Node.Provenance.Source == source)
            {
                earlier.Add(stored.Node.Ref);
                continue;
            }

            keys.Add(stored.Node.Ref);
            if (stored.Node.Kind == NodeKind.Enterprise)
            {
                enterprises.Add(stored.Node);
            }
            else if (stored.Node.Kind == NodeKind.Industry)
            {
                industries.Add(stored.Node);
            }
        }

        return new ExistingNodes(new EntityResolver(enterprises), new EntityResolver(industries), keys, [], earlier);
    }

    private static string Plural(NodeKind kind) => kind switch
    {
        NodeKind.Industry => "industries",
        _ => kind.Label().ToLowerInvariant() + "s",
    };

    // The first 8 bytes of SHA-256 of the UTF-8 name, as 16 lower-case hex digits (patent keys stored since the first ICKG load).
    private static string ShortHash(string text)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    /// <param name="Enterprises">Enterprises of other sources, and those created so far in this run.</param>
    /// <param name="Industries">Industries of other sources (the Shenwan tree).</param>
    /// <param name="Keys">Nodes of other sources (and those created so far in this run), for keyed kinds.</param>
    /// <param name="CreatedHere">Enterprises this run has created so far (for the report).</param>
    /// <param name="Earlier">Nodes this source stored in an earlier run, complete or killed: written again only through their edges.</param>
    private sealed record ExistingNodes(EntityResolver Enterprises, EntityResolver Industries, HashSet<NodeRef> Keys, HashSet<NodeRef> CreatedHere, HashSet<NodeRef> Earlier);
}

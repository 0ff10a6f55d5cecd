using ChainGraph.Core.Graph;
using ChainGraph.Core.Ickg;
using ChainGraph.Core.Model;

namespace ChainGraph.Recommender.Evaluation;

/// <summary>
/// A graph snapshot built straight from ICKG facts (no store): one node per entity that takes part
/// in <c>facts</c>, its kind inferred from those facts only, one dated relationship per distinct
/// (relation, head, tail) keeping the earliest date, as the ingest loader does.
/// </summary>
public sealed class IckgGraph
{
    private IckgGraph(GraphSnapshot snapshot, int[] nodeOfEntity)
    {
        Snapshot = snapshot;
        NodeOfEntity = nodeOfEntity;
    }

    public GraphSnapshot Snapshot { get; }

    /// <summary>Node index of each entity id, or -1 when the entity is not in the facts used.</summary>
    public IReadOnlyList<int> NodeOfEntity { get; }

    public static IckgGraph Build(IckgDataset dataset, IReadOnlyList<IckgFact> facts)
    {
        var kinds = IckgEntityKinds.Infer(facts, dataset.Entities.Count);
        var builder = new GraphSnapshotBuilder();
        var nodeOf = new int[dataset.Entities.Count];
        Array.Fill(nodeOf, -1);
        var loaded = new Provenance("ickg", null, DateTimeOffset.UnixEpoch);
        foreach (var id in facts.SelectMany(f => new[] { f.Head, f.Tail }).Distinct().Order())
        {
            var kind = kinds[id] switch
            {
                IckgEntityKind.Company => NodeKind.Enterprise,
                IckgEntityKind.Industry => NodeKind.Industry,
                IckgEntityKind.Patent => NodeKind.Patent,
                _ => NodeKind.Product,
            };
            nodeOf[id] = builder.AddNode(new GraphNode(kind, "ickg:" + id, dataset.Entities[id]!, loaded with { Reference = $"entity2id.txt id {id}" }));
        }

        var seen = new HashSet<(RelType, int, int)>();
        foreach (var fact in facts)
        {
            if (!IckgRelations.TryMap(fact.Relation, out var type) || fact.Head == fact.Tail)
            {
                continue;
            }

            var (from, to) = (nodeOf[fact.Head], nodeOf[fact.Tail]);
            if (seen.Add((type, from, to)))
            {
                builder.AddEdge(type, from, to, loaded with { Reference = fact.Line }, since: fact.Date);
            }
        }

        return new IckgGraph(builder.Build(), nodeOf);
    }
}

using ChainGraph.Core.Model;
using ChainGraph.Core.Store;

namespace ChainGraph.Core.Graph;

/// <summary>
/// Mutable builder that freezes into a <see cref="GraphSnapshot"/>. Nodes are added first;
/// edges refer to them by index. Not thread-safe; <see cref="Build"/> may be called once.
/// </summary>
public sealed class GraphSnapshotBuilder
{
    private readonly List<GraphNode> _nodes = [];
    private readonly Dictionary<NodeRef, int> _byRef = [];
    private readonly List<RelType> _type = [];
    private readonly List<int> _from = [];
    private readonly List<int> _to = [];
    private readonly List<float> _weight = [];
    private readonly List<int> _since = [];
    private readonly List<string> _qualifier = [];
    private readonly Dictionary<string, string> _qualifiers = new(StringComparer.Ordinal) { [""] = "" };
    private readonly EdgeOrigins _origins = new();
    private readonly List<int> _origin = [];
    private readonly List<int> _originNumber = [];
    private readonly List<IReadOnlyDictionary<string, string>?> _properties = [];
    private bool _built;

    public int NodeCount => _nodes.Count;

    /// <summary>Adds a node, or returns the index of the node with the same natural key.</summary>
    public int AddNode(GraphNode node)
    {
        if (_byRef.TryGetValue(node.Ref, out var existing))
        {
            return existing;
        }

        _nodes.Add(node);
        _byRef[node.Ref] = _nodes.Count - 1;
        return _nodes.Count - 1;
    }

    public int? Find(NodeRef node) => _byRef.TryGetValue(node, out var i) ? i : null;

    public GraphNode Node(int index) => _nodes[index];

    public void AddEdge(
        RelType type,
        int from,
        int to,
        Provenance provenance,
        float weight = 1f,
        DateOnly? since = null,
        string qualifier = "",
        IReadOnlyDictionary<string, string>? properties = null)
    {
        if ((uint)from >= (uint)_nodes.Count || (uint)to >= (uint)_nodes.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(from), $"Edge {type} {from}->{to} refers to a node index outside 0..{_nodes.Count - 1}.");
        }

        _type.Add(type);
        _from.Add(from);
        _to.Add(to);
        _weight.Add(weight);
        _since.Add(since?.DayNumber ?? GraphSnapshot.NoDate);
        // Qualifiers repeat (a product, a role): keep one string per distinct value, not one per relationship.
        if (!_qualifiers.TryGetValue(qualifier, out var shared))
        {
            _qualifiers[qualifier] = shared = qualifier;
        }

        _qualifier.Add(shared);
        var (origin, number) = _origins.Add(provenance);
        _origin.Add(origin);
        _originNumber.Add(number);
        _properties.Add(properties is { Count: > 0 } ? properties : null);
    }

    public GraphSnapshot Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already been frozen into a snapshot.");
        }

        _built = true;
        return new GraphSnapshot(
            [.. _nodes], [.. _type], [.. _from], [.. _to], [.. _weight], [.. _since], [.. _qualifier], _origins, [.. _origin], [.. _originNumber], [.. _properties], asOf: null);
    }

    /// <summary>Reads every node and relationship of <paramref name="store"/> into a new snapshot.</summary>
    public static async Task<GraphSnapshot> LoadAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var builder = new GraphSnapshotBuilder();
        var index = new Dictionary<long, int>();
        await foreach (var stored in store.ReadNodesAsync(cancellationToken))
        {
            index[stored.Id] = builder.AddNode(stored.Node);
        }

        await foreach (var edge in store.ReadEdgesAsync(cancellationToken))
        {
            if (index.TryGetValue(edge.From, out var from) && index.TryGetValue(edge.To, out var to))
            {
                builder.AddEdge(edge.Type, from, to, edge.Provenance, (float)(edge.Weight ?? 1.0), edge.Since, edge.Qualifier, edge.Properties);
            }
        }

        return builder.Build();
    }
}

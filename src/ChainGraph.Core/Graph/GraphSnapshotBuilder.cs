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
        ThrowIfBuilt();
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
        ThrowIfBuilt();
        if ((uint)from >= (uint)_nodes.Count || (uint)to >= (uint)_nodes.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(from), $"Edge {type} {from}->{to} refers to a node index outside 0..{_nodes.Count - 1}.");
        }

        _from.Add(from);
        _to.Add(to);
        AddEdgeColumns(type, provenance, weight, since, qualifier, properties);
    }

    // The snapshot shares the builder's key index: nothing may be added once it is built.
    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already been frozen into a snapshot.");
        }
    }

    // Everything of a relationship but its endpoints (LoadAsync reads those as store ids and resolves them at the end).
    private void AddEdgeColumns(RelType type, Provenance provenance, float weight, DateOnly? since, string qualifier, IReadOnlyDictionary<string, string>? properties)
    {
        _type.Add(type);
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

    /// <summary>
    /// Freezes the builder into a snapshot. Each column is copied out and its list released before the next, so the
    /// builder holds nothing afterwards: at a million enterprises its lists are ~0.5 GB, and a caller whose frame
    /// still references the builder (an async load continued inline into training) would otherwise keep them alive.
    /// </summary>
    public GraphSnapshot Build()
    {
        ThrowIfBuilt();
        _built = true;
        return new GraphSnapshot(
            Release(_nodes), Release(_type), Release(_from), Release(_to), Release(_weight), Release(_since), Release(_qualifier), _origins,
            Release(_origin), Release(_originNumber), Release(_properties), asOf: null, refIndex: _byRef);
    }

    // The list's items as an exact-size array; the list is left empty with no buffer.
    private static T[] Release<T>(List<T> list)
    {
        var items = list.ToArray();
        Drop(list);
        return items;
    }

    // Empties the list and gives its buffer back.
    private static void Drop<T>(List<T> list)
    {
        list.Clear();
        list.TrimExcess();
    }

    /// <summary>
    /// Reads every node and relationship of <paramref name="store"/> into a new snapshot. Nodes and relationships
    /// are read at the same time (two scans, two cores): relationships keep their endpoints' store ids until the
    /// nodes are in, then are resolved to node indexes; one whose endpoint was not read is left out.
    /// </summary>
    public static async Task<GraphSnapshot> LoadAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var builder = new GraphSnapshotBuilder();
        var fromIds = new List<long>();
        var toIds = new List<long>();
        var edges = Task.Run(
            async () =>
            {
                // Only the relationship columns: the node fields are the other task's until both are done.
                await foreach (var edge in store.ReadEdgesAsync(cancellationToken))
                {
                    fromIds.Add(edge.From);
                    toIds.Add(edge.To);
                    builder.AddEdgeColumns(edge.Type, edge.Provenance, (float)(edge.Weight ?? 1.0), edge.Since, edge.Qualifier, edge.Properties);
                }
            },
            cancellationToken);
        var nodeIds = new StoreIds();
        try
        {
            await foreach (var stored in store.ReadNodesAsync(cancellationToken))
            {
                nodeIds.Add(stored.Id, builder.AddNode(stored.Node));
            }
        }
        finally
        {
            // Never leave the relationship scan running on its own (an error or cancellation here ends it too).
            await edges.ConfigureAwait(false);
        }

        builder.ResolveEndpoints(fromIds, toIds, nodeIds.Freeze());
        // These locals live in the async state machine as long as it is referenced, which can be the whole run
        // of a command continued inline after the load: drop their buffers now.
        Drop(fromIds);
        Drop(toIds);
        return builder.Build();
    }

    private void ResolveEndpoints(List<long> fromIds, List<long> toIds, Func<long, int> indexOf)
    {
        _from.EnsureCapacity(fromIds.Count);
        _to.EnsureCapacity(toIds.Count);
        var kept = 0;
        for (var e = 0; e < fromIds.Count; e++)
        {
            var from = indexOf(fromIds[e]);
            var to = indexOf(toIds[e]);
            if (from < 0 || to < 0)
            {
                continue;
            }

            if (kept != e)
            {
                _type[kept] = _type[e];
                _weight[kept] = _weight[e];
                _since[kept] = _since[e];
                _qualifier[kept] = _qualifier[e];
                _origin[kept] = _origin[e];
                _originNumber[kept] = _originNumber[e];
                _properties[kept] = _properties[e];
            }

            _from.Add(from);
            _to.Add(to);
            kept++;
        }

        var dropped = fromIds.Count - kept;
        _type.RemoveRange(kept, dropped);
        _weight.RemoveRange(kept, dropped);
        _since.RemoveRange(kept, dropped);
        _qualifier.RemoveRange(kept, dropped);
        _origin.RemoveRange(kept, dropped);
        _originNumber.RemoveRange(kept, dropped);
        _properties.RemoveRange(kept, dropped);
    }

    /// <summary>
    /// Store ids to node indexes. Stores hand out ids densely and read them in order (SQLite rowids): then an
    /// array indexed by id; otherwise a dictionary.
    /// </summary>
    private sealed class StoreIds
    {
        private readonly List<long> _ids = [];
        private readonly List<int> _indexes = [];
        private bool _ascending = true;

        public void Add(long id, int index)
        {
            _ascending &= _ids.Count == 0 || id > _ids[^1];
            _ids.Add(id);
            _indexes.Add(index);
        }

        /// <summary>The look-up from store id to node index; the ids collected so far are released.</summary>
        public Func<long, int> Freeze()
        {
            try
            {
                return Lookup();
            }
            finally
            {
                Drop(_ids);
                Drop(_indexes);
            }
        }

        private Func<long, int> Lookup()
        {
            if (_ascending && (_ids.Count == 0 || (_ids[0] >= 0 && _ids[^1] <= (2L * _ids.Count) + 1024)))
            {
                var byId = new int[_ids.Count == 0 ? 0 : _ids[^1] + 1];
                Array.Fill(byId, -1);
                for (var i = 0; i < _ids.Count; i++)
                {
                    byId[_ids[i]] = _indexes[i];
                }

                return id => (ulong)id < (ulong)byId.Length ? byId[id] : -1;
            }

            var map = new Dictionary<long, int>(_ids.Count);
            for (var i = 0; i < _ids.Count; i++)
            {
                map[_ids[i]] = _indexes[i];
            }

            return id => map.TryGetValue(id, out var index) ? index : -1;
        }
    }
}

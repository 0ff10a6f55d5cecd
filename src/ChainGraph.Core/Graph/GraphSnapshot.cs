using System.Collections.Frozen;
using System.Globalization;
using ChainGraph.Core.Model;
using ChainGraph.Core.Text;

namespace ChainGraph.Core.Graph;

/// <summary>
/// The immutable in-memory graph all analysis runs on. Nodes are dense indices 0..N-1;
/// relationships are columns indexed 0..M-1 with compressed adjacency (CSR) in both directions,
/// so walking a node's edges touches two small arrays. Built by <see cref="GraphSnapshotBuilder"/>.
/// Lean for city scale: relationship provenance is two ints per edge (<see cref="EdgeOrigins"/>),
/// qualifiers are shared strings, the name index is built on first use (or by <see cref="PrepareNameIndex"/>
/// in the background) rather than on the snapshot's critical path, and a snapshot cut from another
/// (<see cref="AsOfDate"/>) shares its parent's nodes and its qualifier, provenance and property columns.
/// </summary>
public sealed partial class GraphSnapshot
{
    private static readonly IReadOnlyDictionary<string, string> s_noProperties = FrozenDictionary<string, string>.Empty;

    private readonly GraphNode[] _nodes;
    private readonly Dictionary<NodeRef, int> _byRef;
    private readonly Lazy<Dictionary<string, int[]>> _byName;
    private readonly Dictionary<NodeKind, int[]> _byKind;
    private readonly Lazy<Dictionary<string, int[]>> _duplicates;

    private readonly RelType[] _edgeType;
    private readonly int[] _edgeFrom;
    private readonly int[] _edgeTo;
    private readonly float[] _edgeWeight;
    private readonly int[] _edgeSince;
    private readonly string[] _edgeQualifier;
    private readonly EdgeOrigins _origins;
    private readonly int[] _edgeOrigin;
    private readonly int[] _edgeOriginNumber;
    private readonly IReadOnlyDictionary<string, string>?[] _edgeProperties;
    // A cut's edge → the edge of the columns above it shares with its parent (null: the columns are this snapshot's own).
    private readonly int[]? _edgeIn;

    private readonly int[] _outOffsets;
    private readonly int[] _outEdges;
    private readonly int[] _inOffsets;
    private readonly int[] _inEdges;

    internal const int NoDate = int.MinValue;

    internal GraphSnapshot(
        GraphNode[] nodes,
        RelType[] edgeType,
        int[] edgeFrom,
        int[] edgeTo,
        float[] edgeWeight,
        int[] edgeSince,
        string[] edgeQualifier,
        EdgeOrigins origins,
        int[] edgeOrigin,
        int[] edgeOriginNumber,
        IReadOnlyDictionary<string, string>?[] edgeProperties,
        DateOnly? asOf,
        GraphSnapshot? sameNodes = null,
        Dictionary<NodeRef, int>? refIndex = null,
        int[]? edgeIn = null)
    {
        _nodes = nodes;
        _edgeType = edgeType;
        _edgeFrom = edgeFrom;
        _edgeTo = edgeTo;
        _edgeWeight = edgeWeight;
        _edgeSince = edgeSince;
        _edgeQualifier = edgeQualifier;
        _origins = origins;
        _edgeOrigin = edgeOrigin;
        _edgeOriginNumber = edgeOriginNumber;
        _edgeProperties = edgeProperties;
        _edgeIn = edgeIn;
        AsOf = asOf;

        // A snapshot cut from another one (AsOfDate) has the same nodes: it shares their indexes. A builder hands over the key index it kept.
        _byRef = sameNodes?._byRef ?? refIndex ?? BuildRefIndex(nodes);
        _byName = sameNodes?._byName ?? new Lazy<Dictionary<string, int[]>>(() => BuildNameIndex(nodes), LazyThreadSafetyMode.ExecutionAndPublication);
        _byKind = sameNodes?._byKind ?? BuildKindIndex(nodes);
        _duplicates = sameNodes?._duplicates ?? new Lazy<Dictionary<string, int[]>>(BuildDuplicateIndex, LazyThreadSafetyMode.ExecutionAndPublication);
        (_outOffsets, _outEdges) = BuildAdjacency(nodes.Length, edgeFrom);
        (_inOffsets, _inEdges) = BuildAdjacency(nodes.Length, edgeTo);
    }

    /// <summary>The date this snapshot was cut at (no relationship observed after it), or null for "everything".</summary>
    public DateOnly? AsOf { get; }

    public int NodeCount => _nodes.Length;

    public int EdgeCount => _edgeType.Length;

    public GraphNode Node(int node) => _nodes[node];

    public NodeKind Kind(int node) => _nodes[node].Kind;

    public string Name(int node) => _nodes[node].Name;

    public IReadOnlyList<int> NodesOf(NodeKind kind) => _byKind.TryGetValue(kind, out var nodes) ? nodes : [];

    public bool TryFind(NodeRef node, out int index) => _byRef.TryGetValue(node, out index);

    public int? Find(NodeRef node) => _byRef.TryGetValue(node, out var index) ? index : null;

    /// <summary>The node a person means by <paramref name="node"/>: the enterprise its <see cref="EnterpriseProps.SameAs"/> names when that is in the snapshot, else itself.</summary>
    public int Canonical(int node) =>
        _nodes[node].Property(EnterpriseProps.SameAs) is { } key && Find(new NodeRef(NodeKind.Enterprise, key)) is { } canonical ? canonical : node;

    /// <summary>
    /// The other enterprises whose <see cref="EnterpriseProps.SameAs"/> names <paramref name="node"/> (the duplicates a person
    /// means when they name it), from an index built on first use: a scan of every enterprise per question cost a
    /// tenth of a second at a million enterprises.
    /// </summary>
    public IReadOnlyList<int> DuplicatesOf(int node) => _duplicates.Value.TryGetValue(_nodes[node].Key, out var duplicates) ? duplicates : [];

    /// <summary>Nodes whose name, full name or alias normalizes to the same form as <paramref name="name"/>.</summary>
    public IReadOnlyList<int> FindByName(string name, NodeKind? kind = null)
    {
        var key = NameNormalizer.Normalize(name);
        if (!_byName.Value.TryGetValue(key, out var nodes))
        {
            return [];
        }

        return kind is null ? nodes : nodes.Where(n => _nodes[n].Kind == kind).ToArray();
    }

    /// <summary>Builds the name index now (it is otherwise built by the first <see cref="FindByName"/>): call it from a background warm-up.</summary>
    public void PrepareNameIndex() => _ = _byName.Value;

    /// <summary>Builds the index behind <see cref="DuplicatesOf"/> now (else the first call does): for a background warm-up.</summary>
    public void PrepareDuplicateIndex() => _ = _duplicates.Value;

    public ReadOnlySpan<int> OutEdges(int node) => _outEdges.AsSpan(_outOffsets[node], _outOffsets[node + 1] - _outOffsets[node]);

    public ReadOnlySpan<int> InEdges(int node) => _inEdges.AsSpan(_inOffsets[node], _inOffsets[node + 1] - _inOffsets[node]);

    public int OutDegree(int node) => _outOffsets[node + 1] - _outOffsets[node];

    public int InDegree(int node) => _inOffsets[node + 1] - _inOffsets[node];

    public EdgeView Edge(int edge) => new(this, edge);

    public RelType EdgeType(int edge) => _edgeType[edge];

    public int EdgeFrom(int edge) => _edgeFrom[edge];

    public int EdgeTo(int edge) => _edgeTo[edge];

    public float EdgeWeight(int edge) => _edgeWeight[edge];

    public DateOnly? EdgeSince(int edge) => _edgeSince[edge] == NoDate ? null : DateOnly.FromDayNumber(_edgeSince[edge]);

    /// <summary>
    /// The date a relationship stopped holding (its <see cref="GraphEdge.UntilProperty"/>, the first day it no
    /// longer holds), or null while it holds or when the source records no end.
    /// </summary>
    public DateOnly? EdgeUntil(int edge) =>
        _edgeProperties[Shared(edge)] is { } props && props.TryGetValue(GraphEdge.UntilProperty, out var until)
            && DateOnly.TryParseExact(until, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public string EdgeQualifier(int edge) => _edgeQualifier[Shared(edge)];

    public Provenance EdgeProvenance(int edge)
    {
        var shared = Shared(edge);
        return _origins.Get(_edgeOrigin[shared], _edgeOriginNumber[shared]);
    }

    public IReadOnlyDictionary<string, string> EdgeProperties(int edge) => _edgeProperties[Shared(edge)] ?? s_noProperties;

    // Where an edge's qualifier, provenance and properties are in the (possibly shared) columns.
    private int Shared(int edge) => _edgeIn is null ? edge : _edgeIn[edge];

    /// <summary>Edges of <paramref name="node"/> of one type in one direction.</summary>
    public IEnumerable<EdgeView> Edges(int node, RelType type, Direction direction)
    {
        if (direction is Direction.Out or Direction.Both)
        {
            for (var i = _outOffsets[node]; i < _outOffsets[node + 1]; i++)
            {
                var e = _outEdges[i];
                if (_edgeType[e] == type)
                {
                    yield return new EdgeView(this, e);
                }
            }
        }

        if (direction is Direction.In or Direction.Both)
        {
            for (var i = _inOffsets[node]; i < _inOffsets[node + 1]; i++)
            {
                var e = _inEdges[i];
                if (_edgeType[e] == type)
                {
                    yield return new EdgeView(this, e);
                }
            }
        }
    }

    /// <summary>
    /// The graph as it was known on <paramref name="date"/>: relationships first observed after it are
    /// left out (undated ones stay), and so are those that had ended by then (<see cref="EdgeUntil"/> on or
    /// before it). Features computed on the result cannot see the future.
    /// </summary>
    public GraphSnapshot AsOfDate(DateOnly date)
    {
        var day = date.DayNumber;
        var keep = 0;
        for (var e = 0; e < _edgeSince.Length; e++)
        {
            if (HoldsOn(e, day))
            {
                keep++;
            }
        }

        var type = new RelType[keep];
        var from = new int[keep];
        var to = new int[keep];
        var weight = new float[keep];
        var since = new int[keep];
        // Qualifier, provenance and properties stay where they are: the cut keeps one index per edge into them
        // (4 bytes instead of 24; a training window at a million enterprises is 7.8 M edges).
        var shared = new int[keep];
        var k = 0;
        for (var e = 0; e < _edgeSince.Length; e++)
        {
            if (!HoldsOn(e, day))
            {
                continue;
            }

            type[k] = _edgeType[e];
            from[k] = _edgeFrom[e];
            to[k] = _edgeTo[e];
            weight[k] = _edgeWeight[e];
            since[k] = _edgeSince[e];
            shared[k] = Shared(e);
            k++;
        }

        return new GraphSnapshot(
            _nodes, type, from, to, weight, since, _edgeQualifier, _origins, _edgeOrigin, _edgeOriginNumber, _edgeProperties,
            AsOf is { } previous && previous < date ? previous : date,
            sameNodes: this,
            edgeIn: shared);
    }

    // A relationship holds on a day when it had begun (or is undated) and had not yet ended (GraphEdge.UntilProperty).
    private bool HoldsOn(int edge, int day) =>
        (_edgeSince[edge] == NoDate || _edgeSince[edge] <= day) && !(EdgeUntil(edge) is { } until && until.DayNumber <= day);

    // Plain dictionaries: a frozen one over millions of keys costs seconds to build for a few percent on look-ups.
    private static Dictionary<NodeRef, int> BuildRefIndex(GraphNode[] nodes)
    {
        var map = new Dictionary<NodeRef, int>(nodes.Length);
        for (var i = 0; i < nodes.Length; i++)
        {
            map[nodes[i].Ref] = i;
        }

        return map;
    }

    private static Dictionary<NodeKind, int[]> BuildKindIndex(GraphNode[] nodes)
    {
        var lists = new Dictionary<NodeKind, List<int>>();
        for (var i = 0; i < nodes.Length; i++)
        {
            if (!lists.TryGetValue(nodes[i].Kind, out var list))
            {
                lists[nodes[i].Kind] = list = [];
            }

            list.Add(i);
        }

        return lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    // Canonical key → the enterprises that say they are the same as it, in node order.
    private Dictionary<string, int[]> BuildDuplicateIndex()
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var n in NodesOf(NodeKind.Enterprise))
        {
            if (_nodes[n].Property(EnterpriseProps.SameAs) is { } key)
            {
                if (!lists.TryGetValue(key, out var list))
                {
                    lists[key] = list = [];
                }

                list.Add(n);
            }
        }

        return lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    private static Dictionary<string, int[]> BuildNameIndex(GraphNode[] nodes)
    {
        var map = new Dictionary<string, List<int>>(nodes.Length, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            foreach (var name in NamesOf(nodes[i]))
            {
                var key = NameNormalizer.Normalize(name);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!map.TryGetValue(key, out var list))
                {
                    map[key] = list = new List<int>(1);
                }

                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }

        var index = new Dictionary<string, int[]>(map.Count, StringComparer.Ordinal);
        foreach (var (key, list) in map)
        {
            index[key] = [.. list];
        }

        return index;
    }

    private static IEnumerable<string> NamesOf(GraphNode node)
    {
        yield return node.Name;
        if (node.Property(EnterpriseProps.FullName) is { } fullName)
        {
            yield return fullName;
        }

        foreach (var alias in node.Aliases)
        {
            yield return alias;
        }
    }

    private static (int[] Offsets, int[] Edges) BuildAdjacency(int nodeCount, int[] endpoint)
    {
        var offsets = new int[nodeCount + 1];
        foreach (var node in endpoint)
        {
            offsets[node + 1]++;
        }

        for (var i = 0; i < nodeCount; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var cursor = offsets[..^1].ToArray();
        var edges = new int[endpoint.Length];
        for (var e = 0; e < endpoint.Length; e++)
        {
            edges[cursor[endpoint[e]]++] = e;
        }

        return (offsets, edges);
    }
}

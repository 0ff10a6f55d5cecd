using ChainGraph.Core.Model;

namespace ChainGraph.Core.Graph;

/// <summary>A read-only view of one relationship of a <see cref="GraphSnapshot"/>, by edge index.</summary>
public readonly struct EdgeView
{
    private readonly GraphSnapshot _graph;

    internal EdgeView(GraphSnapshot graph, int index)
    {
        _graph = graph;
        Index = index;
    }

    public int Index { get; }

    public RelType Type => _graph.EdgeType(Index);

    public int From => _graph.EdgeFrom(Index);

    public int To => _graph.EdgeTo(Index);

    public float Weight => _graph.EdgeWeight(Index);

    public DateOnly? Since => _graph.EdgeSince(Index);

    public string Qualifier => _graph.EdgeQualifier(Index);

    public Provenance Provenance => _graph.EdgeProvenance(Index);

    public IReadOnlyDictionary<string, string> Properties => _graph.EdgeProperties(Index);

    /// <summary>The endpoint that is not <paramref name="node"/>.</summary>
    public int Other(int node) => From == node ? To : From;
}

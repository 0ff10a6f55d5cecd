using ChainGraph.Core.Model;
using ChainGraph.Core.Store;

namespace ChainGraph.Ingest.Loading;

/// <summary>
/// The ingest boundary: every loader writes through it. Text that XML cannot carry is removed here
/// (<see cref="GraphText"/>), so nothing stored breaks an XLSX export.
/// Collects nodes and edges and writes them in batches of <see cref="IngestOptions.BatchSize"/> rows,
/// one transaction each; <c>progress</c> receives the row count of each written batch. If the producer fails, the pending rows are dropped, never half-written:
/// call <see cref="FlushAsync"/> only after the rows of a batch have all been read successfully.
/// </summary>
public sealed class BatchWriter(IGraphStore store, int batchSize, string label, IProgress<long>? progress = null)
{
    private readonly List<GraphNode> _nodes = [];
    private readonly List<GraphEdge> _edges = [];
    private long _firstLine = 1;
    private long _lastLine;

    public UpsertResult Total { get; private set; } = UpsertResult.Empty;

    public long RowsWritten { get; private set; }

    public int Batches { get; private set; }

    /// <summary>Adds a node; returns true when the batch is full and should be flushed.</summary>
    public bool Add(GraphNode node, long line = 0)
    {
        _nodes.Add(GraphText.Clean(node));
        Track(line);
        return IsFull;
    }

    public bool Add(GraphEdge edge, long line = 0)
    {
        _edges.Add(GraphText.Clean(edge));
        Track(line);
        return IsFull;
    }

    public bool IsFull => _nodes.Count + _edges.Count >= batchSize;

    public async Task AddAsync(GraphNode node, long line, CancellationToken cancellationToken)
    {
        if (Add(node, line))
        {
            await FlushAsync(cancellationToken);
        }
    }

    public async Task AddAsync(GraphEdge edge, long line, CancellationToken cancellationToken)
    {
        if (Add(edge, line))
        {
            await FlushAsync(cancellationToken);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_nodes.Count + _edges.Count == 0)
        {
            return;
        }

        var batchLabel = _lastLine > 0 ? $"{label} lines {_firstLine}-{_lastLine}" : label;
        var result = await store.UpsertAsync(new GraphBatch(batchLabel, [.. _nodes], [.. _edges]), cancellationToken);
        Total = Total.Plus(result);
        RowsWritten += _nodes.Count + _edges.Count;
        Batches++;
        progress?.Report(_nodes.Count + _edges.Count);
        _nodes.Clear();
        _edges.Clear();
        _firstLine = _lastLine + 1;
    }

    private void Track(long line)
    {
        if (line > 0)
        {
            _lastLine = Math.Max(_lastLine, line);
        }
    }
}

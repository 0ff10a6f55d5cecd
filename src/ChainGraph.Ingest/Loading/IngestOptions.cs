namespace ChainGraph.Ingest.Loading;

/// <summary>Options of ingestion (section <c>ChainGraph:Ingest</c>).</summary>
public sealed class IngestOptions
{
    /// <summary>Rows (nodes + relationships) written per transaction. A bad row fails only its own batch.</summary>
    public int BatchSize { get; set; } = 5_000;

    public const int MinBatchSize = 1;
    public const int MaxBatchSize = 1_000_000;

    public void Validate()
    {
        if (BatchSize is < MinBatchSize or > MaxBatchSize)
        {
            throw new InvalidOperationException($"ChainGraph:Ingest:BatchSize is {BatchSize}; it must be between {MinBatchSize} and {MaxBatchSize:N0}.");
        }
    }
}

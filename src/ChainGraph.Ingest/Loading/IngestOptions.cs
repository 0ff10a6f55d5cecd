namespace ChainGraph.Ingest.Loading;

/// <summary>Options of ingestion (section <c>ChainGraph:Ingest</c>).</summary>
public sealed class IngestOptions
{
    /// <summary>
    /// Rows (nodes + relationships) written per transaction. A bad row fails only its own batch. 50,000
    /// because every commit rewrites the index pages its batch touched: at 20k synthetic enterprises
    /// batches of 50,000 wrote 0.20 GB instead of 0.32 GB for 5,000, and took 15% less time
    /// (<c>chaingraph bench scale --enterprises 20000 --skip-raw</c> with <c>ChainGraph__Ingest__BatchSize</c>).
    /// </summary>
    public int BatchSize { get; set; } = 50_000;

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

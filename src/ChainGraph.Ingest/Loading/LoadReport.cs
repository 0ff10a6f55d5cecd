using ChainGraph.Core.Store;

namespace ChainGraph.Ingest.Loading;

/// <summary>What one loader did: rows read and written, rows skipped (with reasons, counted by reason), and notes such as entity-resolution counts.</summary>
public sealed record LoadReport(string Source, long RowsRead, UpsertResult Result, IReadOnlyDictionary<string, long> Skipped, IReadOnlyDictionary<string, long> Counts)
{
    public long SkippedTotal => Skipped.Values.Sum() + Result.Rejected.Count;
}

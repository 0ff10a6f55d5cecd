using ChainGraph.Ingest.Jobs;

namespace ChainGraph.Ingest.Sources;

/// <summary>What loading a source did: counts, the first rejections (reference and reason), and a one-line summary.</summary>
public sealed record SourceLoadResult(string Source, long RowsRead, JobCounts Counts, IReadOnlyList<string> Rejections, string Summary)
{
    /// <summary>Rejections kept in full; the count stays exact beyond it.</summary>
    public const int MaxRejectionsListed = 50;
}

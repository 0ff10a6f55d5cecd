namespace ChainGraph.Ingest.Jobs;

/// <summary>Rows a job added, updated, rejected and held for review (nodes and relationships together).</summary>
public readonly record struct JobCounts(long Added, long Updated, long Rejected, long Held)
{
    public JobCounts Plus(JobCounts other) => new(Added + other.Added, Updated + other.Updated, Rejected + other.Rejected, Held + other.Held);
}

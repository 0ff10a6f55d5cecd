namespace ChainGraph.Ingest.Jobs;

/// <summary>One row of the run history: what a job did and how it ended.</summary>
public sealed record JobRun(
    long Id,
    string Job,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    JobStatus Status,
    long Added,
    long Updated,
    long Rejected,
    long Held,
    string Message);

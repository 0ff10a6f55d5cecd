namespace ChainGraph.Ingest.Jobs;

/// <summary>How one run ended, as the CLI and the web app show it.</summary>
public sealed record JobOutcome(long RunId, string Job, JobStatus Status, JobCounts Counts, string Message, IReadOnlyList<string> Rejections);

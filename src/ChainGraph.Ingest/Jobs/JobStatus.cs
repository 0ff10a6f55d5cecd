namespace ChainGraph.Ingest.Jobs;

/// <summary>The state of one job run as stored in <c>job_runs.status</c>.</summary>
public enum JobStatus
{
    /// <summary>Started and not finished: still running, or the process died (a re-run completes it).</summary>
    Running,
    Succeeded,
    /// <summary>Finished, but some rows were rejected (see the message).</summary>
    Partial,
    Failed,
}

namespace ChainGraph.Ingest.Sources;

/// <summary>
/// One row read from a source: its fields, or why it was refused. <see cref="Reference"/> says
/// where it is (file:line, or URL and selector) so a rejection can be found and fixed.
/// </summary>
public sealed record RowRead(string Reference, IReadOnlyDictionary<string, string>? Fields, string? RejectReason)
{
    /// <summary>
    /// Set on a checkpoint: the loader first commits every row read so far, then calls this (e.g. to
    /// remember a page's ETag only once its rows are safely stored, so a crash never makes a page look unchanged).
    /// </summary>
    public Func<CancellationToken, Task>? AfterCommit { get; init; }

    public static RowRead Checkpoint(string reference, Func<CancellationToken, Task> afterCommit) => new(reference, null, null) { AfterCommit = afterCommit };

    public static RowRead Ok(string reference, IReadOnlyDictionary<string, string> fields) => new(reference, fields, null);

    public static RowRead Reject(string reference, string reason) => new(reference, null, reason);

    public bool IsRejected => RejectReason is not null;
}

namespace ChainGraph.Ingest.Sources;

/// <summary>
/// One row read from a source: its fields, or why it was refused. <see cref="Reference"/> says
/// where it is (file:line, or URL and selector) so a rejection can be found and fixed.
/// </summary>
public sealed record RowRead(string Reference, IReadOnlyDictionary<string, string>? Fields, string? RejectReason)
{
    public static RowRead Ok(string reference, IReadOnlyDictionary<string, string> fields) => new(reference, fields, null);

    public static RowRead Reject(string reference, string reason) => new(reference, null, reason);

    public bool IsRejected => RejectReason is not null;
}

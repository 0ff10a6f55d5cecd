namespace ChainGraph.Ingest.Sources;

/// <summary>
/// Reads the rows of one kind of source (a file format or a kind of web page). Readers only parse;
/// resolution and writing are shared by <see cref="RowSourceLoader"/>, so adding a format is adding a reader.
/// </summary>
public interface IRowReader
{
    SourceKind Kind { get; }

    /// <summary>Rows in source order; a bad row comes back as a rejection and reading goes on.</summary>
    IAsyncEnumerable<RowRead> ReadAsync(SourceDefinition source, CancellationToken cancellationToken);
}

namespace ChainGraph.Ingest.Spreadsheets;

/// <summary>
/// A workbook went past one of the <see cref="XlsxLimits"/>: <see cref="Limit"/> is the limit's name, the
/// message says in Chinese which limit, the value allowed, and what to do. Reading stopped at once. Callers show it
/// like an <see cref="InvalidDataException"/> (a broken file): both are the file's fault, not the program's.
/// </summary>
public sealed class XlsxLimitException(string limit, string message) : Exception(message)
{
    public string Limit { get; } = limit;
}

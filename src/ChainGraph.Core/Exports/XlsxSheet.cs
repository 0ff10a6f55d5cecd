namespace ChainGraph.Core.Exports;

/// <summary>One sheet of a workbook written by <see cref="XlsxExport"/>: name (at most 31 characters are kept), header row, column widths in characters, rows of cells (int, double and decimal are written as numbers, anything else as text).</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Headers, IReadOnlyList<double> Widths, IEnumerable<IReadOnlyList<object>> Rows);

namespace ChainGraph.Ingest.Spreadsheets;

/// <summary>One row of a worksheet: its row number (1-based, as Excel shows it) and its cells by column (A = 0), gaps as "".</summary>
public sealed record XlsxRow(int Number, IReadOnlyList<string> Cells);

namespace ChainGraph.Ingest.Spreadsheets;

/// <summary>
/// Named limits on what one XLSX workbook may make the reader do. An XLSX file is a zip of XML parts: a
/// 2 MB upload can inflate to gigabytes (a zip bomb) or hold a million shared strings, so every quantity
/// the reader spends memory or time on has a cap, checked while reading, never after.
/// </summary>
public sealed record XlsxLimits
{
    /// <summary>Limits for a file a user uploads in the web app (an attendee list of a few hundred rows).</summary>
    public static XlsxLimits Upload { get; } = new();

    /// <summary>Limits for a source file an operator put in the ingest folder (enterprise lists of many rows).</summary>
    public static XlsxLimits Source { get; } = new()
    {
        MaxUncompressedBytes = 512L * 1024 * 1024,
        MaxRows = 2_000_000,
        MaxCells = 40_000_000,
        MaxSharedStrings = 4_000_000,
        MaxSharedStringChars = 200_000_000,
    };

    /// <summary>Bytes all the parts read may inflate to together (the sheet, shared strings, workbook, relationships).</summary>
    public long MaxUncompressedBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Largest inflated/compressed size ratio of a part above <see cref="RatioCheckFromBytes"/>; ordinary sheets stay under 30.</summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Parts smaller than this are not ratio-checked (a few kilobytes of repeated markup is no bomb).</summary>
    public long RatioCheckFromBytes { get; init; } = 1024 * 1024;

    /// <summary>Rows (<c>row</c> elements, empty ones included) the reader walks through in one sheet.</summary>
    public int MaxRows { get; init; } = 100_000;

    /// <summary>Cells (<c>c</c> elements) the reader walks through in one sheet.</summary>
    public int MaxCells { get; init; } = 500_000;

    /// <summary>Highest column (XFD, Excel's last, is 16,384).</summary>
    public int MaxColumns { get; init; } = 16_384;

    /// <summary>Entries of the shared-string table.</summary>
    public int MaxSharedStrings { get; init; } = 200_000;

    /// <summary>Characters of all shared strings together (what the table costs in memory).</summary>
    public long MaxSharedStringChars { get; init; } = 4_000_000;

    /// <summary>Characters in one cell; Excel's own limit is 32,767.</summary>
    public int MaxCellChars { get; init; } = 32_767;

    /// <summary>Parts (files) in the zip container; a workbook has a dozen or so.</summary>
    public int MaxEntries { get; init; } = 1_000;

    /// <summary>Throws when a limit is outside what the reader can honour.</summary>
    public XlsxLimits Validated()
    {
        Check(MaxUncompressedBytes is >= 64 * 1024 and <= 8L * 1024 * 1024 * 1024, nameof(MaxUncompressedBytes), "64 KiB..8 GiB");
        Check(MaxCompressionRatio is >= 2 and <= 100_000, nameof(MaxCompressionRatio), "2..100000");
        Check(MaxRows >= 1 && MaxCells >= 1 && MaxSharedStrings >= 0 && MaxSharedStringChars >= 0 && MaxEntries >= 3, "MaxRows/MaxCells/MaxSharedStrings/MaxEntries", "positive");
        Check(MaxColumns is >= 1 and <= 16_384, nameof(MaxColumns), "1..16384");
        Check(MaxCellChars is >= 1 and <= 1_000_000, nameof(MaxCellChars), "1..1000000");
        return this;
    }

    private static void Check(bool condition, string name, string range)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"XLSX limit {name} must be in {range}.");
        }
    }
}

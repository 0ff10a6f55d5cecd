using ChainGraph.Ingest.Spreadsheets;

namespace ChainGraph.Web.Exports;

/// <summary>Reads the first worksheet of an uploaded XLSX file as rows of text, within <see cref="XlsxLimits.Upload"/>.</summary>
public static class SpreadsheetReader
{
    /// <summary>A header row and at most <paramref name="maxRows"/> more; reading stops there (nothing after them is inflated).</summary>
    /// <exception cref="InvalidDataException">Not an XLSX workbook, a broken or hostile one, or a limit reached (<see cref="XlsxLimitException"/>).</exception>
    public static IReadOnlyList<IReadOnlyList<string>> ReadFirstSheet(Stream stream, int maxRows, XlsxLimits? limits = null)
    {
        using var workbook = XlsxWorkbook.Open(stream, limits ?? XlsxLimits.Upload);
        return workbook.ReadRows().Take(maxRows + 1).Select(r => r.Cells).ToArray();
    }
}

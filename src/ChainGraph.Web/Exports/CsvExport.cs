using System.Text;

namespace ChainGraph.Web.Exports;

/// <summary>
/// CSV for Excel and WPS: UTF-8 with a byte-order mark (without it Excel on Chinese Windows reads GBK),
/// RFC 4180 quoting, CRLF lines. Cells that a spreadsheet would run as a formula (=, +, -, @) get a leading
/// apostrophe (OWASP "CSV injection"): enterprise names are scraped data.
/// </summary>
public static class CsvExport
{
    public static byte[] Write(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object>> rows)
    {
        var text = new StringBuilder();
        AppendLine(text, headers);
        foreach (var row in rows)
        {
            AppendLine(text, row.Select(TargetTable.Format).ToArray());
        }

        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(text.ToString());
        return [.. preamble, .. body];
    }

    private static void AppendLine(StringBuilder text, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(Escape(cells[i]));
        }

        text.Append("\r\n");
    }

    private static string Escape(string cell)
    {
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !double.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}

using System.Text;
using ChainGraph.Core.Io;
using ChainGraph.Web.Exports;

namespace ChainGraph.Web.Events;

/// <summary>
/// Reads attendee lists: pasted lines (one enterprise per line, optionally "name,code"), CSV (UTF-8, or
/// GB18030 as Excel on Chinese Windows saves it) and XLSX. A header row is recognised by a column called
/// 企业名称/名称/公司名称/企业/name; a code column by 代码/股票代码/统一社会信用代码/code.
/// </summary>
public static class AttendeeParser
{
    private static readonly string[] s_nameHeaders = ["企业名称", "名称", "公司名称", "企业", "单位名称", "参会企业", "name", "company"];
    private static readonly string[] s_codeHeaders = ["代码", "股票代码", "统一社会信用代码", "信用代码", "code"];

    static AttendeeParser() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IReadOnlyList<AttendeeInput> FromText(string text, int maxRows) =>
        FromRows(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => (IReadOnlyList<string>)SplitCsvLine(line)).ToArray(), maxRows);

    /// <exception cref="InvalidDataException">The file is neither a CSV text file nor an XLSX workbook, or a broken one.</exception>
    /// <exception cref="Ingest.Spreadsheets.XlsxLimitException">An XLSX file went past a limit (a zip bomb, too many rows or strings).</exception>
    public static IReadOnlyList<AttendeeInput> FromFile(string fileName, byte[] content, int maxRows)
    {
        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = new MemoryStream(content);
            return FromRows(SpreadsheetReader.ReadFirstSheet(stream, maxRows), maxRows);
        }

        if (fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return FromText(Decode(content), maxRows);
        }

        throw new InvalidDataException($"「{fileName}」不是 CSV、TXT 或 Excel（.xlsx）文件。请把参会名单另存为其中一种格式后再上传。");
    }

    /// <summary>
    /// UTF-16 when the bytes show it (a BOM, or NULs beside ASCII: Excel's "Unicode text"), else UTF-8 when they are
    /// valid UTF-8 (BOM or not), else GB18030 (a superset of GBK, as Excel on Chinese Windows saves CSV).
    /// </summary>
    public static string Decode(byte[] content)
    {
        if (TextEncodings.Utf16(content) is { } utf16)
        {
            return utf16.GetString(content).TrimStart('\uFEFF');
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(content);
        }
    }

    private static IReadOnlyList<AttendeeInput> FromRows(IReadOnlyList<IReadOnlyList<string>> rows, int maxRows)
    {
        var nameColumn = 0;
        int? codeColumn = null;
        var start = 0;
        if (rows.Count > 0 && FindColumn(rows[0], s_nameHeaders) is { } header)
        {
            nameColumn = header;
            codeColumn = FindColumn(rows[0], s_codeHeaders);
            start = 1;
        }
        else if (rows.Any(r => r.Count > 1))
        {
            codeColumn = 1;
        }

        var result = new List<AttendeeInput>();
        for (var i = start; i < rows.Count && result.Count < maxRows; i++)
        {
            var name = rows[i].Count > nameColumn ? rows[i][nameColumn].Trim() : "";
            if (name.Length == 0)
            {
                continue;
            }

            var code = codeColumn is { } c && rows[i].Count > c && rows[i][c].Trim() is { Length: > 0 } text ? text : null;
            result.Add(new AttendeeInput(name, code, i + 1));
        }

        return result;
    }

    private static int? FindColumn(IReadOnlyList<string> header, string[] names)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (names.Contains(header[i].Trim(), StringComparer.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>One CSV line (RFC 4180 quotes; also splits on tabs pasted from a spreadsheet and on full-width commas).</summary>
    public static List<string> SplitCsvLine(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c is ',' or '\t' or '，')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}

using System.Globalization;
using System.Text;
using System.Xml;

namespace ChainGraph.Ingest.Spreadsheets;

/// <summary>
/// Streams the rows of one worksheet part and reads the shared-string table (ECMA-376 Part 1, §18.3 sheet
/// data, §18.4 shared strings), counting rows, cells, columns and characters against <see cref="XlsxLimits"/>.
/// </summary>
internal sealed class XlsxSheetReader(XlsxPackage package, XlsxLimits limits, string[] sharedStrings)
{
    private int _rows;
    private int _cells;

    public IEnumerable<XlsxRow> Read(string part, string description)
    {
        using var reader = package.OpenXml(part, description);
        while (Next(reader, part, description) is { } row)
        {
            yield return row;
        }
    }

    public static string[] ReadSharedStrings(XmlReader reader, XlsxLimits limits)
    {
        var strings = new List<string>();
        long characters = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "si")
            {
                continue;
            }

            if (strings.Count >= limits.MaxSharedStrings)
            {
                throw new XlsxLimitException(nameof(XlsxLimits.MaxSharedStrings), $"共享字符串超过上限 {limits.MaxSharedStrings:N0} 条（共享字符串数），读取已停止：名单表格用不到这么多不同的文字。请只保留名单所在的工作表后再上传。");
            }

            var text = ReadText(reader, limits, "共享字符串");
            characters += text.Length;
            if (characters > limits.MaxSharedStringChars)
            {
                throw new XlsxLimitException(nameof(XlsxLimits.MaxSharedStringChars), $"共享字符串的总长度超过上限 {limits.MaxSharedStringChars:N0} 个字符（共享字符串总长度），读取已停止。请只保留名单所在的工作表后再上传。");
            }

            strings.Add(text);
        }

        return [.. strings];
    }

    // One row, or null at the end of the sheet; XML errors become messages naming the sheet and line.
    private XlsxRow? Next(XmlReader reader, string part, string description)
    {
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "row")
                {
                    return ReadRow(reader, description);
                }
            }

            return null;
        }
        catch (XmlException ex)
        {
            throw package.Broken(ex, part, description);
        }
    }

    private XlsxRow ReadRow(XmlReader reader, string description)
    {
        if (++_rows > limits.MaxRows)
        {
            throw new XlsxLimitException(nameof(XlsxLimits.MaxRows), $"{description}的行数超过上限 {limits.MaxRows:N0} 行（行数），读取已停止。请删除多余的行后再上传。");
        }

        var number = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : _rows;
        var cells = new List<string>();
        if (reader.IsEmptyElement)
        {
            return new XlsxRow(number, cells);
        }

        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c")
            {
                ReadCell(reader, number, cells, description);
            }
        }

        return new XlsxRow(number, cells);
    }

    private void ReadCell(XmlReader reader, int row, List<string> cells, string description)
    {
        if (++_cells > limits.MaxCells)
        {
            throw new XlsxLimitException(nameof(XlsxLimits.MaxCells), $"{description}的单元格超过上限 {limits.MaxCells:N0} 个（单元格数），读取已停止。请删除多余的行和列后再上传。");
        }

        var reference = reader.GetAttribute("r");
        var column = ColumnIndex(reference) ?? cells.Count;
        if (column >= limits.MaxColumns)
        {
            throw new XlsxLimitException(nameof(XlsxLimits.MaxColumns), $"{description}第 {row} 行用到了第 {column + 1:N0} 列，超过上限 {limits.MaxColumns:N0} 列（列数）。");
        }

        var type = reader.GetAttribute("t");
        var value = "";
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "v" or "is")
                {
                    value = ReadText(reader, limits, $"单元格 {reference ?? row.ToString(CultureInfo.InvariantCulture)}");
                }
            }
        }

        if (type == "s")
        {
            value = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Length
                ? sharedStrings[index]
                : throw new InvalidDataException($"文件已损坏：{description}的单元格 {reference} 引用了不存在的第 {value} 条共享字符串（共 {sharedStrings.Length:N0} 条）。请在 Excel/WPS 中打开并另存为 .xlsx 后再上传。");
        }

        while (cells.Count < column)
        {
            cells.Add("");
        }

        if (column < cells.Count)
        {
            cells[column] = value; // a cell named twice: the last one wins, as in Excel
        }
        else
        {
            cells.Add(value);
        }
    }

    /// <summary>
    /// The text of the current element (<c>v</c>, <c>is</c> or <c>si</c>): every <c>t</c> inside it joined, phonetic
    /// runs (<c>rPh</c>) left out, at most <see cref="XlsxLimits.MaxCellChars"/> characters.
    /// </summary>
    private static string ReadText(XmlReader reader, XlsxLimits limits, string what)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }

        var text = new StringBuilder();
        var depth = reader.Depth;
        var direct = reader.LocalName == "v";
        var inText = direct;
        var phonetic = 0;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "rPh" && !reader.IsEmptyElement:
                    phonetic++;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "rPh":
                    phonetic--;
                    break;
                case XmlNodeType.Element when reader.LocalName == "t":
                    inText = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "t":
                    inText = direct;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inText && phonetic == 0:
                    AppendValue(reader, text, limits.MaxCellChars, what);
                    break;
            }
        }

        return text.ToString();
    }

    // In chunks, so one enormous text node is refused before it is held in memory whole.
    private static void AppendValue(XmlReader reader, StringBuilder text, int maxChars, string what)
    {
        if (!reader.CanReadValueChunk)
        {
            text.Append(reader.Value);
        }
        else
        {
            var buffer = new char[4096];
            int read;
            while ((read = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0 && text.Length <= maxChars)
            {
                text.Append(buffer, 0, read);
            }
        }

        if (text.Length > maxChars)
        {
            throw new XlsxLimitException(nameof(XlsxLimits.MaxCellChars), $"{what}超过 {maxChars:N0} 个字符的上限（单元格长度），读取已停止。");
        }
    }

    /// <summary>A1 references: the letters are the column (A = 0, Z = 25, AA = 26); null when there are none.</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference) || !char.IsAsciiLetterUpper(reference[0]))
        {
            return null;
        }

        var index = 0;
        for (var i = 0; i < reference.Length && char.IsAsciiLetterUpper(reference[i]); i++)
        {
            index = index * 26 + (reference[i] - 'A' + 1);
            if (index > 1_000_000)
            {
                break; // absurd; the column limit refuses it
            }
        }

        return index - 1;
    }
}

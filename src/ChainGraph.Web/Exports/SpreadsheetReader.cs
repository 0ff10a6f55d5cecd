using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChainGraph.Web.Exports;

/// <summary>Reads the first worksheet of an XLSX file as rows of text (shared, inline and number cells).</summary>
public static class SpreadsheetReader
{
    /// <exception cref="InvalidDataException">The stream is not an XLSX workbook or has no worksheet.</exception>
    public static IReadOnlyList<IReadOnlyList<string>> ReadFirstSheet(Stream stream, int maxRows)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException)
        {
            throw new InvalidDataException($"The file is not a readable XLSX workbook: {ex.Message}", ex);
        }

        using (document)
        {
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("The XLSX file has no workbook part.");
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("The XLSX workbook has no worksheet.");
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            var rows = new List<IReadOnlyList<string>>();
            foreach (var row in part.Worksheet.Descendants<Row>().Take(maxRows + 1))
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference?.Value);
                    while (column >= 0 && cells.Count < column)
                    {
                        cells.Add("");
                    }

                    cells.Add(Text(cell, shared));
                }

                rows.Add(cells);
            }

            return rows;
        }
    }

    private static string Text(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        var value = cell.CellValue?.Text ?? "";
        return cell.DataType?.Value == CellValues.SharedString && int.TryParse(value, out var i) && i >= 0 && i < shared.Length ? shared[i] : value;
    }

    private static int ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return -1;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetterUpper))
        {
            index = index * 26 + (c - 'A' + 1);
        }

        return index - 1;
    }
}

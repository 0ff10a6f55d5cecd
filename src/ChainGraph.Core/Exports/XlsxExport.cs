using ChainGraph.Core.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using CellText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace ChainGraph.Core.Exports;

/// <summary>
/// Writes XLSX workbooks with DocumentFormat.OpenXml (the target lists of the web app, the 月调度 report of
/// the CLI and the web app): per sheet a bold, frozen header row, column widths, wrapped text, numbers as
/// numbers. Text goes in as inline strings, so nothing in a cell runs as a formula.
/// </summary>
public static class XlsxExport
{
    private const uint HeaderStyle = 1;
    private const uint WrapStyle = 2;

    public static byte[] Write(string sheetName, IReadOnlyList<string> headers, IReadOnlyList<double> widths, IEnumerable<IReadOnlyList<object>> rows) =>
        Write([new XlsxSheet(sheetName, headers, widths, rows)]);

    /// <summary>A workbook with one sheet per <paramref name="sheets"/> item, in order.</summary>
    public static byte[] Write(IReadOnlyList<XlsxSheet> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = CreateStylesheet();
            var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var sheet in sheets)
            {
                var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                data.Append(CreateRow(1, sheet.Headers.Cast<object>().ToArray(), HeaderStyle));
                uint index = 2;
                foreach (var row in sheet.Rows)
                {
                    data.Append(CreateRow(index++, row, WrapStyle));
                }

                var columns = new Columns(sheet.Widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
                var views = new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 });
                sheetPart.Worksheet = new Worksheet(views, columns, data);
                sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = sheetId++, Name = SafeSheetName(sheet.Name) });
            }

            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row CreateRow(uint rowIndex, IReadOnlyList<object> cells, uint style)
    {
        var row = new Row { RowIndex = rowIndex };
        for (var i = 0; i < cells.Count; i++)
        {
            var reference = ColumnName(i) + rowIndex;
            row.Append(cells[i] switch
            {
                int n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n), StyleIndex = style },
                double d => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(d), StyleIndex = style },
                decimal m => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(m), StyleIndex = style },
                var other => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    // Text stored before ingestion cleaned it may still hold characters XML cannot carry: drop them here too.
                    InlineString = new InlineString(new CellText(XmlChars.Strip(other.ToString() ?? "")) { Space = SpaceProcessingModeValues.Preserve }),
                    StyleIndex = style,
                },
            });
        }

        return row;
    }

    private static Stylesheet CreateStylesheet() => new(
        new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true }));

    /// <summary>A1-style column letters: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }

        return name;
    }

    // Excel sheet names: at most 31 characters, none of : \ / ? * [ ].
    private static string SafeSheetName(string name)
    {
        var cleaned = new string(XmlChars.Strip(name).Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '_' : c).ToArray()).Trim();
        return cleaned.Length == 0 ? "Sheet1" : cleaned[..Math.Min(cleaned.Length, 31)];
    }
}

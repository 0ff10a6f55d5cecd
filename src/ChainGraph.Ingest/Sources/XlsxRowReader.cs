using System.Runtime.CompilerServices;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChainGraph.Ingest.Sources;

/// <summary>
/// An Excel workbook (OpenXML SDK): the first row of the sheet (<c>sheet:</c>, default the first)
/// is the header; <c>fields</c> map record fields to header names. References read "file!Sheet:row".
/// </summary>
public sealed class XlsxRowReader : IRowReader
{
    public SourceKind Kind => SourceKind.Xlsx;

    public async IAsyncEnumerable<RowRead> ReadAsync(SourceDefinition source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        using var document = SpreadsheetDocument.Open(source.Location, isEditable: false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException($"{source.Location}: not an Excel workbook (no workbook part).");
        var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToArray() ?? [];
        var sheet = source.Sheet is null ? sheets.FirstOrDefault() : sheets.FirstOrDefault(s => s.Name?.Value == source.Sheet);
        if (sheet?.Id?.Value is not { } sheetId)
        {
            yield return RowRead.Reject(source.Location, $"sheet '{source.Sheet}' not found; the workbook has {string.Join(", ", sheets.Select(s => s.Name?.Value))}");
            yield break;
        }

        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var rows = ((WorksheetPart)workbook.GetPartById(sheetId)).Worksheet.Descendants<Row>().ToArray();
        var where = $"{source.Location}!{sheet.Name?.Value}";
        if (rows.Length == 0)
        {
            yield break;
        }

        var header = Cells(rows[0], strings);
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, name) in source.Fields)
        {
            var column = header.FirstOrDefault(h => h.Value == name).Key;
            if (column is null)
            {
                yield return RowRead.Reject($"{where}:1", $"the header lacks column '{name}' (for {field}); it has {string.Join(", ", header.Values)}");
                yield break;
            }

            columns[field] = column;
        }

        foreach (var row in rows.Skip(1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = Cells(row, strings);
            var fields = columns
                .Select(c => (c.Key, Value: cells.GetValueOrDefault(c.Value, "").Trim()))
                .Where(f => f.Value.Length > 0)
                .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
            var reference = $"{where}:{row.RowIndex?.Value}";
            yield return fields.Values.FirstOrDefault(v => v.Length > RowLimits.MaxFieldLength) is { } tooLong
                ? RowRead.Reject(reference, $"a cell is {tooLong.Length} characters long; at most {RowLimits.MaxFieldLength} are allowed")
                : fields.ContainsKey(SourceFields.Name) ? RowRead.Ok(reference, fields)
                : RowRead.Reject(reference, $"column '{source.Fields[SourceFields.Name]}' (the name) is empty");
        }
    }

    // Cell references are "B7": the letters are the column.
    private static Dictionary<string, string> Cells(Row row, string[] strings) => row.Elements<Cell>()
        .Where(c => c.CellReference?.Value is not null)
        .ToDictionary(
            c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()),
            c => c.DataType?.Value == CellValues.SharedString && int.TryParse(c.CellValue?.Text, out var index) && index < strings.Length
                ? strings[index]
                : c.DataType?.Value == CellValues.InlineString ? c.InlineString?.InnerText ?? "" : c.CellValue?.Text ?? "");
}

using System.Runtime.CompilerServices;
using ChainGraph.Ingest.Spreadsheets;

namespace ChainGraph.Ingest.Sources;

/// <summary>
/// An Excel workbook, streamed by <see cref="XlsxWorkbook"/> within <see cref="XlsxLimits.Source"/>: the first
/// row of the sheet (<c>sheet:</c>, default the first) is the header; <c>fields</c> map record fields to header
/// names. References read "file!Sheet:row".
/// </summary>
public sealed class XlsxRowReader : IRowReader
{
    public SourceKind Kind => SourceKind.Xlsx;

    public async IAsyncEnumerable<RowRead> ReadAsync(SourceDefinition source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        await using var file = File.OpenRead(source.Location);
        using var workbook = XlsxWorkbook.Open(file, XlsxLimits.Source);
        var sheet = source.Sheet ?? workbook.SheetNames[0];
        if (!workbook.SheetNames.Contains(sheet))
        {
            yield return RowRead.Reject(source.Location, $"sheet '{source.Sheet}' not found; the workbook has {string.Join(", ", workbook.SheetNames)}");
            yield break;
        }

        var where = $"{source.Location}!{sheet}";
        using var rows = workbook.ReadRows(sheet).GetEnumerator();
        if (!rows.MoveNext())
        {
            yield break;
        }

        var header = rows.Current.Cells;
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (field, name) in source.Fields)
        {
            var column = header.Select((h, i) => (h, i)).FirstOrDefault(c => c.h == name, (null!, -1)).i;
            if (column < 0)
            {
                yield return RowRead.Reject($"{where}:{rows.Current.Number}", $"the header lacks column '{name}' (for {field}); it has {string.Join(", ", header.Where(h => h.Length > 0))}");
                yield break;
            }

            columns[field] = column;
        }

        while (rows.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = rows.Current.Cells;
            var fields = columns
                .Select(c => (c.Key, Value: c.Value < cells.Count ? cells[c.Value].Trim() : ""))
                .Where(f => f.Value.Length > 0)
                .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
            var reference = $"{where}:{rows.Current.Number}";
            yield return fields.Values.FirstOrDefault(v => v.Length > RowLimits.MaxFieldLength) is { } tooLong
                ? RowRead.Reject(reference, $"a cell is {tooLong.Length} characters long; at most {RowLimits.MaxFieldLength} are allowed")
                : fields.ContainsKey(SourceFields.Name) ? RowRead.Ok(reference, fields)
                : RowRead.Reject(reference, $"column '{source.Fields[SourceFields.Name]}' (the name) is empty");
        }
    }
}

using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ChainGraph.Core.Io;
using CsvHelper;
using CsvHelper.Configuration;

namespace ChainGraph.Ingest.Sources;

/// <summary>
/// CSV with a header row (CsvHelper, RFC 4180 quoting); <c>fields</c> map record fields to column names, checked
/// against the header. UTF-8 (BOM or not) or UTF-16 (BOM, or recognised by its NUL bytes). A row with another
/// number of columns than the header, a quote never closed (reported at the line it opens), or bytes that are not
/// UTF-8 is rejected with its line.
/// </summary>
public sealed class CsvRowReader : IRowReader
{
    public SourceKind Kind => SourceKind.Csv;

    public async IAsyncEnumerable<RowRead> ReadAsync(SourceDefinition source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (files, name) = SourceFiles.Of(source);
        var description = files.Describe(name);
        var encoding = await SniffAsync(files, name, cancellationToken);
        using var text = new StreamReader(files.Open(name), encoding, detectEncodingFromByteOrderMarks: true);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, BadDataFound = null, MissingFieldFound = null };
        using var csv = new CsvReader(text, configuration);
        if (!await csv.ReadAsync() || !csv.ReadHeader())
        {
            yield return RowRead.Reject($"{description}:1", "the file is empty; a header row naming the columns is required");
            yield break;
        }

        var header = csv.HeaderRecord ?? [];
        var missing = source.Fields.Where(f => !header.Contains(f.Value, StringComparer.Ordinal)).ToArray();
        if (missing.Length > 0)
        {
            yield return RowRead.Reject($"{description}:1", $"the header lacks column(s) {string.Join(", ", missing.Select(m => $"'{m.Value}' (for {m.Key})"))}; it has {string.Join(", ", header)}");
            yield break;
        }

        while (await csv.ReadAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A record may span lines (a quoted line break, or a quote never closed): name the line it starts on.
            // Its last line break ends the record, unless the quote is still open: then every break is inside it.
            var raw = csv.Parser.RawRecord;
            var unclosed = raw.Count(c => c == '"') % 2 == 1;
            var breaks = raw.Count(c => c == '\n') - (!unclosed && raw.EndsWith('\n') ? 1 : 0);
            var reference = $"{description}:{csv.Parser.RawRow - breaks}";
            yield return Problem(csv, unclosed, header.Length) is { } problem ? RowRead.Reject(reference, problem) : Fields(csv, source, reference);
        }
    }

    // A UTF-16 file without a BOM is recognised by its NUL bytes; everything else is read as UTF-8 (a BOM still wins).
    private static async Task<Encoding> SniffAsync(IDataFiles files, string name, CancellationToken cancellationToken)
    {
        await using var stream = files.Open(name);
        var head = new byte[TextEncodings.SniffBytes];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return TextEncodings.Utf16(head.AsSpan(0, read)) ?? TextEncodings.Utf8;
    }

    private static string? Problem(CsvReader csv, bool unclosed, int columns)
    {
        if (unclosed)
        {
            return "a quoted field opened on this line is never closed (an odd number of \" characters); everything after it was read into that field";
        }

        return csv.Parser.Count != columns
            ? $"the row has {csv.Parser.Count} column(s), the header has {columns}; a comma inside a value must be quoted (\"a,b\")"
            : null;
    }

    private static RowRead Fields(CsvReader csv, SourceDefinition source, string reference)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, column) in source.Fields)
        {
            var value = csv.GetField(column)?.Trim() ?? "";
            if (value.Length > RowLimits.MaxFieldLength)
            {
                return RowRead.Reject(reference, $"column '{column}' is {value.Length} characters long; at most {RowLimits.MaxFieldLength} are allowed");
            }

            if (value.Contains(TextEncodings.InvalidByteMarker, StringComparison.Ordinal))
            {
                return RowRead.Reject(reference, $"column '{column}' contains bytes that are not valid UTF-8; save the file as UTF-8");
            }

            if (value.Length > 0)
            {
                fields[field] = value;
            }
        }

        return fields.ContainsKey(SourceFields.Name)
            ? RowRead.Ok(reference, fields)
            : RowRead.Reject(reference, $"column '{source.Fields[SourceFields.Name]}' (the name) is empty");
    }
}

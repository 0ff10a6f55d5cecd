using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace ChainGraph.Ingest.Sources;

/// <summary>CSV with a header row (CsvHelper, RFC 4180 quoting); <c>fields</c> map record fields to column names, checked against the header.</summary>
public sealed class CsvRowReader : IRowReader
{
    public SourceKind Kind => SourceKind.Csv;

    public async IAsyncEnumerable<RowRead> ReadAsync(SourceDefinition source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (files, name) = SourceFiles.Of(source);
        var description = files.Describe(name);
        using var stream = files.Open(name);
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
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
            var reference = $"{description}:{csv.Parser.RawRow}";
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            string? problem = null;
            foreach (var (field, column) in source.Fields)
            {
                var value = csv.GetField(column)?.Trim() ?? "";
                if (value.Length > RowLimits.MaxFieldLength)
                {
                    problem = $"column '{column}' is {value.Length} characters long; at most {RowLimits.MaxFieldLength} are allowed";
                    break;
                }

                if (value.Length > 0)
                {
                    fields[field] = value;
                }
            }

            yield return problem is not null ? RowRead.Reject(reference, problem)
                : fields.ContainsKey(SourceFields.Name) ? RowRead.Ok(reference, fields)
                : RowRead.Reject(reference, $"column '{source.Fields[SourceFields.Name]}' (the name) is empty");
        }
    }
}

using System.Runtime.CompilerServices;
using System.Text.Json;
using ChainGraph.Core.Io;
using ChainGraph.Ingest.Loading;

namespace ChainGraph.Ingest.Sources;

/// <summary>JSON Lines: one object per line; <c>fields</c> map record fields to property names. A line that is not a JSON object is rejected with its line number.</summary>
public sealed class JsonlRowReader : IRowReader
{
    public SourceKind Kind => SourceKind.Jsonl;

    public async IAsyncEnumerable<RowRead> ReadAsync(SourceDefinition source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        var (files, name) = SourceFiles.Of(source);
        var description = files.Describe(name);
        foreach (var (line, text) in LineReader.Read(files, name))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Parse($"{description}:{line}", text, source.Fields);
        }
    }

    private static RowRead Parse(string reference, string text, IReadOnlyDictionary<string, string> mapping)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            return RowRead.Reject(reference, $"not valid JSON: {ex.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return RowRead.Reject(reference, $"expected a JSON object, found {document.RootElement.ValueKind}");
            }

            if (JsonFields.DuplicateProperty(document.RootElement) is { } duplicate)
            {
                return RowRead.Reject(reference, $"field '{duplicate}' {JsonFields.DuplicateProblem}");
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (field, property) in mapping)
            {
                if (!document.RootElement.TryGetProperty(property, out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
                {
                    continue;
                }

                if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    return RowRead.Reject(reference, $"field '{property}' (mapped to {field}) is a JSON {value.ValueKind.ToString().ToLowerInvariant()}; a string or number is required");
                }

                string? problem = null;
                var textValue = value.ValueKind != JsonValueKind.String ? value.GetRawText()
                    : JsonFields.TryGetText(value, out var decoded, out problem) ? decoded.Trim() : "";
                if (problem is not null)
                {
                    return RowRead.Reject(reference, $"field '{property}' (mapped to {field}) {problem}");
                }

                if (textValue.Length > RowLimits.MaxFieldLength)
                {
                    return RowRead.Reject(reference, $"field '{property}' is {textValue.Length} characters long; at most {RowLimits.MaxFieldLength} are allowed");
                }

                if (textValue.Length > 0)
                {
                    fields[field] = textValue;
                }
            }

            return fields.ContainsKey(SourceFields.Name)
                ? RowRead.Ok(reference, fields)
                : RowRead.Reject(reference, $"field '{mapping[SourceFields.Name]}' (the name) is missing or empty");
        }
    }
}

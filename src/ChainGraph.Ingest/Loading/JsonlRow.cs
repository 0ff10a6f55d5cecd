using System.Globalization;
using System.Text.Json;
using ChainGraph.Core.Io;

namespace ChainGraph.Ingest.Loading;

/// <summary>
/// One parsed line of a JSON Lines file, with typed field access whose errors name file, line and field. A row
/// read by <see cref="Read"/> is valid until the next one is read: its parsed document (pooled buffers) is
/// disposed then, instead of being copied for every line.
/// </summary>
public readonly struct JsonlRow(string file, long line, JsonElement root)
{
    public string File => file;

    public long Line => line;

    public string Reference => $"{System.IO.Path.GetFileName(file)}:{line}";

    public static IEnumerable<JsonlRow> Read(IDataFiles files, string name)
    {
        var description = files.Describe(name);
        foreach (var (line, text) in LineReader.Read(files, name))
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(text);
            }
            catch (JsonException ex)
            {
                throw new InputFormatException(description, line, "(json)", $"not valid JSON: {ex.Message}", ex);
            }

            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new InputFormatException(description, line, "(json)", $"expected a JSON object, found {document.RootElement.ValueKind}");
                }

                if (JsonFields.DuplicateProperty(document.RootElement) is { } duplicate)
                {
                    throw new InputFormatException(description, line, duplicate, JsonFields.DuplicateProblem);
                }

                yield return new JsonlRow(description, line, document.RootElement);
            }
        }
    }

    public string RequiredString(string field, int maxLength = 1_000)
    {
        var value = OptionalString(field, maxLength);
        return string.IsNullOrWhiteSpace(value) ? throw Error(field, "is missing or empty; a non-empty string is required") : value;
    }

    public string? OptionalString(string field, int maxLength = 1_000)
    {
        if (!root.TryGetProperty(field, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            throw Error(field, $"is a JSON {element.ValueKind.ToString().ToLowerInvariant()}; a string is required");
        }

        if (!JsonFields.TryGetText(element, out var text, out var problem))
        {
            throw Error(field, problem!);
        }

        var value = text.Trim();
        return value.Length > maxLength ? throw Error(field, $"is {value.Length} characters long; at most {maxLength} are allowed") : value;
    }

    public double RequiredNumber(string field, double min, double max)
    {
        if (!root.TryGetProperty(field, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            throw Error(field, "is missing; a number is required");
        }

        double value;
        if (element.ValueKind == JsonValueKind.Number)
        {
            value = element.GetDouble();
        }
        else if (element.ValueKind == JsonValueKind.String && double.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
        }
        else
        {
            throw Error(field, $"'{element}' is not a number");
        }

        return double.IsFinite(value) && value >= min && value <= max
            ? value
            : throw Error(field, $"{value.ToString(CultureInfo.InvariantCulture)} is outside the allowed range {min.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)}");
    }

    public DateOnly? OptionalDate(string field)
    {
        var text = OptionalString(field, 40);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(field, $"'{text}' is not a date in the form yyyy-MM-dd");
    }

    /// <summary>
    /// An optional date that may hold junk in real data (ckg has the exchange name in listDate for 86
    /// companies): a value that is not a date is dropped, <paramref name="invalid"/> says so.
    /// </summary>
    public DateOnly? LenientDate(string field, out bool invalid)
    {
        var text = OptionalString(field, 100);
        invalid = false;
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        invalid = true;
        return null;
    }

    public InputFormatException Error(string field, string problem) => new(file, line, field, problem);
}

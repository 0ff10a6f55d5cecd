using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ChainGraph.Core.Store;

/// <summary>
/// The canonical JSON form of node/edge properties and string lists: keys sorted, Chinese kept
/// readable. Canonical so that "unchanged" is a string comparison and re-imports are idempotent.
/// </summary>
public static class PropertyJson
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static ImmutableSortedDictionary<string, string> EmptyProperties { get; } =
        ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    public static string Write(IReadOnlyDictionary<string, string> properties)
    {
        if (properties.Count == 0)
        {
            return "{}";
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = s_options.Encoder }))
        {
            writer.WriteStartObject();
            // Hot path of every import: write straight from the (usually already sorted) dictionary, through its
            // own struct enumerator.
            if (properties is ImmutableSortedDictionary<string, string> { KeyComparer: var comparer } sorted && comparer == StringComparer.Ordinal)
            {
                foreach (var (key, value) in sorted)
                {
                    writer.WriteString(key, value);
                }
            }
            else
            {
                foreach (var (key, value) in properties.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    writer.WriteString(key, value);
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static string Write(IEnumerable<string> values)
    {
        var array = values.ToArray();
        return array.Length == 0 ? "[]" : JsonSerializer.Serialize(array, s_options);
    }

    /// <summary>Reads a JSON object of string values (snapshot builds read one per stored row, so no serializer).</summary>
    public static ImmutableSortedDictionary<string, string> ReadProperties(string? json) => ReadProperties(json, null);

    /// <summary>Reads properties sharing keys and short values through <paramref name="pool"/> (snapshot builds).</summary>
    public static ImmutableSortedDictionary<string, string> ReadProperties(string? json, Text.StringPool? pool)
    {
        if (string.IsNullOrEmpty(json) || json == "{}")
        {
            return EmptyProperties;
        }

        var builder = EmptyProperties.ToBuilder();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            Expect(ref reader, JsonTokenType.String);
            var value = reader.GetString()!;
            builder[pool?.Intern(key) ?? key] = pool?.Intern(value) ?? value;
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException($"Properties must be a JSON object of strings; found {reader.TokenType} in {json}.");
        }

        return builder.ToImmutable();
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (!reader.Read() || reader.TokenType != token)
        {
            throw new JsonException($"Properties must be a JSON object of strings; expected {token}, found {reader.TokenType}.");
        }
    }

    public static ImmutableArray<string> ReadList(string? json, Text.StringPool? pool = null) =>
        string.IsNullOrEmpty(json) || json == "[]" ? []
        : pool is null ? [.. JsonSerializer.Deserialize<string[]>(json, s_options)!]
        : [.. JsonSerializer.Deserialize<string[]>(json, s_options)!.Select(pool.Intern)];
}

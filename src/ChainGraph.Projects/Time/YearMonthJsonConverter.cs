using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChainGraph.Projects.Time;

/// <summary>Writes and reads a <see cref="YearMonth"/> as <c>"2026-11"</c>.</summary>
public sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        YearMonth.TryParse(reader.GetString(), out var month) ? month : throw new JsonException("expected a month written yyyy-MM");

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}

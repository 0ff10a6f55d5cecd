using ChainGraph.Core.Io;
using System.Text.Json;

namespace ChainGraph.Ingest.Loading;

/// <summary>
/// Checks on JSON rows that System.Text.Json lets through: a property named twice (the last would silently win,
/// even for <c>code</c>), a string with an unpaired surrogate escape, text decoded from bytes that were not UTF-8.
/// </summary>
public static class JsonFields
{
    /// <summary>The first top-level property name that appears twice in <paramref name="row"/>, or null.</summary>
    public static string? DuplicateProperty(JsonElement row)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in row.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                return property.Name;
            }
        }

        return null;
    }

    public static string DuplicateProblem => "appears twice in the row; each field may appear once (the reader would otherwise keep only the last)";

    /// <summary>The text of a JSON string, or why it cannot be used.</summary>
    public static bool TryGetText(JsonElement element, out string text, out string? problem)
    {
        try
        {
            text = element.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            (text, problem) = ("", "contains an unpaired surrogate escape (\\uD800–\\uDFFF without its partner); text must be valid Unicode");
            return false;
        }

        problem = text.Contains(TextEncodings.InvalidByteMarker, StringComparison.Ordinal)
            ? "contains bytes that are not valid UTF-8; save the file as UTF-8"
            : null;
        return problem is null;
    }
}

using ChainGraph.Core.Model;

namespace ChainGraph.Core.Regions;

/// <summary>
/// How a location reads on screen, in one place for the CLI, the pages and the exports: the
/// <c>unknown</c> marker is shown as nothing, and a municipality's repeated city level
/// (上海市 + 上海市) is written once.
/// </summary>
public static class PlaceNames
{
    /// <summary>The place, or null when the data does not give it (absent, empty or the <c>unknown</c> marker).</summary>
    public static string? Known(string? place) => string.IsNullOrWhiteSpace(place) || place == EnterpriseProps.Unknown ? null : place;

    /// <summary>上海市 + 上海市 → 上海市; 广东省 + 深圳市 → 广东省深圳市 (or with <paramref name="separator"/>); <paramref name="none"/> when nothing is known.</summary>
    public static string Format(string? province, string? city, string separator = "", string none = "")
    {
        var parts = new List<string>(2);
        foreach (var part in new[] { Known(province), Known(city) })
        {
            if (part is not null && (parts.Count == 0 || parts[^1] != part))
            {
                parts.Add(part);
            }
        }

        return parts.Count == 0 ? none : string.Join(separator, parts);
    }

    /// <summary>The location of an enterprise node, formatted as <see cref="Format"/>.</summary>
    public static string Of(GraphNode node, string separator = "", string none = "") =>
        Format(node.Property(EnterpriseProps.Province), node.Property(EnterpriseProps.City), separator, none);
}

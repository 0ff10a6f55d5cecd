using System.Collections.Immutable;
using ChainGraph.Core.Model;
using ChainGraph.Core.Text;

namespace ChainGraph.Ingest.Loading;

/// <summary>
/// Removes characters XML cannot carry (<see cref="XmlChars"/>) from the text of nodes and edges before they are
/// stored: names, aliases, tags, properties, qualifiers. Issue 13: one enterprise name with U+000B broke every XLSX export.
/// </summary>
public static class GraphText
{
    public static GraphNode Clean(GraphNode node)
    {
        if (IsClean(node.Name) && node.Aliases.All(IsClean) && node.Tags.All(IsClean) && IsClean(node.Properties))
        {
            return node;
        }

        var name = XmlChars.Strip(node.Name);
        return node with
        {
            Name = string.IsNullOrWhiteSpace(name) ? node.Key : name,
            Aliases = [.. node.Aliases.Select(XmlChars.Strip).Where(a => a.Length > 0)],
            Tags = [.. node.Tags.Select(XmlChars.Strip).Where(t => t.Length > 0)],
            Properties = Clean(node.Properties),
        };
    }

    public static GraphEdge Clean(GraphEdge edge) => IsClean(edge.Qualifier) && IsClean(edge.Properties)
        ? edge
        : edge with { Qualifier = XmlChars.Strip(edge.Qualifier), Properties = Clean(edge.Properties) };

    private static bool IsClean(string text) => XmlChars.IndexOfInvalid(text) < 0;

    // The map's own (struct) enumerator: through IEnumerable every row paid a boxed enumerator and its stack.
    private static bool IsClean(ImmutableSortedDictionary<string, string> properties)
    {
        foreach (var (_, value) in properties)
        {
            if (!IsClean(value))
            {
                return false;
            }
        }

        return true;
    }

    private static ImmutableSortedDictionary<string, string> Clean(ImmutableSortedDictionary<string, string> properties) =>
        properties.ToImmutableSortedDictionary(p => p.Key, p => XmlChars.Strip(p.Value), StringComparer.Ordinal);
}

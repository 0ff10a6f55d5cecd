using ChainGraph.Core.Model;
using ChainGraph.Core.Text;

namespace ChainGraph.Ingest.Sources;

/// <summary>
/// Turns a row's fields into a node, or merges them onto a node it was resolved to. Merging only
/// adds (an alias, tags, properties the node lacks): a scraped list never overwrites what a
/// better source said, and merging the same row twice changes nothing.
/// </summary>
public static class RowNodeMapper
{
    private static readonly char[] s_listSeparators = [',', '，', '、', ';', '；', '|'];

    private static readonly (string Field, string Property)[] s_properties =
    [
        (SourceFields.FullName, EnterpriseProps.FullName),
        (SourceFields.Code, EnterpriseProps.StockCode),
        (SourceFields.CreditCode, EnterpriseProps.CreditCode),
        (SourceFields.Province, EnterpriseProps.Province),
        (SourceFields.City, EnterpriseProps.City),
        (SourceFields.County, EnterpriseProps.County),
    ];

    /// <summary>The natural key of a new node: credit code, else stock code, else <c>name:</c> and the normalized name.</summary>
    public static string KeyFor(IReadOnlyDictionary<string, string> fields) =>
        fields.GetValueOrDefault(SourceFields.CreditCode) is { Length: > 0 } credit ? credit
        : fields.GetValueOrDefault(SourceFields.Code) is { Length: > 0 } code ? code
        : "name:" + NameNormalizer.Normalize(fields[SourceFields.Name]);

    /// <summary>Whether the row and the node carry different stock or credit codes: then they are two entities whatever their names say.</summary>
    public static bool CodesConflict(GraphNode node, IReadOnlyDictionary<string, string> fields) =>
        Differs(node.Property(EnterpriseProps.StockCode), fields.GetValueOrDefault(SourceFields.Code))
        || Differs(node.Property(EnterpriseProps.CreditCode), fields.GetValueOrDefault(SourceFields.CreditCode));

    private static bool Differs(string? stored, string? read) =>
        !string.IsNullOrEmpty(stored) && !string.IsNullOrEmpty(read) && !string.Equals(stored, read, StringComparison.OrdinalIgnoreCase);

    public static GraphNode Create(NodeKind kind, IReadOnlyDictionary<string, string> fields, IEnumerable<string> tags, Provenance provenance)
    {
        var node = new GraphNode(kind, KeyFor(fields), fields[SourceFields.Name], provenance);
        return MergeInto(node, fields, tags);
    }

    public static GraphNode MergeInto(GraphNode node, IReadOnlyDictionary<string, string> fields, IEnumerable<string> tags)
    {
        var merged = node
            .WithAliases(node.Aliases.Concat(Aliases(fields).Where(a => a != node.Property(EnterpriseProps.FullName))))
            .WithTags(node.Tags.Concat(tags).Concat(Split(fields.GetValueOrDefault(SourceFields.Tags))));
        foreach (var (field, property) in s_properties)
        {
            if (fields.GetValueOrDefault(field) is { Length: > 0 } value && merged.Property(property) is null)
            {
                merged = merged.WithProperty(property, value);
            }
        }

        return merged.Aliases.SequenceEqual(node.Aliases) && merged.Tags.SequenceEqual(node.Tags) && merged.Properties.Count == node.Properties.Count
            ? node
            : merged;
    }

    private static IEnumerable<string> Aliases(IReadOnlyDictionary<string, string> fields)
    {
        yield return fields[SourceFields.Name];
        if (fields.GetValueOrDefault(SourceFields.FullName) is { Length: > 0 } fullName)
        {
            yield return fullName;
        }

        foreach (var alias in Split(fields.GetValueOrDefault(SourceFields.Aliases)))
        {
            yield return alias;
        }
    }

    private static IEnumerable<string> Split(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : list.Split(s_listSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

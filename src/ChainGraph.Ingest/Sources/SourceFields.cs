namespace ChainGraph.Ingest.Sources;

/// <summary>
/// The record fields a source can map (to a column name, a JSON property or a CSS selector).
/// <see cref="Name"/> is required for row sources; the others fill node properties, tags and aliases.
/// </summary>
public static class SourceFields
{
    public const string Name = "name";
    public const string FullName = "fullName";
    public const string Code = "code";
    public const string CreditCode = "creditCode";
    public const string Province = "province";
    public const string City = "city";
    public const string County = "county";
    public const string Tags = "tags";
    public const string Aliases = "aliases";

    public static IReadOnlyList<string> All { get; } = [Name, FullName, Code, CreditCode, Province, City, County, Tags, Aliases];
}

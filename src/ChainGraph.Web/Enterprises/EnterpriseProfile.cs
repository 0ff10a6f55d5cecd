namespace ChainGraph.Web.Enterprises;

/// <summary>
/// Everything the 企业画像 page shows about one enterprise, each fact with where it came from.
/// Text fields are raw data (scraped names included): the pages escape them when they render.
/// <see cref="Code"/> is the stock or credit code (null for an enterprise known only by name); <see cref="Key"/>
/// identifies it in links and API calls and is not shown.
/// </summary>
public sealed record EnterpriseProfile(
    string Key,
    string? Code,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Tags,
    IReadOnlyList<EnterpriseProfile.Fact> Codes,
    IReadOnlyList<EnterpriseProfile.Fact> Location,
    IReadOnlyList<EnterpriseProfile.Fact> Properties,
    IReadOnlyList<EnterpriseProfile.Link> Industries,
    IReadOnlyList<EnterpriseProfile.Link> Products,
    IReadOnlyList<EnterpriseProfile.Link> Segments,
    IReadOnlyList<EnterpriseProfile.Link> Relationships,
    EnterpriseProfile.GraphView Graph,
    EnterpriseProfile.Source Provenance)
{
    /// <summary>Where a fact came from: a readable title, the raw record (data file and line) for a toggle, when it was fetched.</summary>
    public sealed record Source(string Title, string? Record, DateTimeOffset FetchedAt);

    /// <summary>A labelled value of the enterprise node (its provenance is the node's).</summary>
    public sealed record Fact(string Field, string Label, string Value);

    /// <summary>
    /// A relationship to another node: <c>Type</c> is the relation code (for API callers), <c>Relation</c> the words a
    /// page shows, read from this enterprise (供货给 / 由其供货); <c>Direction</c> is out or in.
    /// </summary>
    public sealed record Link(string Type, string Relation, string Direction, string OtherKind, string OtherKindLabel, string OtherKey, string OtherName, string? Qualifier, double? Weight, DateOnly? Since, Source Provenance);

    /// <summary>A small node-link graph around the enterprise for the relationship view; <c>Relation</c> and <c>KindLabel</c> are the legend's words.</summary>
    public sealed record GraphView(IReadOnlyList<GraphNodeView> Nodes, IReadOnlyList<GraphLinkView> Links);

    public sealed record GraphNodeView(string Id, string Name, string Kind, string KindLabel, bool Center, string? Key);

    public sealed record GraphLinkView(string Source, string Target, string Type, string Relation);
}

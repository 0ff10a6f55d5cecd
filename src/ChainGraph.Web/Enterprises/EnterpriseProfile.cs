namespace ChainGraph.Web.Enterprises;

/// <summary>
/// Everything the 企业画像 page shows about one enterprise, each fact with where it came from.
/// Text fields are raw data (scraped names included): the pages escape them when they render.
/// </summary>
public sealed record EnterpriseProfile(
    string Key,
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
    /// <summary>Where a fact came from: source, reference (file and line, URL), when it was fetched.</summary>
    public sealed record Source(string Name, string? Reference, DateTimeOffset FetchedAt);

    /// <summary>A labelled value of the enterprise node (its provenance is the node's).</summary>
    public sealed record Fact(string Field, string Label, string Value);

    /// <summary>A relationship to another node, with its direction seen from this enterprise.</summary>
    public sealed record Link(string Type, string Direction, string OtherKind, string OtherKey, string OtherName, string? Qualifier, double? Weight, DateOnly? Since, Source Provenance);

    /// <summary>A small node-link graph around the enterprise for the relationship view.</summary>
    public sealed record GraphView(IReadOnlyList<GraphNodeView> Nodes, IReadOnlyList<GraphLinkView> Links);

    public sealed record GraphNodeView(string Id, string Name, string Kind, bool Center);

    public sealed record GraphLinkView(string Source, string Target, string Type);
}

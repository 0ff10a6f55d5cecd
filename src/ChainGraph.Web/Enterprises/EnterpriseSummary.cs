namespace ChainGraph.Web.Enterprises;

/// <summary>One line of a search result or suggestion list.</summary>
public sealed record EnterpriseSummary(string Key, string Name, string? Province, string? City, IReadOnlyList<string> Tags);

namespace ChainGraph.Web.Enterprises;

/// <summary>One line of a search result or suggestion list; <c>Code</c> is the stock or credit code (null when the enterprise has none), <c>Key</c> only links.</summary>
public sealed record EnterpriseSummary(string Key, string? Code, string Name, string? Province, string? City, IReadOnlyList<string> Tags);

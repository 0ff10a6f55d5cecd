using ChainGraph.Core.Chains;

namespace ChainGraph.Web.Chains;

/// <summary>One chain on 产业链总览: what it is, the home region, coverage and the counts of missing/weak segments.</summary>
public sealed record ChainOverview(string Id, string Name, string Description, IReadOnlyList<string> Aliases, HomeRegion Region, ChainMapSummary Summary, IReadOnlyList<string> TopGaps);

namespace ChainGraph.Web.Enterprises;

/// <summary>The outcome of looking an enterprise up by key or name: the profile, or the near matches to choose from.</summary>
public sealed record EnterpriseLookup(EnterpriseProfile? Profile, IReadOnlyList<EnterpriseSummary> Suggestions);

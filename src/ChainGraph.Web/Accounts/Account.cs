namespace ChainGraph.Web.Accounts;

/// <summary>A signed-in user as the app knows them.</summary>
public sealed record Account(string UserName, string DisplayName);

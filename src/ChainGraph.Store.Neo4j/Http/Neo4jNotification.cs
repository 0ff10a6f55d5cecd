namespace ChainGraph.Store.Neo4j.Http;

/// <summary>
/// One entry of a response's <c>notifications</c> array (a successful query that Neo4j still
/// comments on: a deprecation, a cartesian product, an unknown label). Logged, never fatal.
/// </summary>
public sealed record Neo4jNotification(string Code, string Severity, string Title, string Description);

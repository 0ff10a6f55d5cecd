namespace ChainGraph.Store.Neo4j.Cypher;

/// <summary>A statement and the parameter values of one execution (values: strings, numbers, lists, maps).</summary>
public sealed record CypherCall(CypherStatement Statement, IReadOnlyDictionary<string, object?> Parameters);

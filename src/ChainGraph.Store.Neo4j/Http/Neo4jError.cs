namespace ChainGraph.Store.Neo4j.Http;

/// <summary>One entry of the <c>errors</c> array of a Query API or transactional endpoint response.</summary>
public sealed record Neo4jError(string Code, string Message);

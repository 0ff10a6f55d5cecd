namespace ChainGraph.Store.Neo4j.Cypher;

/// <summary>
/// One Cypher statement the backend sends, with a stable name for messages and logs. Every
/// instance comes from <see cref="CypherStatements"/> or a <c>graph-schema/neo4j/*.cypher</c> file,
/// so the lint in CI sees exactly what production sends.
/// </summary>
public sealed record CypherStatement(string Name, string Text)
{
    /// <summary>This statement with its parameters, ready to send.</summary>
    public CypherCall With(IReadOnlyDictionary<string, object?> parameters) => new(this, parameters);

    public CypherCall WithoutParameters() => new(this, new Dictionary<string, object?>());
}

namespace ChainGraph.Store.Neo4j.Http;

/// <summary>
/// Neo4j refused a request or could not be reached. <see cref="Code"/> and <see cref="ServerMessage"/>
/// are Neo4j's own (e.g. <c>Neo.ClientError.Schema.ConstraintValidationFailed</c>); the exception's
/// message adds which server, database and statement, and what to do. An <see cref="IOException"/>
/// because it is a failure of an external system the command line reports without a stack trace.
/// </summary>
public sealed class Neo4jException(string message, string code, string serverMessage, string? statement, Exception? inner = null)
    : IOException(message, inner)
{
    public string Code { get; } = code;

    public string ServerMessage { get; } = serverMessage;

    /// <summary>The name of the statement (see <c>CypherStatements</c>) that failed, when one did.</summary>
    public string? Statement { get; } = statement;

    /// <summary>Neo4j's classification: transient errors may succeed when retried.</summary>
    public bool IsTransient => IsTransientCode(Code);

    public static bool IsTransientCode(string code) => code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);
}

using System.Net;

namespace ChainGraph.Store.Neo4j.Http;

/// <summary>Turns Neo4j's answers into exceptions whose messages say which server, what Neo4j said and what to do.</summary>
internal static class Neo4jErrors
{
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";
    public const string DatabaseNotFound = "Neo.ClientError.Database.DatabaseNotFound";
    public const string ConstraintViolation = "Neo.ClientError.Schema.ConstraintValidationFailed";

    public static Neo4jException FromServer(Neo4jError error, string statement, Neo4jStoreOptions options)
    {
        var said = $"{error.Code}: {error.Message}";
        var message = error.Code switch
        {
            Unauthorized or "Neo.ClientError.Security.AuthenticationRateLimit" => AuthMessage(options, said),
            "Neo.ClientError.Security.Forbidden" =>
                $"Neo4j at {options.Url} does not allow user '{options.User}' to run {statement} ({said}). Grant the user write access to database '{options.Database}'.",
            DatabaseNotFound =>
                $"Neo4j at {options.Url} has no database '{options.Database}' ({said}). Set ChainGraph:Neo4j:Database to an existing one; Neo4j Community has only 'neo4j'.",
            ConstraintViolation =>
                $"Statement {statement} violates a constraint of database '{options.Database}' at {options.Url} ({said}). The batch was rolled back; check for duplicate keys or apply graph-schema/neo4j again.",
            _ when Neo4jException.IsTransientCode(error.Code) =>
                $"Neo4j at {options.Url} failed {statement} with a transient error after {options.MaxRetries} retries ({said}). Try again later or raise ChainGraph:Neo4j:MaxRetries.",
            _ => $"Neo4j at {options.Url} rejected statement {statement} ({said}).",
        };
        return new Neo4jException(message, error.Code, error.Message, statement);
    }

    /// <summary>An answer without an errors array: a bare 401, a proxy error page, a wrong port.</summary>
    public static Neo4jException FromStatus(HttpStatusCode status, string path, string bodyStart, Neo4jStoreOptions options)
    {
        var code = (int)status;
        return status switch
        {
            HttpStatusCode.Unauthorized => new Neo4jException(AuthMessage(options, $"HTTP 401"), Unauthorized, bodyStart, null),
            HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout =>
                new Neo4jException($"Neo4j at {options.Url} is unavailable (HTTP {code}).", "Neo.TransientError.General.DatabaseUnavailable", $"HTTP {code}", null),
            HttpStatusCode.NotFound => new Neo4jException(
                $"Neo4j at {options.Url} has no /{path} (HTTP 404). ChainGraph:Neo4j:Url must be the HTTP port (7474, or 7473 for https) of Neo4j 5.25 or later; on 5.19-5.24 add QUERY_API_ENDPOINTS to server.http_enabled_modules.",
                "ChainGraph.NotFound", bodyStart, null),
            _ => new Neo4jException(
                $"Neo4j at {options.Url} answered /{path} with HTTP {code} and no Neo4j error: '{bodyStart}'.", $"HTTP.{code}", bodyStart, null),
        };
    }

    private static string AuthMessage(Neo4jStoreOptions options, string said) =>
        $"Neo4j at {options.Url} refused the credentials of user '{options.User}' ({said}). " +
        "Set ChainGraph:Neo4j:User and ChainGraph:Neo4j:Password (environment ChainGraph__Neo4j__Password) to the server's NEO4J_AUTH user/password.";
}

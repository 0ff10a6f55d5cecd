using System.Text.RegularExpressions;

namespace ChainGraph.Store.Neo4j;

/// <summary>
/// Options of the Neo4j backend (section <c>ChainGraph:Neo4j</c>). Validated at start so a wrong
/// setting fails with the setting's name, the allowed range and the fix, before any request is sent.
/// </summary>
public sealed partial class Neo4jStoreOptions
{
    public const string Section = "ChainGraph:Neo4j";

    /// <summary>Largest batch one transaction may carry; Neo4j holds a whole transaction in heap.</summary>
    public const int MaxBatchSize = 50_000;

    /// <summary>The HTTP address of the server (port 7474 for http, 7473 for https); https means TLS.</summary>
    public string Url { get; set; } = "http://localhost:7474";

    /// <summary>User for basic auth; empty when the server runs with <c>NEO4J_AUTH=none</c>.</summary>
    public string User { get; set; } = "neo4j";

    public string Password { get; set; } = "";

    /// <summary>The database; Neo4j Community has exactly one user database, <c>neo4j</c>.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>Rows per <c>UNWIND $rows</c> statement and per <c>chaingraph sync</c> batch.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>Nodes per page when the snapshot streams the graph out.</summary>
    public int PageSize { get; set; } = 5000;

    /// <summary>How long one HTTP request may take before it is abandoned (and retried).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts after the first one on transient failures (Neo.TransientError.*, 502/503/504, timeouts).</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>First backoff delay; doubled per attempt, capped at 10 s.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Refuse plain http (except to loopback) so credentials never cross a network in clear text.</summary>
    public bool RequireTls { get; set; }

    /// <summary>Accept a self-signed server certificate (development servers only).</summary>
    public bool AllowInvalidCertificates { get; set; }

    public Uri BaseUri => new(Url.TrimEnd('/') + "/");

    public void Validate()
    {
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException(
                $"ChainGraph:Neo4j:Url is '{Url}'; it must be an absolute http:// or https:// address of Neo4j's HTTP port, e.g. http://localhost:7474.");
        }

        if (RequireTls && uri.Scheme == "http" && !uri.IsLoopback)
        {
            throw new InvalidOperationException(
                $"ChainGraph:Neo4j:Url is '{Url}' but ChainGraph:Neo4j:RequireTls is true; use https:// (port 7473) or set RequireTls to false.");
        }

        if (!DatabaseName().IsMatch(Database))
        {
            throw new InvalidOperationException(
                $"ChainGraph:Neo4j:Database is '{Database}'; it must be 1-63 characters of letters, digits, dots and dashes, starting with a letter (Community edition: 'neo4j').");
        }

        if (User.Length > 0 && Password.Length == 0)
        {
            throw new InvalidOperationException(
                $"ChainGraph:Neo4j:Password is empty for user '{User}'. Set ChainGraph__Neo4j__Password (the password of NEO4J_AUTH), or set User to empty for a server without auth.");
        }

        CheckRange(nameof(BatchSize), BatchSize, 1, MaxBatchSize);
        CheckRange(nameof(PageSize), PageSize, 1, 100_000);
        CheckRange(nameof(MaxRetries), MaxRetries, 0, 20);
        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(30))
        {
            throw new InvalidOperationException($"ChainGraph:Neo4j:Timeout is {Timeout}; it must be between 0 and 30 minutes.");
        }

        if (RetryDelay < TimeSpan.Zero || RetryDelay > TimeSpan.FromSeconds(10))
        {
            throw new InvalidOperationException($"ChainGraph:Neo4j:RetryDelay is {RetryDelay}; it must be between 0 and 10 seconds.");
        }
    }

    private static void CheckRange(string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            throw new InvalidOperationException($"ChainGraph:Neo4j:{name} is {value}; it must be between {min} and {max}.");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9.-]{0,62}$")]
    private static partial Regex DatabaseName();
}

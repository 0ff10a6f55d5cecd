namespace ChainGraph.Ingest.Web;

/// <summary>How a page fetch ended. Only <see cref="Fetched"/> carries a body.</summary>
public enum FetchOutcome
{
    Fetched,
    /// <summary>The server answered 304 (or the body hashed the same as last time): nothing to do.</summary>
    NotModified,
    /// <summary>Not fetched on purpose: host not allowed, robots.txt disallows, too large, not HTML.</summary>
    Refused,
    /// <summary>Gave up after retries (timeouts, 5xx) or got a 4xx.</summary>
    Failed,
}

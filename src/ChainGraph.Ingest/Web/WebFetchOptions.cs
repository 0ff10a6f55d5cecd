namespace ChainGraph.Ingest.Web;

/// <summary>
/// Limits of polite web fetching (section <c>ChainGraph:Web</c>). Every limit is named and checked
/// at start so a typo cannot turn the crawler into a hammer or make it wait forever.
/// </summary>
public sealed class WebFetchOptions
{
    public const string Section = "ChainGraph:Web";

    /// <summary>Sent with every request and matched against robots.txt groups.</summary>
    public string UserAgent { get; set; } = "ChainGraphBot/1.0 (+https://github.com/chaingraph; industry-chain research)";

    /// <summary>One request (headers and body) must finish within this time.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries after a 5xx answer, a timeout or a dropped connection (not after 4xx).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; doubled for each further retry (exponential backoff).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Minimum time between two requests to the same host (robots.txt included).</summary>
    public TimeSpan MinHostInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Largest page accepted (bytes); a bigger one is refused, not truncated.</summary>
    public int MaxHtmlBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Redirects followed per request; each target must be on the source's allow list.</summary>
    public int MaxRedirects { get; set; } = 5;

    public void Validate()
    {
        Check(!string.IsNullOrWhiteSpace(UserAgent) && UserAgent.Length <= 200, "UserAgent", $"'{UserAgent}'", "a non-empty string of at most 200 characters");
        Check(RequestTimeout > TimeSpan.Zero && RequestTimeout <= TimeSpan.FromMinutes(5), "RequestTimeout", RequestTimeout.ToString(), "between 0 and 5 minutes");
        Check(MaxRetries is >= 0 and <= 10, "MaxRetries", MaxRetries.ToString(), "between 0 and 10");
        Check(RetryBaseDelay >= TimeSpan.Zero && RetryBaseDelay <= TimeSpan.FromMinutes(1), "RetryBaseDelay", RetryBaseDelay.ToString(), "between 0 and 1 minute");
        Check(MinHostInterval >= TimeSpan.Zero && MinHostInterval <= TimeSpan.FromMinutes(10), "MinHostInterval", MinHostInterval.ToString(), "between 0 and 10 minutes");
        Check(MaxHtmlBytes is >= 1024 and <= 64 * 1024 * 1024, "MaxHtmlBytes", MaxHtmlBytes.ToString(), "between 1 KiB and 64 MiB");
        Check(MaxRedirects is >= 0 and <= 20, "MaxRedirects", MaxRedirects.ToString(), "between 0 and 20");
    }

    private static void Check(bool ok, string key, string value, string range)
    {
        if (!ok)
        {
            throw new InvalidOperationException($"{Section}:{key} is {value}; it must be {range}.");
        }
    }
}

using System.Net;
using System.Security.Cryptography;

namespace ChainGraph.Ingest.Web;

/// <summary>
/// Fetches web pages the way a guest should: only hosts on the source's allow list (every redirect
/// target checked too), robots.txt obeyed (RFC 9309, cached 24 h), requests to a host spaced out,
/// timeouts and retries with backoff, a size limit, and conditional requests (If-None-Match /
/// If-Modified-Since from the last committed fetch) so an unchanged page costs one 304 and no work.
/// </summary>
public sealed class PoliteFetcher
{
    /// <summary>RFC 9309 §2.4: crawlers should not use a cached robots.txt for more than 24 hours.</summary>
    public static readonly TimeSpan RobotsLifetime = TimeSpan.FromHours(24);

    /// <summary>Largest robots.txt read (RFC 9309 §2.5 asks for at least 500 KiB).</summary>
    public const int MaxRobotsBytes = 512 * 1024;

    private readonly WebFetchOptions _options;
    private readonly HttpAttempts _http;
    private readonly HttpCacheStore _cache;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, (RobotsRules Rules, DateTimeOffset Until)> _robots = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _robotsGate = new(1, 1);

    public PoliteFetcher(HttpClient client, WebFetchOptions options, HttpCacheStore cache, TimeProvider clock)
    {
        options.Validate();
        _options = options;
        _cache = cache;
        _clock = clock;
        _http = new HttpAttempts(client, options, new HostRateLimiter(options.MinHostInterval, clock), clock);
    }

    /// <summary>An HttpClient that leaves redirects to the fetcher (so each target's host can be checked).</summary>
    public static HttpClient CreateHttpClient() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public async Task<FetchResult> FetchAsync(Uri url, IReadOnlyCollection<string> allowedHosts, CancellationToken cancellationToken)
    {
        var cached = await _cache.GetAsync(url, cancellationToken);
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            if (!allowedHosts.Contains(current.Host, StringComparer.OrdinalIgnoreCase))
            {
                return new FetchResult(current, FetchOutcome.Refused, null, $"host '{current.Host}' is not on the source's allowedHosts ({string.Join(", ", allowedHosts)}){(redirects > 0 ? $"; {url} redirected there" : "")}");
            }

            if (!(await RobotsAsync(current, cancellationToken)).IsAllowed(current))
            {
                return new FetchResult(current, FetchOutcome.Refused, null, $"robots.txt of {current.Authority} disallows {current.PathAndQuery} for '{_options.UserAgent}'");
            }

            var response = await _http.SendAsync(current, headers => AddValidators(headers, current == url ? cached : null), cancellationToken);

            if (response.Failure is { } failure)
            {
                return new FetchResult(current, FetchOutcome.Failed, null, failure) { Attempts = response.Attempts };
            }

            if (response.IsRedirect)
            {
                if (redirects >= _options.MaxRedirects || response.Location is null)
                {
                    return new FetchResult(current, FetchOutcome.Failed, null, $"more than {_options.MaxRedirects} redirects (ChainGraph:Web:MaxRedirects) or a redirect without Location");
                }

                current = new Uri(current, response.Location);
                continue;
            }

            return Complete(url, current, response, cached);
        }
    }

    // Conditional request (RFC 9110 §13.1): only for the URL the validators were remembered for, not for redirect targets.
    private static void AddValidators(System.Net.Http.Headers.HttpRequestHeaders headers, HttpCacheStore.Entry? cached)
    {
        if (cached?.ETag is { } etag)
        {
            headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (cached?.LastModified is { } lastModified)
        {
            headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }
    }

    /// <summary>Remembers a page's validators and next link; call once the page's rows are committed.</summary>
    public Task RememberAsync(FetchResult page, string? nextUrl, CancellationToken cancellationToken) =>
        page.Outcome == FetchOutcome.Fetched
            ? _cache.PutAsync(page.Url, new HttpCacheStore.Entry(page.ETag, page.LastModified, page.ContentHash, nextUrl), cancellationToken)
            : Task.CompletedTask;

    private FetchResult Complete(Uri requested, Uri final, RawResponse response, HttpCacheStore.Entry? cached)
    {
        if (response.Status == HttpStatusCode.NotModified && cached is not null)
        {
            return new FetchResult(requested, FetchOutcome.NotModified, null, "HTTP 304 Not Modified") { CachedNextUrl = cached.NextUrl, Attempts = response.Attempts };
        }

        if (response.Status != HttpStatusCode.OK)
        {
            return new FetchResult(final, FetchOutcome.Failed, null, $"HTTP {(int)response.Status} {response.Status}") { Attempts = response.Attempts };
        }

        if (response.TooLarge)
        {
            return new FetchResult(final, FetchOutcome.Refused, null, $"the page is larger than {_options.MaxHtmlBytes:N0} bytes (ChainGraph:Web:MaxHtmlBytes)");
        }

        if (response.MediaType is { } media && !media.Contains("html", StringComparison.OrdinalIgnoreCase) && !media.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
        {
            return new FetchResult(final, FetchOutcome.Refused, null, $"the answer is '{media}', not an HTML page");
        }

        var hash = Convert.ToHexString(SHA256.HashData(response.Body!));
        if (cached?.ContentHash == hash)
        {
            return new FetchResult(requested, FetchOutcome.NotModified, null, "the body is the same as at the last fetch") { CachedNextUrl = cached.NextUrl, Attempts = response.Attempts };
        }

        return new FetchResult(requested, FetchOutcome.Fetched, HtmlCharset.Decode(response.Body, response.Charset), "HTTP 200")
        {
            ETag = response.ETag,
            LastModified = response.LastModified,
            ContentHash = hash,
            Attempts = response.Attempts,
        };
    }

    private async Task<RobotsRules> RobotsAsync(Uri url, CancellationToken cancellationToken)
    {
        await _robotsGate.WaitAsync(cancellationToken);
        try
        {
            var now = _clock.GetUtcNow();
            if (_robots.TryGetValue(url.Authority, out var known) && known.Until > now)
            {
                return known.Rules;
            }

            var response = await _http.SendAsync(new Uri(url, "/robots.txt"), null, cancellationToken);
            var rules = response switch
            {
                { Failure: not null } => RobotsRules.DisallowAll,
                { Status: HttpStatusCode.OK, Body: { } body } when body.Length <= MaxRobotsBytes => RobotsRules.Parse(HtmlCharset.Decode(body, response.Charset ?? "utf-8"), _options.UserAgent),
                { Status: >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError } => RobotsRules.AllowAll,
                _ => RobotsRules.DisallowAll,
            };
            _robots[url.Authority] = (rules, now + RobotsLifetime);
            return rules;
        }
        finally
        {
            _robotsGate.Release();
        }
    }
}

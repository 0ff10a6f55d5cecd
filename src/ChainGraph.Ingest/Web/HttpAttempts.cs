using System.Net;
using System.Net.Http.Headers;

namespace ChainGraph.Ingest.Web;

/// <summary>
/// Sends one GET with the rate limit, a per-attempt timeout and retries with exponential backoff
/// (RetryBaseDelay × 2^n) after 5xx answers, timeouts and connection errors. 4xx answers are final.
/// The body is read up to <see cref="WebFetchOptions.MaxHtmlBytes"/>; a larger one is refused, not cut.
/// </summary>
internal sealed class HttpAttempts(HttpClient client, WebFetchOptions options, HostRateLimiter limiter, TimeProvider clock)
{
    public async Task<RawResponse> SendAsync(Uri url, Action<HttpRequestHeaders>? headers, CancellationToken cancellationToken)
    {
        var failure = "";
        for (var attempt = 0; attempt <= options.MaxRetries; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(options.RetryBaseDelay * Math.Pow(2, attempt - 1), clock, cancellationToken);
            }

            await limiter.WaitAsync(url.Authority, cancellationToken);
            using var timeout = new CancellationTokenSource(options.RequestTimeout, clock);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            try
            {
                var response = await OnceAsync(url, headers, attempt + 1, linked.Token);
                if ((int)response.Status < 500)
                {
                    return response;
                }

                failure = $"HTTP {(int)response.Status} {response.Status}";
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                failure = $"no complete answer within {options.RequestTimeout.TotalSeconds:0.#} s (ChainGraph:Web:RequestTimeout)";
            }
            catch (HttpRequestException ex)
            {
                failure = $"connection failed: {ex.Message}";
            }
            catch (IOException ex)
            {
                failure = $"the answer broke off: {ex.Message}";
            }
        }

        return new RawResponse((HttpStatusCode)0, null, options.MaxRetries + 1) { Failure = $"{failure}, after {options.MaxRetries + 1} attempt(s)" };
    }

    private async Task<RawResponse> OnceAsync(Uri url, Action<HttpRequestHeaders>? headers, int attempt, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.UserAgent.ParseAdd(options.UserAgent);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5");
        headers?.Invoke(request.Headers);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var raw = new RawResponse(response.StatusCode, null, attempt)
        {
            Location = response.Headers.Location?.OriginalString,
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified?.ToString("R"),
            Charset = response.Content.Headers.ContentType?.CharSet,
            MediaType = response.Content.Headers.ContentType?.MediaType,
        };
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return raw;
        }

        if (response.Content.Headers.ContentLength > options.MaxHtmlBytes)
        {
            return raw with { TooLarge = true };
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var body = await ReadLimitedAsync(stream, options.MaxHtmlBytes, cancellationToken);
        return body is null ? raw with { TooLarge = true } : raw with { Body = body };
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

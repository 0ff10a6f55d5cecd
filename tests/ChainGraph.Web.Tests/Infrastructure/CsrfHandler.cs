using System.Net;
using System.Text.Json;

namespace ChainGraph.Web.Tests.Infrastructure;

/// <summary>
/// What js/common.js api() does for the pages, for test clients: every POST/PUT/PATCH/DELETE carries the
/// antiforgery token from GET /api/account/csrf; after signing in or out the token is fetched again (it is bound
/// to the user). Cookies are handled by the inner handler.
/// </summary>
public sealed class CsrfHandler : DelegatingHandler
{
    private string? _token;

    public CsrfHandler()
    {
    }

    public CsrfHandler(HttpMessageHandler inner)
        : base(inner)
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && !request.Headers.Contains("X-CSRF-Token"))
        {
            _token ??= await FetchTokenAsync(request.RequestUri!, cancellationToken);
            request.Headers.Add("X-CSRF-Token", _token);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (request.RequestUri!.AbsolutePath.StartsWith("/api/account/log", StringComparison.Ordinal) || response.StatusCode == HttpStatusCode.Forbidden)
        {
            _token = null;
        }

        return response;
    }

    private async Task<string> FetchTokenAsync(Uri target, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(target, "/api/account/csrf"));
        using var response = await base.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement.GetProperty("token").GetString()!;
    }
}

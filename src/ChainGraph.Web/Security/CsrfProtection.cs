using Microsoft.AspNetCore.Antiforgery;

namespace ChainGraph.Web.Security;

/// <summary>
/// The one defence against cross-site request forgery, for every state-changing request (POST, PUT, PATCH,
/// DELETE: sign-in, sign-out, uploads and every API write): (1) a browser's Fetch Metadata and Origin must say the
/// request comes from this site's own pages: <c>Sec-Fetch-Site</c> same-origin, or an <c>Origin</c> equal to the
/// request's host (a page on another port of the same machine is another origin, though the same "site" for
/// SameSite cookies); (2) an antiforgery token (ASP.NET Core Antiforgery, header <see cref="HeaderName"/>) from
/// <c>GET /api/account/csrf</c>, bound to the antiforgery cookie and to the signed-in user. OWASP CSRF
/// Prevention Cheat Sheet: synchronizer token plus origin verification. The pages add the token in one place
/// (<c>api()</c> in js/common.js).
/// </summary>
internal sealed partial class CsrfProtection(RequestDelegate next, IAntiforgery antiforgery, IProblemDetailsService problems, ILogger<CsrfProtection> logger)
{
    public const string HeaderName = "X-CSRF-Token";
    public const string CookieName = "chaingraph.csrf";

    /// <summary>The <c>code</c> of the problem answered, so a page can fetch a fresh token and try once more.</summary>
    public const string ProblemCode = "csrf";

    public async Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method))
        {
            await next(context);
            return;
        }

        if (CrossOrigin(context.Request) is { } reason)
        {
            LogRefused(method, context.Request.Path.Value ?? "", reason);
            await RefuseAsync(context, "这个修改请求不是从本系统的页面发出的，已被拒绝。请在本系统的页面上操作。");
            return;
        }

        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException ex)
        {
            LogRefused(method, context.Request.Path.Value ?? "", ex.Message);
            await RefuseAsync(context, "页面已过期或请求缺少防伪令牌，已被拒绝。请刷新页面后重试。");
            return;
        }

        await next(context);
    }

    /// <summary>Why a browser request is cross-origin, or null. Clients that send neither header (scripts, curl) still need the token.</summary>
    private static string? CrossOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return $"Sec-Fetch-Site: {site}";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return null;
        }

        // Compared by host and port: behind a TLS-terminating proxy the scheme seen here differs from the page's.
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"Origin: {origin} (host {request.Host.Value})";
    }

    private Task RefuseAsync(HttpContext context, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "请求被拒绝（跨站请求防护）",
                Detail = detail,
                Extensions = { ["code"] = ProblemCode },
            },
        }).AsTask();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method} {Path} as a possible cross-site request: {Reason}")]
    private partial void LogRefused(string method, string path, string reason);
}

using System.Globalization;
using System.Security.Claims;
using ChainGraph.Accounts;
using ChainGraph.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainGraph.Web.Api;

/// <summary>Sign-in (throttled), sign-out (ends the server-side session), who is signed in, and the antiforgery token for writes.</summary>
public static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account").WithTags("Account").AllowAnonymous();
        group.MapPost("/login", LoginAsync).WithSummary("Signs in; 429 with Retry-After while the user name or the client is locked out after failed attempts.");
        group.MapPost("/logout", (Delegate)LogoutAsync).WithSummary("Signs out and ends the session on the server: the old cookie opens nothing afterwards.");
        group.MapGet("/me", Me);
        group.MapGet("/csrf", Csrf).WithSummary("The antiforgery token every POST/PUT/DELETE must send in the X-CSRF-Token header (with the cookie this sets).");
        return app;
    }

    public sealed record LoginRequest(string? UserName, string? Password);

    public sealed record MeResponse(bool SignedIn, string? UserName, string? DisplayName, string? Role, string? RoleLabel, IReadOnlyList<string> Chains, bool BrowsingNeedsSignIn);

    public sealed record CsrfResponse(string Token);

    public static async Task<Results<Ok<MeResponse>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        LoginRequest request, AccountStore accounts, SignInThrottle throttle, HttpContext http, Hosting.ChainGraphWebOptions options, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        errors.Require(request.UserName, "userName", AccountStore.MaxUserNameLength);
        errors.Require(request.Password, "password", AccountStore.MaxPasswordLength);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.RetryAfter(request.UserName!, client) is { } wait)
        {
            var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "登录尝试过于频繁",
                detail: $"密码错误次数过多，登录已暂时锁定，请 {minutes} 分钟后再试；如忘记密码，请联系管理员重设。");
        }

        var account = await accounts.VerifyAsync(request.UserName!, request.Password!, cancellationToken);
        if (account is null)
        {
            throttle.Failed(request.UserName!, client);
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "登录失败",
                detail: "用户名或密码错误，请重新输入。忘记密码请联系管理员。");
        }

        throttle.Succeeded(request.UserName!);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountClaims.ToPrincipal(account, CookieAuthenticationDefaults.AuthenticationScheme));
        return TypedResults.Ok(ToResponse(account, options));
    }

    public static async Task<NoContent> LogoutAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    public static Ok<MeResponse> Me(ClaimsPrincipal user, Hosting.ChainGraphWebOptions options) =>
        TypedResults.Ok(AccountClaims.ToAccount(user) is { } account
            ? ToResponse(account, options)
            : new MeResponse(false, null, null, null, null, [], options.RequireSignInToBrowse));

    public static Ok<CsrfResponse> Csrf(HttpContext http, IAntiforgery antiforgery)
    {
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new CsrfResponse(antiforgery.GetAndStoreTokens(http).RequestToken!));
    }

    private static MeResponse ToResponse(Account account, Hosting.ChainGraphWebOptions options) =>
        new(true, account.UserName, account.DisplayName, account.Role.Code(), account.Role.Label(), account.Chains, options.RequireSignInToBrowse);
}

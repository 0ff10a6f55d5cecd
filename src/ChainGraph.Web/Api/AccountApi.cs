using System.Security.Claims;
using ChainGraph.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainGraph.Web.Api;

/// <summary>Sign-in with the built-in account store (cookie), sign-out, and who is signed in.</summary>
public static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account").WithTags("Account");
        group.MapPost("/login", LoginAsync).AllowAnonymous().DisableAntiforgery();
        group.MapPost("/logout", (Delegate)LogoutAsync).AllowAnonymous();
        group.MapGet("/me", Me).AllowAnonymous();
        return app;
    }

    public sealed record LoginRequest(string? UserName, string? Password);

    public sealed record MeResponse(bool SignedIn, string? UserName, string? DisplayName, bool BrowsingNeedsSignIn);

    public static async Task<Results<Ok<MeResponse>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        LoginRequest request, AccountStore accounts, HttpContext http, Hosting.ChainGraphWebOptions options, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        errors.Require(request.UserName, "userName", AccountStore.MaxUserNameLength);
        errors.Require(request.Password, "password", 256);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var account = await accounts.VerifyAsync(request.UserName!, request.Password!, cancellationToken);
        if (account is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "登录失败",
                detail: "用户名或密码错误，请重新输入。忘记密码请联系管理员。");
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, account.UserName), new Claim("display_name", account.DisplayName)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return TypedResults.Ok(new MeResponse(true, account.UserName, account.DisplayName, options.RequireSignInToBrowse));
    }

    public static async Task<NoContent> LogoutAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    public static Ok<MeResponse> Me(ClaimsPrincipal user, Hosting.ChainGraphWebOptions options) => TypedResults.Ok(user.Identity?.IsAuthenticated == true
        ? new MeResponse(true, user.Identity.Name, user.FindFirstValue("display_name"), options.RequireSignInToBrowse)
        : new MeResponse(false, null, null, options.RequireSignInToBrowse));
}

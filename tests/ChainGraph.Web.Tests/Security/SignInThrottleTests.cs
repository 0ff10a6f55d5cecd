using System.Net;
using System.Text.Json;
using ChainGraph.Accounts;
using ChainGraph.Web.Tests.Infrastructure;

namespace ChainGraph.Web.Tests.Security;

/// <summary>
/// Issue 13, failure 5: 300 wrong passwords then the right one used to sign in. Now a user name is locked after
/// 5 failures (the right password included) and a client after 20; unknown names lock the same way (no hint that
/// an account exists); every failure is logged. An installation of its own, so the shared app is not locked out.
/// </summary>
public sealed class SignInThrottleTests
{
    [Fact]
    public async Task FiveWrongPasswords_ThenTheRightOne_Refused429WithRetryAfterAndLogged()
    {
        await using var app = new IsolatedApp();
        var user = await TestAccounts.CreateAsync(app.Services, "guessed", AccountRole.Lead, "nev");
        using var client = app.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Login(client, user, "wrong-password")).StatusCode);
        }

        var locked = await Login(client, user, TestAccounts.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.True(locked.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(10));
        Assert.Contains("分钟后再试", (await locked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(5, app.Logs.Lines.Count(l => l.Contains($"Sign-in failed for user name '{user}'", StringComparison.Ordinal)));
        Assert.Contains(app.Logs.Lines, l => l.Contains($"Sign-in locked for user name '{user}'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownUserName_LockedLikeAnAccount()
    {
        await using var app = new IsolatedApp();
        using var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await Login(client, "nobody-here", "wrong-password")).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task ManyNamesFromOneClient_ClientLockedOut()
    {
        await using var app = new IsolatedApp(("ChainGraph:Web:SignInMaxFailuresPerClient", "8"));
        using var client = app.CreateClient();
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Login(client, $"name-{i}", "wrong-password")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await Login(client, IsolatedApp.AdminUser, IsolatedApp.AdminPassword)).StatusCode);
        Assert.Contains(app.Logs.Lines, l => l.Contains("Sign-in locked for client", StringComparison.Ordinal));
    }

    private static Task<HttpResponseMessage> Login(HttpClient client, string userName, string password) =>
        client.PostAsJsonAsync("/api/account/login", new { userName, password });
}

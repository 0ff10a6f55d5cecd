using System.Net;
using System.Text.Json;
using ChainGraph.Accounts;
using ChainGraph.Web.Tests.Infrastructure;

namespace ChainGraph.Web.Tests.Security;

/// <summary>
/// Issue 13, failure 2: a session ends on the server. After logout, a password change or the account's removal the
/// old cookie opens nothing; another installation never accepts this one's cookie; the key ring is owner-only and
/// encrypted at rest.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class SessionTests(WebAppFixture app)
{
    private static readonly object s_event = new { name = "会话测试", date = "2026-12-08", chain = "nev", attendees = "宁德时代" };

    [Fact]
    public async Task Logout_OldCookie_NoLongerSignedInOrWrites()
    {
        var (client, cookie) = await SignInAsync(WebAppFixture.UserName, WebAppFixture.Password);
        (await client.PostAsync("/api/account/logout", null)).EnsureSuccessStatusCode();

        using var replay = WithCookie(cookie);
        Assert.False((await replay.GetFromJsonAsync<JsonElement>("/api/account/me")).GetProperty("signedIn").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await replay.PostAsJsonAsync("/api/events", s_event)).StatusCode);
    }

    [Fact]
    public async Task PasswordChangedOrAccountRemoved_OldCookie_Refused()
    {
        var changed = await TestAccounts.CreateAsync(app.Factory.Services, "pw", AccountRole.Lead, "nev");
        var removed = await TestAccounts.CreateAsync(app.Factory.Services, "rm", AccountRole.Lead, "nev");
        var (_, changedCookie) = await SignInAsync(changed, TestAccounts.Password);
        var (_, removedCookie) = await SignInAsync(removed, TestAccounts.Password);
        using var admin = await app.CreateSignedInClientAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/users/{changed}/password", new { password = "a-new-password-2026" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/users/{removed}")).StatusCode);

        foreach (var cookie in new[] { changedCookie, removedCookie })
        {
            using var replay = WithCookie(cookie);
            Assert.Equal(HttpStatusCode.Unauthorized, (await replay.PostAsJsonAsync("/api/events", s_event)).StatusCode);
        }
    }

    [Fact]
    public async Task RoleChanged_OpenSession_GetsTheNewRightsAtOnce()
    {
        var user = await TestAccounts.CreateAsync(app.Factory.Services, "demoted", AccountRole.Lead, "nev");
        using var lead = await app.CreateSignedInClientAsync(user, TestAccounts.Password);
        using var admin = await app.CreateSignedInClientAsync();

        (await admin.PutAsJsonAsync($"/api/users/{user}", new { role = "只读" })).EnsureSuccessStatusCode();

        var me = await lead.GetFromJsonAsync<JsonElement>("/api/account/me");
        Assert.Equal("readonly", me.GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.PostAsJsonAsync("/api/events", s_event)).StatusCode);
    }

    [Fact]
    public async Task OtherInstallation_OwnStore_DoesNotAcceptTheCookie()
    {
        var (_, cookie) = await SignInAsync(WebAppFixture.UserName, WebAppFixture.Password);
        await using var other = new IsolatedApp(("ChainGraph:Web:AdminUser", WebAppFixture.UserName), ("ChainGraph:Web:AdminPassword", WebAppFixture.Password));
        using var client = other.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/account/me");
        request.Headers.Add("Cookie", $"chaingraph.auth={cookie}");

        var me = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();

        // Same user name and password there, still no: the cookie is sealed with this installation's key ring.
        Assert.False(me.GetProperty("signedIn").GetBoolean());
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task KeyRingAndStore_OwnerOnlyAndKeysEncryptedAtRest()
    {
        (await SignInAsync(WebAppFixture.UserName, WebAppFixture.Password)).Client.Dispose(); // a key exists once a cookie was issued
        var keys = app.DatabasePath + ".keys";

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
        var files = Directory.GetFiles(keys, "*.xml");
        Assert.NotEmpty(files);
        foreach (var file in files.Append(app.DatabasePath).Append(app.DatabasePath + ".keyring-key"))
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        foreach (var xml in files.Select(File.ReadAllText))
        {
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            Assert.Contains("KeyRingXmlDecryptor", xml, StringComparison.Ordinal);
        }
    }

    private async Task<(HttpClient Client, string Cookie)> SignInAsync(string userName, string password)
    {
        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/account/login", new { userName, password });
        response.EnsureSuccessStatusCode();
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("chaingraph.auth=", StringComparison.Ordinal));
        return (client, cookie["chaingraph.auth=".Length..cookie.IndexOf(';', StringComparison.Ordinal)]);
    }

    private HttpClient WithCookie(string cookie)
    {
        var container = new CookieContainer();
        container.Add(app.BaseAddress, new Cookie("chaingraph.auth", cookie));
        return new HttpClient(new CsrfHandler(new HttpClientHandler { CookieContainer = container, AllowAutoRedirect = false })) { BaseAddress = app.BaseAddress };
    }
}

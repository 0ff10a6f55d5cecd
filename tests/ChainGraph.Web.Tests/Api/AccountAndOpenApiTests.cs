using System.Net;
using System.Text.Json;
using ChainGraph.Web.Tests.Infrastructure;

namespace ChainGraph.Web.Tests.Api;

[Collection(WebAppCollection.Name)]
public sealed class AccountAndOpenApiTests(WebAppFixture app)
{
    [Fact]
    public async Task OpenApi_Document_DescribesTheApi()
    {
        using var client = app.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        foreach (var expected in new[] { "/api/chains", "/api/chains/{chain}/map", "/api/enterprises/{idOrName}", "/api/recommendations", "/api/recommendations/export", "/api/lists/{id}/export", "/api/events", "/api/events/{id}/briefing" })
        {
            Assert.Contains(expected, paths);
        }
    }

    [Theory]
    [InlineData("POST", "/api/lists", "{\"name\":\"x\",\"query\":{\"chain\":\"nev\",\"segment\":\"power-battery\"}}")]
    [InlineData("POST", "/api/events", "{\"name\":\"x\",\"date\":\"2026-12-01\",\"chain\":\"nev\",\"attendees\":\"先导智能\"}")]
    [InlineData("PUT", "/api/events/1/attendees/1", "{\"enterpriseKey\":\"300450.SZ\"}")]
    [InlineData("DELETE", "/api/lists/1", "")]
    public async Task Write_Anonymous_Returns401Problem(string method, string url, string body)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401ProblemAndNoCookie()
    {
        using var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/account/login", new { userName = WebAppFixture.UserName, password = "wrong-password" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Login_MissingFields_Returns400NamingThem()
    {
        using var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/account/login", new { userName = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("userName", out _));
        Assert.True(errors.TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Login_RightPassword_SignsInWithAnHttpOnlyStrictCookie()
    {
        using var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/account/login", new { userName = WebAppFixture.UserName, password = WebAppFixture.Password });

        response.EnsureSuccessStatusCode();
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("chaingraph.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/account/me");
        Assert.True(me.GetProperty("signedIn").GetBoolean());
    }

    [Fact]
    public async Task Pages_ServedWithoutExternalResourcesAndWithCsp()
    {
        using var client = app.CreateClient();
        foreach (var page in new[] { "/", "/map.html", "/enterprise.html", "/targets.html", "/events.html", "/login.html" })
        {
            var response = await client.GetAsync(page);
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
            Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
            Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lib/echarts.min.js")).StatusCode);
    }
}

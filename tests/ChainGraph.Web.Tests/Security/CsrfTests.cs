using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ChainGraph.Web.Tests.Infrastructure;

namespace ChainGraph.Web.Tests.Security;

/// <summary>
/// Issue 13, failure 4: every state-changing request needs the antiforgery token and must come from this site's
/// pages (Origin / Sec-Fetch-Site), uploads and logout included; a page on another port of the same host is refused.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class CsrfTests(WebAppFixture app)
{
    [Theory]
    [InlineData("POST", "/api/events", "{\"name\":\"跨站\",\"date\":\"2026-12-08\",\"chain\":\"nev\",\"attendees\":\"宁德时代\"}")]
    [InlineData("POST", "/api/lists", "{\"name\":\"跨站\",\"query\":{\"chain\":\"nev\",\"segment\":\"power-battery\"}}")]
    [InlineData("DELETE", "/api/lists/1", "")]
    [InlineData("POST", "/api/chains/nev/segments/power-battery/overrides", "{\"enterpriseKey\":\"300750.SZ\",\"action\":\"pin\"}")]
    [InlineData("POST", "/api/users", "{\"userName\":\"csrf\",\"displayName\":\"x\",\"password\":\"password-123\",\"role\":\"admin\"}")]
    [InlineData("POST", "/api/account/logout", "")]
    public async Task Write_SignedInWithoutToken_Refused403(string method, string url, string body)
    {
        var (_, raw) = await SignedInPairAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };

        await AssertRefusedAsync(await raw.SendAsync(request));
        Assert.True((await raw.GetFromJsonAsync<JsonElement>("/api/account/me")).GetProperty("signedIn").GetBoolean(), "logout without the token must not sign out");
    }

    [Fact]
    public async Task Upload_SignedInWithoutToken_Refused403()
    {
        var (_, raw) = await SignedInPairAsync();

        await AssertRefusedAsync(await raw.PostAsync("/api/events/upload", UploadForm("企业名称\n宁德时代\n"u8.ToArray(), "a.csv")));
    }

    [Fact]
    public async Task Login_WithoutToken_Refused403()
    {
        using var raw = app.CreateClientWithoutToken();

        await AssertRefusedAsync(await raw.PostAsJsonAsync("/api/account/login", new { userName = WebAppFixture.UserName, password = WebAppFixture.Password }));
    }

    [Theory]
    [InlineData("event", "Origin", "http://127.0.0.1:8099")]
    [InlineData("event", "Origin", "null")]
    [InlineData("event", "Sec-Fetch-Site", "same-site")]
    [InlineData("upload", "Origin", "http://evil.example")]
    [InlineData("upload", "Sec-Fetch-Site", "cross-site")]
    [InlineData("logout", "Origin", "http://evil.example")]
    [InlineData("logout", "Sec-Fetch-Site", "cross-site")]
    public async Task Write_WithTokenFromAnotherOrigin_Refused403(string write, string header, string value)
    {
        using var client = await app.CreateSignedInClientAsync();
        using var request = write switch
        {
            "event" => new HttpRequestMessage(HttpMethod.Post, "/api/events") { Content = JsonContent.Create(new { name = "跨站", date = "2026-12-08", chain = "nev", attendees = "宁德时代" }) },
            "upload" => new HttpRequestMessage(HttpMethod.Post, "/api/events/upload") { Content = UploadForm("企业名称\n宁德时代\n"u8.ToArray(), "a.csv") },
            _ => new HttpRequestMessage(HttpMethod.Post, "/api/account/logout"),
        };
        request.Headers.TryAddWithoutValidation(header, value);

        await AssertRefusedAsync(await client.SendAsync(request));
        Assert.True((await client.GetFromJsonAsync<JsonElement>("/api/account/me")).GetProperty("signedIn").GetBoolean(), "a refused logout must not sign out");
    }

    [Fact]
    public async Task Write_SameOriginWithToken_Accepted()
    {
        using var client = await app.CreateSignedInClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/events") { Content = JsonContent.Create(new { name = "同源", date = "2026-12-08", chain = "nev", attendees = "宁德时代" }) };
        request.Headers.Add("Origin", app.BaseAddress.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(request)).StatusCode);
    }

    internal static MultipartFormDataContent UploadForm(byte[] file, string fileName, string chain = "nev")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("上传测试"), "name" },
            { new StringContent("2026-12-08"), "date" },
            { new StringContent(chain), "chain" },
        };
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);
        return form;
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("csrf", problem.GetProperty("code").GetString());
        Assert.Contains("拒绝", problem.GetProperty("detail").GetString());
    }

    // One cookie jar: a client that sends the token (used to sign in) and one that does not.
    private async Task<(HttpClient WithToken, HttpClient Raw)> SignedInPairAsync()
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var withToken = new HttpClient(new CsrfHandler(handler), disposeHandler: false) { BaseAddress = app.BaseAddress };
        (await withToken.PostAsJsonAsync("/api/account/login", new { userName = WebAppFixture.UserName, password = WebAppFixture.Password })).EnsureSuccessStatusCode();
        return (withToken, new HttpClient(handler) { BaseAddress = app.BaseAddress });
    }
}

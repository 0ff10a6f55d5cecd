using System.Net;
using System.Text.Json;
using ChainGraph.Web.Api;
using ChainGraph.Web.Events;
using ChainGraph.Web.Hosting;
using ChainGraph.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChainGraph.Web.Tests.Api;

/// <summary>The frame every page shares: freshness, header search, compression, pages in Chinese for people, problems for scripts.</summary>
[Collection(WebAppCollection.Name)]
public sealed class SiteApiTests(WebAppFixture app)
{
    [Fact]
    public async Task GetSite_Demo_SaysRegionTimeZoneAndHowFreshTheDataIs()
    {
        using var client = app.CreateClient();
        var site = await client.GetFromJsonAsync<JsonElement>("/api/site");

        Assert.Equal("天津市东丽区", site.GetProperty("region").GetString());
        Assert.Equal("Asia/Shanghai", site.GetProperty("timeZone").GetString());
        Assert.Equal("北京时间", site.GetProperty("timeZoneName").GetString());
        Assert.Equal("2025-07-21", site.GetProperty("dataAsOf").GetString()); // the last day of ickg25-past
        Assert.StartsWith("2026-11-23", site.GetProperty("fetchedAt").GetString()); // when the demo extract was taken
    }

    [Fact]
    public async Task Search_Typo_OffersTheEnterpriseAsANearMatch()
    {
        using var client = app.CreateClient();
        var result = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("宁德时带"));

        Assert.True(result.GetProperty("nearMatches").GetBoolean());
        Assert.Equal("300750.SZ", result.GetProperty("enterprises")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task Search_SegmentName_FindsTheSegmentWithItsStatus()
    {
        using var client = app.CreateClient();
        var result = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("动力电池"));

        var hit = result.GetProperty("segments").EnumerateArray().First();
        Assert.Equal(("nev", "power-battery"), (hit.GetProperty("chainId").GetString(), hit.GetProperty("segmentId").GetString()));
        Assert.Contains(hit.GetProperty("status").GetString(), new[] { "Missing", "Weak", "Strong" });
    }

    [Fact]
    public async Task StaticScript_BrotliAccepted_IsSentCompressed()
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/lib/echarts.min.js");
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
        Assert.InRange((await response.Content.ReadAsByteArrayAsync()).Length, 100_000, 600_000); // 1.1 MB uncompressed
    }

    [Fact]
    public async Task UnknownPage_Browser_GetsAChinesePageInTheSiteFrame()
    {
        using var response = await GetAsBrowserAsync("/no-such-page.html");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("没有找到这个页面", html);
        Assert.Contains("/js/common.js", html); // the header, menu and search are there
    }

    [Fact]
    public async Task UnknownApiPath_Script_GetsAProblem()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task MissingBriefing_Browser_GetsAChinesePageNotJson()
    {
        using var response = await GetAsBrowserAsync("/events/987654/briefing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("没有找到这份简报", await response.Content.ReadAsStringAsync());
    }

    // Regression (issue 14, finding 3): with Chromium missing the PDF link answered a 503 JSON in English.
    [Fact]
    public async Task BriefingPdf_ChromiumMissing_BrowserGetsAChinesePageSayingWhatToDo()
    {
        var printer = new PdfPrinter(new ChainGraphWebOptions { ChromiumPath = "/nonexistent/chromium" }, NullLogger<PdfPrinter>.Instance);
        var http = new DefaultHttpContext { RequestServices = app.Factory.Services };
        http.Request.Headers.Accept = "text/html";
        http.Response.Body = new MemoryStream();

        var result = await EventsApi.BriefingPdfAsync(1, http.Request, app.Factory.Services.GetRequiredService<EventService>(), printer, CancellationToken.None);
        await result.ExecuteAsync(http);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        http.Response.Body.Position = 0;
        var html = await new StreamReader(http.Response.Body).ReadToEndAsync();
        Assert.Contains("暂时无法导出 PDF", html);
        Assert.Contains("另存为 PDF", html);
        Assert.DoesNotContain("Chromium was not found", html);
    }

    // A navigation as a signed-in browser makes it (briefings are internal material): it accepts HTML.
    private async Task<HttpResponseMessage> GetAsBrowserAsync(string path)
    {
        using var client = await app.CreateSignedInClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        return await client.SendAsync(request);
    }
}

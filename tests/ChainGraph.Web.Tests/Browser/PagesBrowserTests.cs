using ChainGraph.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ChainGraph.Web.Tests.Browser;

/// <summary>The pages in a real browser against the app on a loopback port; screenshots at 1366×768 go to test-output/.</summary>
[Collection(WebAppCollection.Name)]
public sealed class PagesBrowserTests : IClassFixture<BrowserFixture>
{
    private readonly WebAppFixture app;
    private readonly BrowserFixture browser;

    public PagesBrowserTests(WebAppFixture app, BrowserFixture browser)
    {
        this.app = app;
        this.browser = browser;
        browser.LogPath = Path.Combine(app.OutputFolder, "browser-console.log");
    }

    [Fact]
    public async Task Overview_Opened_ShowsSixChainCardsInChinese()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/");
        await page.WaitForSelectorAsync(".card >> nth=5");

        Assert.Equal(6, await page.Locator(".card").CountAsync());
        Assert.Contains("新一代汽车技术", await page.Locator(".card h2").First.InnerTextAsync());
        Assert.Contains("本地", await page.Locator("#region").InnerTextAsync());
        await ScreenshotAsync(page, "01-overview");
    }

    [Fact]
    public async Task Map_ClickASegment_OpensItsDrillDown()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/map.html?chain=power");
        await page.WaitForFunctionAsync("() => window.echarts && echarts.getInstanceByDom(document.getElementById('chart'))?.getOption()?.series?.[0]?.data?.length > 0");

        // Click the node with the most local enterprises where ECharts drew it (a real mouse click on the canvas).
        var point = await page.EvaluateAsync<double[]>("""
            () => {
              const el = document.getElementById('chart');
              const chart = echarts.getInstanceByDom(el);
              const data = chart.getOption().series[0].data.filter(d => d.seg);
              const best = data.reduce((a, b) => (b.seg.local > a.seg.local ? b : a));
              const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [best.x, best.y]);
              const rect = el.getBoundingClientRect();
              return [rect.left + x, rect.top + y];
            }
            """);
        await page.Mouse.ClickAsync((float)point[0], (float)point[1]);
        await page.WaitForSelectorAsync("#segment-title");

        var detail = await page.Locator("#detail").InnerTextAsync();
        Assert.Contains("区位熵", detail);
        Assert.Contains("本地企业", detail);
        Assert.Contains("计算依据", detail);
        await page.Mouse.MoveAsync(1360, 760); // end the hover highlight before the screenshot
        await ScreenshotAsync(page, "02-map");
    }

    [Fact]
    public async Task Enterprise_SearchByName_ShowsProfileWithSourcesAndGraph()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/enterprise.html");
        await page.FillAsync("#q", "宁德时代");
        await page.ClickAsync("#search button");
        await page.WaitForSelectorAsync("#enterprise-name");
        await page.WaitForFunctionAsync("() => echarts.getInstanceByDom(document.getElementById('graph')) !== undefined");

        Assert.StartsWith("宁德时代", await page.Locator("#enterprise-name").InnerTextAsync());
        var text = await page.Locator("#profile").InnerTextAsync();
        Assert.Contains("主要产品", text);
        Assert.Contains("ckg", text); // the source of facts is shown
        await ScreenshotAsync(page, "03-enterprise");
    }

    [Fact]
    public async Task Enterprise_NameWithScriptTag_IsShownAsTextAndNotRun()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/enterprise.html?id=" + WebAppFixture.HostileKey);
        await page.WaitForSelectorAsync("#enterprise-name");

        Assert.Contains("<script>window.__xss=1</script>", await page.Locator("#enterprise-name").InnerTextAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"));
        await ScreenshotAsync(page, "03-enterprise-script-name");
    }

    [Fact]
    public async Task Events_SignInCreateEventAndOpenBriefing_ShowsAttendeesAndTalkingPoints()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await SignInAsync(page, "/events.html");
        await page.WaitForSelectorAsync("#chain option", new() { State = WaitForSelectorState.Attached });
        await page.FillAsync("#name", "2026新能源汽车产业链对接会");
        await page.FillAsync("#date", "2026-12-08");
        await page.SelectOptionAsync("#chain", "nev");
        await page.FillAsync("#attendees", $"宁德时代\n先导智能\n先导智\n{WebAppFixture.HostileName}");
        await page.ClickAsync("#create button[type=submit]");
        await page.WaitForSelectorAsync("#attendee-table tbody tr >> nth=3");

        Assert.Equal(1, await page.Locator("#attendee-table tr.unresolved").CountAsync());
        await page.Locator("#attendee-table tr.unresolved button.suggestion").First.ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#attendee-table tr.unresolved').length === 0");
        await ScreenshotAsync(page, "05-events");

        await page.ClickAsync("#open-briefing");
        await page.WaitForSelectorAsync("section.attendee");
        var text = await page.InnerTextAsync("body");
        Assert.Contains("洽谈要点", text);
        Assert.Contains("<script>window.__xss=1</script>", text);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"));
        await ScreenshotAsync(page, "05-briefing");
    }

    [Fact]
    public async Task Targets_BuildSaveAndExportAList_XlsxHasTheRowsShown()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await SignInAsync(page, "/targets.html?chain=nev&segment=power-battery");
        await page.WaitForSelectorAsync("#targets tbody tr");
        var shown = await page.Locator("#targets tbody tr td:nth-child(2) a").AllInnerTextsAsync();
        Assert.NotEmpty(shown);
        await ScreenshotAsync(page, "04-targets");

        await page.FillAsync("#list-name", "动力电池补链目标（浏览器测试）");
        await page.ClickAsync("#save-list");
        await page.WaitForSelectorAsync("#result .ok");
        await page.WaitForSelectorAsync("#saved-lists tbody tr");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-xlsx"));
        var file = Path.Combine(app.OutputFolder, "targets.xlsx");
        await download.SaveAsAsync(file);
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        await using var stream = File.OpenRead(file);
        var sheet = ChainGraph.Web.Exports.SpreadsheetReader.ReadFirstSheet(stream, 1000);
        Assert.Equal(ChainGraph.Web.Exports.TargetTable.Headers, sheet[0]);
        Assert.Equal(shown, sheet.Skip(1).Select(r => r[1]).ToArray());
    }

    [Theory]
    [InlineData("//evil.example/x")]
    [InlineData("/\\evil.example/x")]
    [InlineData("/\t/evil.example/x")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    public async Task SignIn_ReturnToAnotherSite_LandsOnTheHomePage(string returnTo)
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/login.html?return=" + Uri.EscapeDataString(returnTo));
        await page.FillAsync("#userName", WebAppFixture.UserName);
        await page.FillAsync("#password", WebAppFixture.Password);
        var home = app.BaseAddress.GetLeftPart(UriPartial.Authority) + "/";
        var arrived = page.WaitForURLAsync(home);
        await page.ClickAsync("#login button");
        await arrived;

        Assert.Equal(home, page.Url);
    }

    internal static async Task SignInAsync(IPage page, string returnTo)
    {
        await page.GotoAsync("/login.html?return=" + Uri.EscapeDataString(returnTo));
        await page.FillAsync("#userName", WebAppFixture.UserName);
        await page.FillAsync("#password", WebAppFixture.Password);
        // Waiting starts before the click: the sign-in answers in milliseconds, and a wait begun after the
        // click could miss the navigation it is waiting for.
        var arrived = page.WaitForURLAsync("**" + returnTo);
        await page.ClickAsync("#login button");
        await arrived;
        await page.WaitForSelectorAsync("#account button");
    }

    private async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(app.OutputFolder, name + ".png") });
}

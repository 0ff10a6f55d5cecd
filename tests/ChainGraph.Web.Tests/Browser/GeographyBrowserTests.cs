using ChainGraph.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ChainGraph.Web.Tests.Browser;

/// <summary>全国分布, 对标分析, 产业链动态 and the 近30天 block in a real browser; screenshots at 1366×768 and 390 px in test-output/.</summary>
[Collection(WebAppCollection.Name)]
public sealed class GeographyBrowserTests : IClassFixture<BrowserFixture>
{
    private const string MapDrawn = "() => window.echarts && echarts.getInstanceByDom(document.getElementById('chart'))?.getOption()?.series?.[0]?.data?.length > 0";

    private readonly WebAppFixture app;
    private readonly BrowserFixture browser;

    public GeographyBrowserTests(WebAppFixture app, BrowserFixture browser)
    {
        this.app = app;
        this.browser = browser;
        browser.LogPath = Path.Combine(app.OutputFolder, "browser-console.log");
    }

    [Fact]
    public async Task Distribution_NevChain_DrawsChinaWithTheSouthChinaSeaIslandsAndTheHomeRegionMarked()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/distribution.html?chain=nev");
        await page.WaitForFunctionAsync(MapDrawn);
        await page.WaitForSelectorAsync("#regions tbody tr");

        // ECharts adds the 南海诸岛 inset to a map registered as "china"; the page relies on it.
        Assert.True(await page.EvaluateAsync<bool>("() => echarts.getInstanceByDom(document.getElementById('chart')).getModel().getSeriesByIndex(0).coordinateSystem.regions.some(r => r.name === '南海诸岛')"));
        Assert.Contains("天津市", await page.Locator("#regions tr.home").InnerTextAsync());
        Assert.Contains("新一代汽车技术", await page.Locator("#title").InnerTextAsync());
        await ScreenshotAsync(page, "10-distribution-nev");

        // The table sorts by a click on its header.
        await page.ClickAsync("#regions th[data-key=name]");
        var names = await page.Locator("#regions tbody tr td:first-child a").AllInnerTextsAsync();
        Assert.Equal(names.Order(StringComparer.Create(new System.Globalization.CultureInfo("zh-CN"), false)).ToArray(), names.ToArray());

        await PhoneAsync(page, "10-distribution-nev-390");
    }

    [Fact]
    public async Task Distribution_PowerBatteryDrilledIntoGuangdong_ListsACitysEnterprisesAndKeepsTheStateInTheUrl()
    {
        // Guangdong holds the most 动力电池 makers of the demo (7 of 18); Jiangsu's only one was a chemicals maker
        // with a 18% side line, which the placement rules no longer count.
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/distribution.html?chain=nev&segment=power-battery");
        await page.WaitForFunctionAsync(MapDrawn);
        await page.ClickAsync("#regions tr[data-code='44'] a");
        await page.ClickAsync("#drill");
        await page.WaitForFunctionAsync("() => document.getElementById('crumbs').innerText.includes('广东省')");
        await page.WaitForFunctionAsync(MapDrawn);
        Assert.Contains("province=44", page.Url);
        Assert.Contains("segment=power-battery", page.Url);

        await page.Locator("#regions tbody tr a").First.ClickAsync();
        await page.WaitForSelectorAsync("#region-enterprises tbody tr");
        Assert.Contains("region=44", page.Url);
        Assert.Contains("动力电池", await page.Locator("#region-detail").InnerTextAsync());
        await page.Mouse.MoveAsync(1360, 760);
        await ScreenshotAsync(page, "11-distribution-power-battery-guangdong");

        // A refresh keeps chain, segment, province and region.
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("#region-enterprises tbody tr");
        Assert.Contains("广东省", await page.Locator("#crumbs").InnerTextAsync());
        await PhoneAsync(page, "11-distribution-power-battery-guangdong-390");
    }

    [Fact]
    public async Task Compare_TianjinWithHefeiAndSuzhou_ShowsRegionsSideBySideAndLinksToTargetsInAPeer()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/compare.html?chain=nev&region=" + Uri.EscapeDataString("天津市") + "&peers=" + Uri.EscapeDataString("合肥市,苏州市"));
        await page.WaitForSelectorAsync("#comparison tbody tr");

        var head = await page.Locator("#comparison thead").InnerTextAsync();
        Assert.Contains("天津市（本地）", head);
        Assert.Contains("安徽省合肥市", head);
        Assert.Contains("江苏省苏州市", head);
        Assert.True(await page.Locator("#peer-strengths tbody tr").CountAsync() > 0);
        await ScreenshotAsync(page, "12-compare-tianjin-hefei-suzhou");
        await PhoneAsync(page, "12-compare-tianjin-hefei-suzhou-390");

        var link = page.Locator("#peer-strengths a.target-link").First;
        var href = await link.GetAttributeAsync("href");
        Assert.Matches("region=(%E5%90%88%E8%82%A5%E5%B8%82|%E8%8B%8F%E5%B7%9E%E5%B8%82)", href!);
        await page.GotoAsync(href!);
        await page.WaitForSelectorAsync("#result section, #result .error");
        var region = await page.InputValueAsync("#region");
        Assert.True(region is "合肥市" or "苏州市", region);
        Assert.All(await page.Locator("#targets tbody tr td:nth-child(3)").AllInnerTextsAsync(), place => Assert.Contains(region, place));
    }

    [Fact]
    public async Task Changes_NevChain_ListsDatedChangesWithSourcesAndExportsThem()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/changes.html?chain=nev");
        await page.WaitForSelectorAsync("#changes tbody tr");

        Assert.Contains("2025-06-21 之后至 2025-07-21", await page.Locator("#summary").InnerTextAsync());
        Assert.True(await page.Locator("#changes tbody tr").CountAsync() > 10);
        Assert.Contains("产业链时序知识图谱", await page.Locator("#changes tbody tr").First.InnerTextAsync());
        await ScreenshotAsync(page, "13-changes-nev");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-xlsx"));
        var file = Path.Combine(app.OutputFolder, "changes.xlsx");
        await download.SaveAsAsync(file);
        await using (var stream = File.OpenRead(file))
        {
            var sheet = ChainGraph.Web.Exports.SpreadsheetReader.ReadFirstSheet(stream, 1000);
            Assert.Equal(ChainGraph.Web.Changes.ChangesTable.Headers, sheet[0]);
            Assert.Equal(await page.Locator("#changes tbody tr").CountAsync(), sheet.Count - 1);
        }

        await page.SelectOptionAsync("#kind", "企业进入环节");
        Assert.Contains("kind=", page.Url);
        await PhoneAsync(page, "13-changes-nev-390");
    }

    [Fact]
    public async Task Overview_ChainCards_CarryTheirRecentChanges()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await page.GotoAsync("/");
        await page.WaitForSelectorAsync("[data-recent=nev]");

        var text = await page.Locator("[data-recent=nev]").InnerTextAsync();
        Assert.Contains("近30天", text);
        Assert.Contains("新增关系", text);
        Assert.Equal(6, await page.Locator("[data-recent]").CountAsync());
        await ScreenshotAsync(page, "14-overview-recent");
    }

    /// <summary>The same page at 390 px: main content must not scroll sideways (wide tables scroll in place).</summary>
    private async Task PhoneAsync(IPage page, string name)
    {
        await page.SetViewportSizeAsync(390, 844);
        await page.WaitForTimeoutAsync(300);
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').scrollWidth <= window.innerWidth + 1"), name + ": the page scrolls sideways");
        await ScreenshotAsync(page, name);
        await page.SetViewportSizeAsync(1366, 768);
    }

    private async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(app.OutputFolder, name + ".png") });
}

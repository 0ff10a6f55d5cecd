using ChainGraph.Web.Tests.Infrastructure;
using static ChainGraph.Web.Tests.Browser.BrowserPages;

namespace ChainGraph.Web.Tests.Browser;

/// <summary>Maps that read (issue 14, finding 7) and state in the URL (finding 5), in a real browser.</summary>
[Collection(WebAppCollection.Name)]
public sealed class MapAndStateBrowserTests(WebAppFixture app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Fact]
    public async Task Map_ClickASegment_HighlightsItAndKeepsItInTheUrlThroughRefreshAndBack()
    {
        var page = await Browser.NewPageAsync(App.BaseAddress);
        await page.GotoAsync("/map.html?chain=power");
        await page.WaitForSelectorAsync(".chain-svg .node");

        // A real mouse click on the box with the most local enterprises.
        var id = await page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('.chain-svg .node')]
              .map(n => [n.dataset.segment, Number(n.getAttribute('aria-label').match(/本地 (\d+) 家/)[1])])
              .reduce((a, b) => b[1] > a[1] ? b : a)[0]
            """);
        await page.ClickAsync($".chain-svg .node[data-segment='{id}'] rect");
        await page.WaitForSelectorAsync("#segment-title");
        Assert.Contains($"segment={id}", page.Url);
        Assert.Equal(1, await page.Locator(".chain-svg .node.selected").CountAsync());
        Assert.Equal(id, await page.Locator(".chain-svg .node.selected").GetAttributeAsync("data-segment"));
        var detail = await page.Locator("#detail").InnerTextAsync();
        Assert.Contains("计算依据", detail);
        Assert.Contains("判定：", detail);
        await page.Mouse.MoveAsync(1360, 760);
        await ScreenshotAsync(page, App, "02-map");

        await page.ReloadAsync();
        await page.WaitForSelectorAsync("#segment-title");
        Assert.Equal(id, await page.Locator(".chain-svg .node.selected").GetAttributeAsync("data-segment"));

        await page.GoBackAsync();
        await page.WaitForFunctionAsync("() => !location.search.includes('segment=') && !document.getElementById('segment-title')");
        Assert.Equal(0, await page.Locator(".chain-svg .node.selected").CountAsync());
        await page.GoForwardAsync();
        await page.WaitForSelectorAsync("#segment-title");
    }

    // Regression (issue 14, finding 7): arrows crossed labels. Every arrow stays out of every box but its own two ends,
    // no two boxes overlap, every label fits inside its box — on all six chains at 1366×768.
    [Theory]
    [InlineData("nev")]
    [InlineData("power")]
    [InlineData("rail")]
    [InlineData("aerospace")]
    [InlineData("materials")]
    [InlineData("biomed")]
    public async Task Map_EveryChain_NoArrowCrossesALabelAndNoBoxesOverlap(string chain)
    {
        var page = await Browser.NewPageAsync(App.BaseAddress);
        await page.GotoAsync("/map.html?chain=" + chain);
        await page.WaitForSelectorAsync(".chain-svg .node");

        var problems = await page.EvaluateAsync<string[]>("""
            () => {
              const problems = [];
              const boxes = [...document.querySelectorAll('.chain-svg .node')].map(n => {
                const r = n.querySelector('rect');
                return { id: n.dataset.segment, x: +r.getAttribute('x'), y: +r.getAttribute('y'), w: +r.getAttribute('width'), h: +r.getAttribute('height'), node: n };
              });
              const inside = (b, x, y, m) => x > b.x + m && x < b.x + b.w - m && y > b.y + m && y < b.y + b.h - m;
              for (const a of boxes) for (const b of boxes) {
                if (a.id < b.id && a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) problems.push(`boxes overlap: ${a.id} ${b.id}`);
              }
              for (const b of boxes) for (const t of b.node.querySelectorAll('text')) {
                const bb = t.getBBox();
                if (bb.x < b.x || bb.x + bb.width > b.x + b.w + 0.5 || bb.y < b.y || bb.y + bb.height > b.y + b.h + 0.5) problems.push(`label outside its box: ${b.id}`);
              }
              for (const p of document.querySelectorAll('.chain-svg .edge')) {
                const length = p.getTotalLength();
                for (let s = 0; s <= length; s += 3) {
                  const pt = p.getPointAtLength(s);
                  for (const b of boxes) {
                    if (b.id !== p.dataset.source && b.id !== p.dataset.target && inside(b, pt.x, pt.y, 1)) {
                      problems.push(`arrow ${p.dataset.source}→${p.dataset.target} crosses ${b.id}`);
                      s = length + 1;
                      break;
                    }
                  }
                }
              }
              return problems;
            }
            """);

        Assert.Empty(problems);
        Assert.Equal(0, await SidewaysOverflowAsync(page));
        await ScreenshotAsync(page, App, "02-map-" + chain);
    }

    // Regression (issue 14, finding 7): circle size was local weight, so every 缺失 segment was the smallest dot.
    [Fact]
    public async Task Map_DotSize_FollowsTheNationalPoolSoMissingSegmentsAreNotAllSmall()
    {
        var page = await Browser.NewPageAsync(App.BaseAddress);
        await page.GotoAsync("/map.html?chain=nev");
        await page.WaitForSelectorAsync(".chain-svg .node");

        var dots = await page.EvaluateAsync<double[][]>("""
            () => [...document.querySelectorAll('.chain-svg .node')].map(n => [
              Number(n.getAttribute('aria-label').match(/全国 (\d+) 家/)[1]), +n.querySelector('circle').getAttribute('r'), n.getAttribute('aria-label').includes('缺失') ? 1 : 0])
            """);
        var ordered = dots.OrderBy(d => d[0]).ToArray();
        Assert.True(ordered.Zip(ordered.Skip(1)).All(p => p.First[1] <= p.Second[1] + 1e-6), "a larger national pool never has a smaller dot");
        var missing = dots.Where(d => d[2] == 1).Select(d => d[1]).ToArray();
        Assert.True(missing.Max() > missing.Min() + 3, "缺失 segments differ in size by their pools");
        Assert.Contains("全国企业数", await page.Locator("#map-legend").InnerTextAsync());
        Assert.Contains("急需", await page.Locator("#map-legend").InnerTextAsync());
    }

    [Fact]
    public async Task Map_Phone_IsAListThatOpensTheDrillDown()
    {
        var page = await Browser.NewPageAsync(App.BaseAddress, BrowserFixture.Phone);
        await page.GotoAsync("/map.html?chain=aerospace");
        await page.WaitForSelectorAsync("#map-list li a");

        Assert.False(await page.Locator("#chart").IsVisibleAsync());
        Assert.Equal(0, await SidewaysOverflowAsync(page));
        await ScreenshotAsync(page, App, "02-map-list");
        await page.Locator("#map-list li a", new() { HasText = "碳纤维与树脂基材料" }).ClickAsync();
        await page.WaitForSelectorAsync("#segment-title");
        Assert.Contains("segment=", page.Url);
        Assert.Contains("急需", await page.Locator("#segment-title").InnerTextAsync());
        Assert.Equal(0, await SidewaysOverflowAsync(page));
        await ScreenshotAsync(page, App, "02-map-list-detail");
    }

    [Fact]
    public async Task Targets_QueryAndFilters_LiveInTheUrlSoRefreshAndBackKeepThem()
    {
        var page = await Browser.NewPageAsync(App.BaseAddress);
        await page.GotoAsync("/targets.html");
        await page.WaitForSelectorAsync("#filter-size");
        await page.SelectOptionAsync("#chain", "nev");
        await page.WaitForSelectorAsync("#segment option[value='power-battery']", new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        await page.SelectOptionAsync("#segment", "power-battery");
        await page.SelectOptionAsync("#filter-size", "large");
        await page.ClickAsync("#query button[type=submit]");
        await page.WaitForSelectorAsync("#targets tbody tr");
        var first = await page.Locator("#targets tbody tr td:nth-child(2) a").AllInnerTextsAsync();
        Assert.Contains("segment=power-battery", page.Url);
        Assert.Contains("size=large", page.Url);

        await page.ReloadAsync();
        await page.WaitForSelectorAsync("#targets tbody tr");
        Assert.Equal("large", await page.Locator("#filter-size").InputValueAsync());
        Assert.Equal(first, await page.Locator("#targets tbody tr td:nth-child(2) a").AllInnerTextsAsync());

        await page.GoBackAsync();
        await page.WaitForFunctionAsync("() => !location.search.includes('segment=')");
        await page.Locator("#targets").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached, Timeout = 5000 });
    }

    // Regression (issue 14, finding 5): back from a search result left 企业画像.
    [Fact]
    public async Task Enterprise_SearchThenProfileThenBack_ReturnsToTheResults()
    {
        var page = await Browser.NewPageAsync(App.BaseAddress);
        await page.GotoAsync("/enterprise.html");
        await page.FillAsync("#q", "中车");
        await page.ClickAsync("#search button");
        await page.WaitForSelectorAsync("#search-results tbody tr");
        Assert.Contains("q=", page.Url);

        await page.Locator("#search-results tbody tr a").First.ClickAsync();
        await page.WaitForSelectorAsync("#enterprise-name");
        Assert.Contains("id=", page.Url);

        await page.GoBackAsync();
        await page.WaitForSelectorAsync("#search-results tbody tr");
        Assert.Contains("/enterprise.html?q=", page.Url);
        Assert.Equal("中车", await page.Locator("#q").InputValueAsync());
    }

    // Regression (issue 14, finding 8): at 390 px the menu wrapped one character per line and pages scrolled sideways.
    [Theory]
    [InlineData("/")]
    [InlineData("/map.html?chain=nev&segment=power-battery")]
    [InlineData("/enterprise.html?id=300750.SZ")]
    [InlineData("/targets.html?chain=nev&segment=power-battery")]
    [InlineData("/events.html")]
    [InlineData("/search.html?q=%E7%94%B5%E6%B1%A0")]
    public async Task Phone_EveryPage_FitsTheScreenWithAMenuThatOpens(string path)
    {
        var page = await Browser.NewPageAsync(App.BaseAddress, BrowserFixture.Phone);
        await page.GotoAsync(path);
        await WaitForFrameAsync(page);
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        Assert.Equal(0, await SidewaysOverflowAsync(page));
        Assert.False(await page.Locator("nav.main").IsVisibleAsync());
        await page.ClickAsync(".menu-toggle");
        Assert.True(await page.Locator("nav.main").IsVisibleAsync());
        // Each menu entry on one line: its text has a single line box.
        var lines = await page.EvaluateAsync<int[]>("""
            () => [...document.querySelectorAll('nav.main a')].map(a => { const r = document.createRange(); r.selectNodeContents(a); return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; })
            """);
        Assert.All(lines, l => Assert.Equal(1, l));
        Assert.Equal(0, await SidewaysOverflowAsync(page));
        var name = path == "/" ? "overview" : path.TrimStart('/').Split('.', '?')[0];
        await ScreenshotAsync(page, App, "08-phone-" + name);
    }

    [Fact]
    public async Task Phone_TargetTable_ScrollsInPlace()
    {
        var page = await Browser.NewPageAsync(App.BaseAddress, BrowserFixture.Phone);
        await page.GotoAsync("/targets.html?chain=nev&segment=power-battery&top=5");
        await page.WaitForSelectorAsync("#targets tbody tr");

        Assert.True(await page.EvaluateAsync<bool>("() => { const t = document.getElementById('targets'); return t.scrollWidth > t.clientWidth && getComputedStyle(t).overflowX === 'auto'; }"));
        Assert.Equal(0, await SidewaysOverflowAsync(page));
    }
}

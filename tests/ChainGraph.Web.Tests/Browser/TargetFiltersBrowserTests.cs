using ChainGraph.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ChainGraph.Web.Tests.Browser;

/// <summary>The target list's scope filters and notes in a real browser, at 1366×768 and on a 390 px phone.</summary>
[Collection(WebAppCollection.Name)]
public sealed class TargetFiltersBrowserTests(WebAppFixture app, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Targets_ExcludeRisk_HidesFlaggedRowsAndNotesSayWhereTheListComesFrom()
    {
        var page = await browser.NewPageAsync(app.BaseAddress);
        await BrowserPages.SignInAsync(page, "/targets.html?chain=nev&segment=power-battery");
        await page.WaitForSelectorAsync("#targets tbody tr");
        Assert.Contains("候选范围", await page.InnerTextAsync("#pool-notes"));
        var flagged = await page.Locator("#targets .badge.risk").CountAsync();
        Assert.True(flagged > 0, "the power-battery pool holds ST/*ST makers, shown flagged by default");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(app.OutputFolder, "04-targets-notes-1366.png"), FullPage = false });

        await page.CheckAsync("#exclude-risk");
        await page.ClickAsync("#query button[type=submit]");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#targets .badge.risk').length === 0 && document.querySelectorAll('#targets tbody tr').length > 0");
        Assert.Contains("风险警示企业", await page.InnerTextAsync("#pool-notes"));

        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(app.OutputFolder, "04-targets-filters-390.png"), FullPage = true });
        var overflow = await page.EvaluateAsync<bool>("() => document.querySelector('#scope').getBoundingClientRect().right > window.innerWidth + 1");
        Assert.False(overflow, "the scope checkboxes wrap inside a 390 px screen");
    }
}

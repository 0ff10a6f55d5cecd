using ChainGraph.Web.Tests.Infrastructure;

namespace ChainGraph.Web.Tests.Browser;

/// <summary>A browser test class: the shared app, a Chromium per class, console errors logged to test-output/browser-console.log.</summary>
public abstract class BrowserTest : IClassFixture<BrowserFixture>
{
    protected BrowserTest(WebAppFixture app, BrowserFixture browser)
    {
        App = app;
        Browser = browser;
        browser.LogPath = Path.Combine(app.OutputFolder, "browser-console.log");
    }

    protected WebAppFixture App { get; }

    protected BrowserFixture Browser { get; }
}

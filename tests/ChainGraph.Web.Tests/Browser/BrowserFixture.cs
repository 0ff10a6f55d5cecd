using Microsoft.Playwright;

namespace ChainGraph.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (its own browser download cannot work on our machines), launched
/// once per test class with the flags that keep it off the closed network.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install the Debian package chromium (scripts/apt-test.txt; scripts/setup.sh test does it).");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync(Uri baseAddress)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "zh-CN",
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        // Browser console errors and uncaught exceptions go to the test log (test-output/browser-console.log).
        page.Console += (_, message) => Log($"{message.Type}: {message.Text} ({page.Url})");
        page.PageError += (_, error) => Log($"pageerror: {error} ({page.Url})");
        return page;
    }

    public string? LogPath { get; set; }

    private void Log(string line)
    {
        if (LogPath is { } path)
        {
            lock (this)
            {
                File.AppendAllText(path, line + Environment.NewLine);
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

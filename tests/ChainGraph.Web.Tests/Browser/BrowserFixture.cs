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

    /// <summary>The desktop every chain lead's office has.</summary>
    public static readonly ViewportSize Desktop = new() { Width = 1366, Height = 768 };

    /// <summary>A phone (390 × 844 CSS pixels, as an iPhone 12–15).</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    public async Task<IPage> NewPageAsync(Uri baseAddress, ViewportSize? viewport = null)
    {
        var phone = viewport is { Width: < 700 };
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = viewport ?? Desktop,
            IsMobile = phone,
            HasTouch = phone,
            DeviceScaleFactor = phone ? 2 : 1,
            Locale = "zh-CN",
            TimezoneId = "Europe/London", // the pages must show 北京时间 whatever the browser's own zone
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

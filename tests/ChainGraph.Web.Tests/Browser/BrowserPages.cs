using ChainGraph.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ChainGraph.Web.Tests.Browser;

/// <summary>What the browser tests do on many pages: sign in, take screenshots, read what a person sees.</summary>
internal static class BrowserPages
{
    public static async Task SignInAsync(IPage page, string returnTo)
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

    /// <summary>A full-page screenshot in test-output/, named with the viewport width (e.g. 02-map-1366.png).</summary>
    public static async Task ScreenshotAsync(IPage page, WebAppFixture app, string name, bool fullPage = false) =>
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(app.OutputFolder, $"{name}-{page.ViewportSize?.Width}.png"),
            FullPage = fullPage,
        });

    /// <summary>How far the page scrolls sideways (0 when it fits the viewport; tables may scroll inside themselves).</summary>
    public static Task<int> SidewaysOverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    /// <summary>Waits until the freshness line (loaded last by common.js) has text: the frame is complete.</summary>
    public static Task WaitForFrameAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.getElementById('freshness')?.textContent.includes('数据截至')");

    /// <summary>
    /// Every piece of text a person sees on the page (text nodes with a box on screen, placeholders, button labels):
    /// what <see cref="VisibleTextRules"/> checks. Raw records behind a 出处 toggle are left out (the brief allows the data
    /// file and line there), and so are enterprise names inside links to their profiles (proper names may be English).
    /// </summary>
    public static async Task<IReadOnlyList<string>> VisibleTextAsync(IPage page) => await page.EvaluateAsync<string[]>("""
        () => {
          const texts = [];
          const skip = el => el.closest('.raw-record, script, style, title, a[href^="/enterprise.html"]');
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const node = walker.currentNode;
            const text = node.textContent.trim();
            if (!text || !node.parentElement || skip(node.parentElement)) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            const visible = [...range.getClientRects()].some(r => r.width > 0 && r.height > 0);
            if (visible && getComputedStyle(node.parentElement).visibility !== 'hidden') texts.push(text);
          }
          for (const el of document.querySelectorAll('input[placeholder], textarea[placeholder]')) {
            if (el.getClientRects().length) texts.push(el.placeholder);
          }
          return texts;
        }
        """);

    /// <summary>Opens every toggle (details) except the raw-record ones, so their text is checked too.</summary>
    public static Task OpenTogglesAsync(IPage page) =>
        page.EvaluateAsync("() => document.querySelectorAll('details:not(.raw-record)').forEach(d => d.open = true)");
}

using System.Net.Http.Json;
using System.Text.Json;
using ChainGraph.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static ChainGraph.Web.Tests.Browser.BrowserPages;

namespace ChainGraph.Web.Tests.Browser;

/// <summary>
/// The bar of issue 14: visits every page at 1366×768, opens every dialog, toggle, form and error a chain lead meets,
/// and fails on any English sentence or developer term (API path, CLI command, relation code, file name, internal key)
/// in the visible text (<see cref="VisibleTextRules"/>). Proper names, codes and PDF/CSV/Excel are fine.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class LanguageScanBrowserTests(WebAppFixture app, BrowserFixture browser) : BrowserTest(app, browser)
{
    private readonly List<string> _problems = [];
    private readonly List<string> _visited = [];

    [Fact]
    public async Task EveryPageAndDialog_Desktop_HasNoEnglishOrDeveloperTerms()
    {
        var page = await Browser.NewPageAsync(App.BaseAddress);
        page.Dialog += async (_, dialog) =>
        {
            _problems.AddRange(VisibleTextRules.Problems([dialog.Message]).Select(p => $"dialog: {p}"));
            await dialog.DismissAsync();
        };

        // Signed out first: the pages as anyone sees them, and what happens when a write needs sign-in.
        await ScanAsync(page, "/", ".card >> nth=5");
        await ScanAsync(page, "/targets.html?chain=nev&segment=power-battery&top=10", "#targets tbody tr");
        await page.ClickAsync("#save-list");
        await page.WaitForSelectorAsync("#result .error");
        await CheckAsync(page, "targets: save while signed out");
        await ScanAsync(page, "/login.html", "#login");
        await page.FillAsync("#userName", WebAppFixture.UserName);
        await page.FillAsync("#password", "wrong-password");
        await page.ClickAsync("#login button");
        await page.WaitForSelectorAsync("#message .error");
        await CheckAsync(page, "login: wrong password");
        await ScanAsync(page, "/no-such-page.html", "main .message-page");

        await SignInAsync(page, "/");
        // Briefings are internal material: a missing one is answered once signed in.
        await ScanAsync(page, "/events/987654/briefing", "main .message-page");
        await ScanMapsAsync(page);
        await ScanEnterprisesAsync(page);
        await ScanTargetsAsync(page);
        await ScanEventsAsync(page);
        await ScanSearchAsync(page);
        await ScanAsync(page, "/distribution.html?chain=nev&segment=power-battery", "#regions tbody tr");
        await ScanAsync(page, "/compare.html?chain=nev&peers=" + Uri.EscapeDataString("合肥市,苏州市"), "#comparison tbody tr");
        await ScanAsync(page, "/changes.html?chain=nev", "#changes tbody tr");
        using (var client = await App.CreateSignedInClientAsync())
        {
            // A project to show: the list, its page and the dashboard with something in them.
            var created = await client.PostAsJsonAsync("/api/projects", new { enterpriseKey = "300750.SZ", ownerUnit = "华明高新区" });
            created.EnsureSuccessStatusCode();
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("view").GetProperty("project").GetProperty("id").GetInt64();
            await ScanAsync(page, "/projects.html", "#project-table");
            await ScanAsync(page, "/project.html?id=" + id, "#update");
        }

        await ScanAsync(page, "/dashboard.html", "#funnel");
        await ScanAsync(page, "/users.html", "#users table");

        Assert.True(_problems.Count == 0, $"{_problems.Count} problems on {_visited.Count} views:\n" + string.Join("\n", _problems.Distinct()));
        Assert.True(_visited.Count >= 25, $"only {_visited.Count} views were scanned");
    }

    private async Task ScanMapsAsync(IPage page)
    {
        foreach (var chain in new[] { "nev", "power", "rail", "aerospace", "materials", "biomed" })
        {
            await ScanAsync(page, "/map.html?chain=" + chain, ".chain-svg .node");
        }

        // A missing-and-urgent segment, a weak one, a strong one, one with nobody anywhere: every kind of verdict.
        foreach (var (chain, segment) in new[] { ("nev", "power-battery"), ("aerospace", "composite-structures"), ("aerospace", "rockets") })
        {
            await ScanAsync(page, $"/map.html?chain={chain}&segment={segment}", "#segment-title");
        }

        var strong = await page.EvaluateAsync<string?>("async () => (await (await fetch('/api/chains/biomed/map')).json()).segments.find(s => s.status === 'Strong')?.id");
        if (strong is not null)
        {
            await ScanAsync(page, $"/map.html?chain=biomed&segment={strong}", "#segment-title");
        }

        // The correction form, its search and its error when no enterprise is chosen.
        await page.EvaluateAsync("() => document.querySelector('.override').open = true");
        await page.ClickAsync(".override form button[type=submit]");
        await page.WaitForSelectorAsync(".override .error");
        await page.FillAsync(".override .picker-input", "宁德");
        await page.ClickAsync(".override .picker button:has-text('在图谱中查找')");
        await page.WaitForSelectorAsync(".override .picker-results button");
        await CheckAsync(page, "map: correction form");
    }

    private async Task ScanEnterprisesAsync(IPage page)
    {
        await ScanAsync(page, "/enterprise.html?id=300750.SZ", "#graph-legend .item");
        await ScanAsync(page, "/enterprise.html?q=" + Uri.EscapeDataString("中车"), "#search-results tbody tr");
        await ScanAsync(page, "/enterprise.html?q=" + Uri.EscapeDataString("宁德时带"), "#search-results tbody tr");
        await ScanAsync(page, "/enterprise.html?id=" + Uri.EscapeDataString("完全不存在的某某公司"), "#profile .error");
        // An anchor created from the plan (its note, its plan source) and an enterprise known only from news (patents, BASED_ON_PATENT).
        await ScanAsync(page, "/enterprise.html?id=" + Uri.EscapeDataString("国网天津市电力公司"), "#enterprise-name");
        var newsOnly = await FirstKeyAsync(page, "/api/search?limit=1&q=" + Uri.EscapeDataString("华为"));
        await ScanAsync(page, "/enterprise.html?id=" + Uri.EscapeDataString(newsOnly), "#graph-legend .item");
        var patentUser = await page.EvaluateAsync<string?>("""
            async () => {
              for (const q of ['比亚迪', '宁德时代', '华为', '小米', '蔚来']) {
                const hits = (await (await fetch('/api/search?limit=5&q=' + encodeURIComponent(q))).json()).enterprises;
                for (const h of hits) {
                  const p = await (await fetch('/api/enterprises/' + encodeURIComponent(h.key))).json();
                  if (p.relationships?.some(l => l.type === 'BASED_ON_PATENT')) return h.key;
                }
              }
              return null;
            }
            """);
        if (patentUser is not null)
        {
            await ScanAsync(page, "/enterprise.html?id=" + Uri.EscapeDataString(patentUser), "#graph-legend .item");
        }
    }

    private async Task ScanTargetsAsync(IPage page)
    {
        await ScanAsync(page, "/targets.html?chain=nev&segment=power-battery&top=20", "#targets tbody tr");
        await page.FillAsync("#list-name", "语言检查名单");
        await page.ClickAsync("#save-list");
        await page.WaitForSelectorAsync("#saved-lists tbody tr");
        await CheckAsync(page, "targets: saved list");
        await page.Locator("#saved-lists button.link").First.ClickAsync(); // the delete confirmation (dismissed)
        await ScanAsync(page, "/targets.html?mode=anchor&anchor=" + Uri.EscapeDataString("中车") + "&direction=upstream", "#result .error");
        await ScanAsync(page, "/targets.html?mode=anchor&anchor=" + Uri.EscapeDataString("平高电气") + "&direction=downstream", "#result .panel, #result .error");
        await ScanAsync(page, "/targets.html?chain=nev&segment=power-battery&size=small&region=" + Uri.EscapeDataString("西藏"), "#no-rows, #targets");
        await ScanAsync(page, "/targets.html?chain=aerospace&segment=rockets", "#result .panel, #result .error");
    }

    private async Task ScanEventsAsync(IPage page)
    {
        await ScanAsync(page, "/events.html", "#create");
        await page.FillAsync("#name", "语言检查对接会");
        await page.FillAsync("#date", "2026-12-08");
        await page.FillAsync("#attendees", "宁德时代\n宁德时带\n完全不存在的某某公司\n国网天津");
        await page.ClickAsync("#create button[type=submit]");
        await page.WaitForSelectorAsync("#attendee-table tbody tr >> nth=3");
        await page.Locator("#attendee-table tr.unresolved button.find-in-graph").First.ClickAsync();
        await page.Locator("#attendee-table .picker button:has-text('在图谱中查找')").First.ClickAsync();
        await page.WaitForSelectorAsync("#attendee-table .picker-results > *");
        await page.ClickAsync("#edit-event");
        await CheckAsync(page, "events: event with picker and edit form");
        await page.FillAsync("#edit-form input[name=date]", "");
        await page.EvaluateAsync("() => document.querySelector('#edit-form input[name=date]').removeAttribute('required')");
        await page.ClickAsync("#edit-form button[type=submit]");
        await page.WaitForSelectorAsync("#event-message .error");
        await CheckAsync(page, "events: invalid edit");
        await page.ClickAsync("#delete-event"); // the confirmation (dismissed)
        await page.FillAsync("#attendees", "");
        await page.ClickAsync("#create button[type=submit]");
        await page.WaitForSelectorAsync("#create-result .error");
        await CheckAsync(page, "events: no attendees");
        var briefing = await page.Locator("#open-briefing").GetAttributeAsync("href");
        await ScanAsync(page, briefing!, "section.attendee");
    }

    private async Task ScanSearchAsync(IPage page)
    {
        await ScanAsync(page, "/search.html?q=" + Uri.EscapeDataString("动力电池"), "#segment-hits");
        await ScanAsync(page, "/search.html?q=" + Uri.EscapeDataString("宁德时带"), "#enterprise-hits");
        await page.FillAsync("#site-search", "宁德");
        await page.WaitForSelectorAsync("#site-search-results .hit");
        await CheckAsync(page, "header search dropdown");
    }

    private async Task ScanAsync(IPage page, string path, string ready)
    {
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync(ready);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await CheckAsync(page, path);
    }

    private async Task CheckAsync(IPage page, string view)
    {
        await OpenTogglesAsync(page);
        var texts = await VisibleTextAsync(page);
        _problems.AddRange(VisibleTextRules.Problems(texts).Select(p => $"{view}: {p}"));
        _problems.AddRange((await page.TitleAsync()) is var title && VisibleTextRules.Problems([title]).Count > 0 ? [$"{view}: title {title}"] : []);
        // A native file input draws its button and 'no file' text in the browser's language, out of reach of the text scan.
        var pickers = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('input[type=file]')].filter(el => el.getClientRects().length && getComputedStyle(el).opacity !== '0').length");
        if (pickers > 0)
        {
            _problems.Add($"{view}: {pickers} file picker(s) drawn by the browser, not in Chinese");
        }
        _visited.Add(view);
    }

    private static async Task<string> FirstKeyAsync(IPage page, string url) =>
        (await page.EvaluateAsync<JsonElement>($"async () => (await (await fetch('{url}')).json()).enterprises[0]")).GetProperty("key").GetString()!;
}

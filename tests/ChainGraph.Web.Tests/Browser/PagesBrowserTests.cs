using ChainGraph.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static ChainGraph.Web.Tests.Browser.BrowserPages;

namespace ChainGraph.Web.Tests.Browser;

/// <summary>The pages in a real browser against the app on a loopback port; screenshots go to test-output/.</summary>
[Collection(WebAppCollection.Name)]
public sealed class PagesBrowserTests(WebAppFixture app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Fact]
    public async Task Overview_Opened_ShowsSixChainCardsAndTheDataFreshness()
    {
        var page = await Browser.NewPageAsync(App.BaseAddress);
        await page.GotoAsync("/");
        await page.WaitForSelectorAsync(".card >> nth=5");
        await WaitForFrameAsync(page);

        Assert.Equal(6, await page.Locator(".card").CountAsync());
        Assert.Contains("新一代汽车技术", await page.Locator(".card h2").First.InnerTextAsync());
        Assert.Contains("其中急需", await page.Locator(".card").First.InnerTextAsync());
        var freshness = await page.Locator("#freshness").InnerTextAsync();
        Assert.Contains("数据截至 2025年7月21日", freshness);
        Assert.Contains("北京时间", freshness);
        await ScreenshotAsync(page, App, "01-overview");
    }

    [Fact]
    public async Task Enterprise_NameWithScriptTag_IsShownAsTextAndNotRun()
    {
        var page = await Browser.NewPageAsync(App.BaseAddress);
        await page.GotoAsync("/enterprise.html?id=" + WebAppFixture.HostileKey);
        await page.WaitForSelectorAsync("#enterprise-name");

        Assert.Contains("<script>window.__xss=1</script>", await page.Locator("#enterprise-name").InnerTextAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"));
    }

    [Fact]
    public async Task Enterprise_Profile_HasAGraphWithALegendAndReadableSources()
    {
        var page = await Browser.NewPageAsync(App.BaseAddress);
        await page.GotoAsync("/enterprise.html?id=300750.SZ");
        await page.WaitForSelectorAsync("#graph-legend .item");

        var legend = await page.Locator("#graph-legend").InnerTextAsync();
        Assert.Contains("企业", legend);
        Assert.Contains("本企业", legend);
        var text = await page.Locator("#profile").InnerTextAsync();
        Assert.Contains("A股上市公司主营构成（年报）", text);
        Assert.DoesNotContain("company_product.jsonl", text); // the file and line only behind the 出处 toggle
        await page.Locator("#profile .raw-record summary").First.ClickAsync();
        Assert.Contains("数据文件", await page.Locator("#profile .raw-record[open]").First.InnerTextAsync());
        await ScreenshotAsync(page, App, "03-enterprise");
    }

    [Fact]
    public async Task Events_SignInCreateEventAndOpenBriefing_ShowsAttendeesAndTalkingPoints()
    {
        var page = await Browser.NewPageAsync(App.BaseAddress);
        await SignInAsync(page, "/events.html");
        await page.WaitForSelectorAsync("#chain option", new() { State = WaitForSelectorState.Attached });
        await page.FillAsync("#name", "2026新能源汽车产业链对接会");
        await page.FillAsync("#date", "2026-12-08");
        await page.SelectOptionAsync("#chain", "nev");
        await page.FillAsync("#attendees", $"宁德时代\n先导智能\n先导智\n{WebAppFixture.HostileName}");
        await page.ClickAsync("#create button[type=submit]");
        await page.WaitForSelectorAsync("#attendee-table tbody tr >> nth=3");

        Assert.Matches(@"id=\d+", page.Url); // the open event is in the URL
        Assert.Equal(1, await page.Locator("#attendee-table tr.unresolved").CountAsync());
        await page.Locator("#attendee-table tr.unresolved button.suggestion").First.ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#attendee-table tr.unresolved').length === 0");
        await ScreenshotAsync(page, App, "05-events");

        await page.ClickAsync("#open-briefing");
        await page.WaitForSelectorAsync("section.attendee");
        var text = await page.InnerTextAsync("body");
        Assert.Contains("洽谈要点", text);
        Assert.Contains("北京时间", text);
        Assert.Contains("<script>window.__xss=1</script>", text);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"));
        await ScreenshotAsync(page, App, "05-briefing");
    }

    // The browser's own file button read "Choose File / No file chosen"; the page's button is Chinese and still uploads.
    [Fact]
    public async Task Events_UploadThroughTheChineseFileButton_CreatesTheEventFromTheFile()
    {
        var file = Path.Combine(App.OutputFolder, "参会名单.csv");
        await File.WriteAllTextAsync(file, "企业名称\n宁德时代\n先导智能\n");
        var page = await Browser.NewPageAsync(App.BaseAddress);
        await SignInAsync(page, "/events.html");
        await page.WaitForSelectorAsync("#chain option", new() { State = WaitForSelectorState.Attached });
        Assert.Equal("选择文件 未选择文件", string.Join(" ", await page.Locator(".file-pick span").AllInnerTextsAsync()));

        await page.FillAsync("#name", "上传名单的对接会");
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.ClickAsync(".file-pick .button-like"));
        await chooser.SetFilesAsync(file);
        Assert.Equal("参会名单.csv", await page.InnerTextAsync("#file-name"));
        await page.Locator(".file-pick").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, App, "05-events-upload");
        await page.ClickAsync("#create button[type=submit]");
        await page.WaitForSelectorAsync("#attendee-table tbody tr >> nth=1");

        Assert.Contains("2 家参会企业", await page.InnerTextAsync("#create-result"));
    }

    // Regression (issue 14, finding 6): events were write-once, and the typo 宁德时带 got no suggestion.
    [Fact]
    public async Task Events_EditAddSearchByHandRemoveAndDelete_AllFromThePage()
    {
        var page = await Browser.NewPageAsync(App.BaseAddress);
        await SignInAsync(page, "/events.html");
        await page.WaitForSelectorAsync("#chain option", new() { State = WaitForSelectorState.Attached });
        await page.FillAsync("#name", "待修改的对接会");
        await page.FillAsync("#attendees", "先导智能\n国轩高科");
        await page.ClickAsync("#create button[type=submit]");
        await page.WaitForSelectorAsync("#attendee-table tbody tr >> nth=1");

        await page.ClickAsync("#edit-event");
        await page.FillAsync("#edit-form input[name=name]", "改名后的对接会");
        await page.FillAsync("#edit-form input[name=date]", "2027-03-15");
        await page.ClickAsync("#edit-form button[type=submit]");
        await page.WaitForFunctionAsync("() => document.getElementById('event-title')?.textContent.includes('改名后的对接会 · 2027-03-15')");

        await page.FillAsync("#add-attendees", "宁德时带");
        await page.ClickAsync(".add-attendees button[type=submit]");
        var typo = page.Locator("#attendee-table tr.unresolved");
        await typo.WaitForAsync();
        Assert.Equal("宁德时代", await typo.Locator("button.suggestion").First.InnerTextAsync());
        await typo.Locator("button.find-in-graph").ClickAsync();
        await typo.Locator(".picker button:has-text('在图谱中查找')").ClickAsync();
        await typo.Locator(".picker-results button.suggestion").First.WaitForAsync();
        await ScreenshotAsync(page, App, "05-events-search-by-hand");
        await typo.Locator(".picker-results button.suggestion").First.ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#attendee-table tr.unresolved').length === 0");
        Assert.Contains("人工确认", await page.Locator("#attendee-table tbody tr >> nth=2").InnerTextAsync());

        page.Dialog += async (_, dialog) =>
        {
            Assert.DoesNotMatch("[A-Za-z]{3,}", dialog.Message);
            await dialog.AcceptAsync();
        };
        await page.Locator("#attendee-table tbody tr >> nth=0").Locator("button.remove-attendee").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#attendee-table tbody tr').length === 2");
        Assert.DoesNotContain("先导智能", await page.Locator("#attendee-table").InnerTextAsync());

        await page.ClickAsync("#delete-event");
        await page.WaitForFunctionAsync("() => !document.getElementById('event-panel') && !location.search.includes('id=')");
        Assert.DoesNotContain("改名后的对接会", await page.Locator("#events").InnerTextAsync());
    }

    [Fact]
    public async Task Targets_BuildSaveAndExportAList_XlsxHasTheRowsShownAndTimesAreBeijingTime()
    {
        var page = await Browser.NewPageAsync(App.BaseAddress);
        await SignInAsync(page, "/targets.html?chain=nev&segment=power-battery");
        await page.WaitForSelectorAsync("#targets tbody tr");
        var shown = await page.Locator("#targets tbody tr td:nth-child(2) a").AllInnerTextsAsync();
        Assert.NotEmpty(shown);
        await ScreenshotAsync(page, App, "04-targets");

        await page.FillAsync("#list-name", "动力电池补链目标（浏览器测试）");
        var before = BeijingMinute();
        await page.ClickAsync("#save-list");
        await page.WaitForSelectorAsync("#result .ok");
        await page.WaitForSelectorAsync("#saved-lists tbody tr");
        var after = BeijingMinute();
        // The browser runs in London time; the list says when it was saved in Beijing time, saying so.
        var savedAt = await page.Locator("#saved-lists tbody tr >> nth=0").Locator("td >> nth=3").InnerTextAsync();
        Assert.True(savedAt.Contains(before, StringComparison.Ordinal) || savedAt.Contains(after, StringComparison.Ordinal), $"{savedAt} is not {before} or {after}");
        Assert.Contains("北京时间", await page.Locator("#saved-lists thead").InnerTextAsync());

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-xlsx"));
        var file = Path.Combine(App.OutputFolder, "targets.xlsx");
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
        var page = await Browser.NewPageAsync(App.BaseAddress);
        await page.GotoAsync("/login.html?return=" + Uri.EscapeDataString(returnTo));
        await page.FillAsync("#userName", WebAppFixture.UserName);
        await page.FillAsync("#password", WebAppFixture.Password);
        var home = App.BaseAddress.GetLeftPart(UriPartial.Authority) + "/";
        var arrived = page.WaitForURLAsync(home);
        await page.ClickAsync("#login button");
        await arrived;

        Assert.Equal(home, page.Url);
    }

    private static string BeijingMinute() =>
        DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    // Regression (issue 14, finding 2): filters that can never match, and 规模 that sorted nothing.
    [Fact]
    public async Task Targets_Filters_OnlyThoseBackedByDataEachWithItsCount()
    {
        var page = await Browser.NewPageAsync(App.BaseAddress);
        await page.GotoAsync("/targets.html?chain=nev&segment=power-battery&top=30");
        await page.WaitForSelectorAsync("#targets tbody tr");

        var filters = await page.Locator("#filter-groups").InnerTextAsync();
        Assert.Matches(@"上市（[\d,]+ 家）", filters);
        foreach (var never in new[] { "专精特新", "高新技术", "500强", "央企", "独角兽" })
        {
            Assert.DoesNotContain(never, filters);
        }

        var sizes = await page.Locator("#filter-size option").AllInnerTextsAsync();
        Assert.All(sizes.Skip(1), s => Assert.Matches(@"（[\d,]+ 家）$", s));
        var shownSizes = await page.Locator("#targets tbody tr td:nth-child(4) .badge:not(.tag)").AllInnerTextsAsync();
        Assert.True(shownSizes.Distinct().Count() >= 2, "规模 must tell the listed firms apart: " + string.Join("、", shownSizes));
    }

    [Fact]
    public async Task Targets_SignedOutSave_SaysToSignInWithALink()
    {
        var page = await Browser.NewPageAsync(App.BaseAddress);
        await page.GotoAsync("/targets.html?chain=nev&segment=power-battery&top=5");
        await page.WaitForSelectorAsync("#targets tbody tr");
        await page.ClickAsync("#save-list");
        await page.WaitForSelectorAsync("#result .error a");

        Assert.Contains("需要先登录", await page.Locator("#result .error").InnerTextAsync());
        Assert.StartsWith("/login.html?return=", await page.Locator("#result .error a").GetAttributeAsync("href"));
    }

    // Regression (issue 14, finding 9): no search box in the header.
    [Theory]
    [InlineData(1366)]
    [InlineData(390)]
    public async Task HeaderSearch_TypoAndSegment_FindsTheEnterpriseAndOpensTheSegment(int width)
    {
        var page = await Browser.NewPageAsync(App.BaseAddress, width < 700 ? BrowserFixture.Phone : BrowserFixture.Desktop);
        await page.GotoAsync("/");
        await page.FillAsync("#site-search", "宁德时带");
        await page.WaitForSelectorAsync("#site-search-results .hit");
        Assert.Contains("宁德时代", await page.Locator("#site-search-results").InnerTextAsync());
        await ScreenshotAsync(page, App, "06-header-search");

        await page.FillAsync("#site-search", "动力电池");
        var segmentHit = page.Locator("#site-search-results a.hit[href*='segment=power-battery']");
        await segmentHit.WaitForAsync();
        await segmentHit.ClickAsync();
        await page.WaitForSelectorAsync("#segment-title");
        Assert.StartsWith("动力电池", await page.Locator("#segment-title").InnerTextAsync());
    }

    [Fact]
    public async Task UnknownPageAndMissingBriefing_ShowChinesePagesWithTheMenu()
    {
        var page = await Browser.NewPageAsync(App.BaseAddress);
        var response = await page.GotoAsync("/no-such-page.html");
        Assert.Equal(404, response!.Status);
        await page.WaitForSelectorAsync("nav.main a");
        Assert.Contains("没有找到这个页面", await page.InnerTextAsync("main"));

        // Briefings are internal material: signed in, a missing one gets the same kind of page.
        await SignInAsync(page, "/");
        response = await page.GotoAsync("/events/987654/briefing");
        Assert.Equal(404, response!.Status);
        Assert.Contains("没有找到这份简报", await page.InnerTextAsync("main"));
        await ScreenshotAsync(page, App, "07-missing-briefing");
    }
}

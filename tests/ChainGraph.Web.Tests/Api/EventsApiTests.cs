using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChainGraph.Core.Exports;
using ChainGraph.Web.Exports;
using ChainGraph.Web.Tests.Infrastructure;

namespace ChainGraph.Web.Tests.Api;

[Collection(WebAppCollection.Name)]
public sealed class EventsApiTests(WebAppFixture app)
{
    [Fact]
    public async Task CreateEvent_PastedNames_ResolvesExactNamesAndSuggestsNearMatches()
    {
        using var client = await app.CreateSignedInClientAsync();
        var response = await client.PostAsJsonAsync("/api/events", new
        {
            name = "新能源汽车产业链对接会",
            date = "2026-12-08",
            chain = "新一代汽车技术",
            attendees = "先导智能\n300750.SZ\n无锡先导智能装备股份有限公司\n先导智\n完全不存在的某某公司\n\n",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("nev", created.GetProperty("chain").GetString());
        var attendees = created.GetProperty("attendees").EnumerateArray().ToArray();
        Assert.Equal(5, attendees.Length);
        Assert.Equal("300450.SZ", attendees[0].GetProperty("enterpriseKey").GetString());
        Assert.Equal("300750.SZ", attendees[1].GetProperty("enterpriseKey").GetString());
        Assert.Equal("300450.SZ", attendees[2].GetProperty("enterpriseKey").GetString());
        Assert.Equal(JsonValueKind.Null, attendees[3].GetProperty("enterpriseKey").ValueKind);
        Assert.Contains(attendees[3].GetProperty("suggestions").EnumerateArray(), s => s.GetProperty("key").GetString() == "300450.SZ");
        Assert.Equal(JsonValueKind.Null, attendees[4].GetProperty("enterpriseKey").ValueKind);
    }

    [Fact]
    public async Task CreateEvent_AnchorKnownUnderADuplicateName_ResolvesToTheAnchorItself()
    {
        using var client = await app.CreateSignedInClientAsync();
        var created = await CreateAsync(client, "中汽中心");

        // ICKG has its own node named 中汽中心; the anchor list marks it sameAs the registered company.
        var attendee = created.GetProperty("attendees")[0];
        Assert.Equal("name:中国汽车技术研究中心", attendee.GetProperty("enterpriseKey").GetString());
        Assert.Equal("中国汽车技术研究中心有限公司", attendee.GetProperty("enterpriseName").GetString());
    }

    [Fact]
    public async Task ResolveAttendee_PickASuggestion_StoresItAsManual()
    {
        using var client = await app.CreateSignedInClientAsync();
        var created = await CreateAsync(client, "先导智");
        var id = created.GetProperty("id").GetInt64();

        var response = await client.PutAsJsonAsync($"/api/events/{id}/attendees/1", new { enterpriseKey = "300450.SZ" });

        response.EnsureSuccessStatusCode();
        var attendee = (await client.GetFromJsonAsync<JsonElement>($"/api/events/{id}")).GetProperty("attendees")[0];
        Assert.Equal("300450.SZ", attendee.GetProperty("enterpriseKey").GetString());
        Assert.Equal("Manual", attendee.GetProperty("matchKind").GetString());
        Assert.Equal("先导智能", attendee.GetProperty("enterpriseName").GetString());
    }

    [Theory]
    [InlineData("", "2026-12-08", "nev", "先导智能", "name")]
    [InlineData("会", "08/12/2026", "nev", "先导智能", "date")]
    [InlineData("会", "2026-12-08", "no-such-chain", "先导智能", "chain")]
    [InlineData("会", "2026-12-08", "nev", "  \n \n", "attendees")]
    public async Task CreateEvent_InvalidField_Returns400NamingIt(string name, string date, string chain, string attendees, string field)
    {
        using var client = await app.CreateSignedInClientAsync();
        var response = await client.PostAsJsonAsync("/api/events", new { name, date, chain, attendees });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"expected an error for '{field}', got {errors}");
    }

    [Fact]
    public async Task UploadEvent_GbkCsvWithHeader_ReadsTheNameColumn()
    {
        using var client = await app.CreateSignedInClientAsync();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var csv = System.Text.Encoding.GetEncoding("GB18030").GetBytes("序号,企业名称,联系人\r\n1,先导智能,张三\r\n2,宁德时代,李四\r\n");

        var created = await UploadAsync(client, "attendees.csv", csv);

        var keys = created.GetProperty("attendees").EnumerateArray().Select(a => a.GetProperty("enterpriseKey").GetString()!).ToArray();
        Assert.Equal(["300450.SZ", "300750.SZ"], keys);
    }

    [Fact]
    public async Task UploadEvent_Xlsx_ReadsTheFirstSheet()
    {
        using var client = await app.CreateSignedInClientAsync();
        var xlsx = XlsxExport.Write("参会", ["企业名称", "代码"], [20, 12], [["先导智能", "300450.SZ"], ["某个名字不对的企业", "300750.SZ"]]);

        var created = await UploadAsync(client, "attendees.xlsx", xlsx);

        var keys = created.GetProperty("attendees").EnumerateArray().Select(a => a.GetProperty("enterpriseKey").GetString()!).ToArray();
        Assert.Equal(["300450.SZ", "300750.SZ"], keys);
    }

    [Fact]
    public async Task UploadEvent_NotASpreadsheet_Returns400NamingTheFile()
    {
        using var client = await app.CreateSignedInClientAsync();
        using var form = Form("attendees.xlsx", Encoding.UTF8.GetBytes("this is not a zip"));
        var response = await client.PostAsync("/api/events/upload", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("file", out _));
    }

    [Fact]
    public async Task Briefing_ResolvedAttendees_ShowChainPositionPartnersAndTalkingPoints()
    {
        using var client = await app.CreateSignedInClientAsync();
        var created = await CreateAsync(client, "先导智能\n300750.SZ\n找不到的企业甲");
        var briefing = await client.GetFromJsonAsync<JsonElement>($"/api/events/{created.GetProperty("id").GetInt64()}/briefing");

        Assert.Equal("新一代汽车技术", briefing.GetProperty("chainName").GetString());
        var attendees = briefing.GetProperty("attendees").EnumerateArray().ToArray();
        Assert.Equal(2, attendees.Length);
        Assert.All(attendees, a => Assert.NotEmpty(a.GetProperty("talkingPoints").EnumerateArray()));
        Assert.Contains(attendees, a => a.GetProperty("segments").GetArrayLength() > 0);
        Assert.Equal(["找不到的企业甲"], briefing.GetProperty("unresolved").EnumerateArray().Select(u => u.GetString()!).ToArray());
    }

    [Fact]
    public async Task BriefingPage_AttendeeNameWithMarkup_IsEscaped()
    {
        using var client = await app.CreateSignedInClientAsync();
        var created = await CreateAsync(client, WebAppFixture.HostileName + "\n先导智能");
        Assert.Equal(WebAppFixture.HostileKey, created.GetProperty("attendees")[0].GetProperty("enterpriseKey").GetString());

        var html = await client.GetStringAsync($"/events/{created.GetProperty("id").GetInt64()}/briefing");

        Assert.Contains("测试&lt;script&gt;window.__xss=1&lt;/script&gt;公司", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>window.__xss", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BriefingPdf_ChromiumInstalled_ReturnsAPdf()
    {
        using var client = await app.CreateSignedInClientAsync();
        var created = await CreateAsync(client, "先导智能\n300750.SZ");
        var response = await client.GetAsync($"/api/events/{created.GetProperty("id").GetInt64()}/briefing.pdf");

        if (!File.Exists("/usr/bin/chromium"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        await File.WriteAllBytesAsync(Path.Combine(app.OutputFolder, "briefing.pdf"), pdf);
    }

    // Regression (issue 14, finding 6): events were write-once.
    [Fact]
    public async Task UpdateEvent_NewNameDateAndChain_AreStored()
    {
        using var client = await app.CreateSignedInClientAsync();
        var id = (await CreateAsync(client, "先导智能")).GetProperty("id").GetInt64();

        var response = await client.PutAsJsonAsync($"/api/events/{id}", new { name = "改期后的对接会", date = "2027-01-15", chain = "电力装备" });

        response.EnsureSuccessStatusCode();
        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/events/{id}");
        Assert.Equal(("改期后的对接会", "2027-01-15", "power"), (stored.GetProperty("name").GetString(), stored.GetProperty("date").GetString(), stored.GetProperty("chain").GetString()));
        Assert.Equal(1, stored.GetProperty("attendees").GetArrayLength());
    }

    [Fact]
    public async Task UpdateEvent_BadDate_Returns400InChinese()
    {
        using var client = await app.CreateSignedInClientAsync();
        var id = (await CreateAsync(client, "先导智能")).GetProperty("id").GetInt64();

        var response = await client.PutAsJsonAsync($"/api/events/{id}", new { name = "会", date = "下周二", chain = "nev" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("date")[0].GetString();
        Assert.Contains("年-月-日", message);
    }

    [Fact]
    public async Task DeleteEvent_Existing_RemovesItAndItsAttendees()
    {
        using var client = await app.CreateSignedInClientAsync();
        var id = (await CreateAsync(client, "先导智能")).GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/events/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/events/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/events/{id}")).StatusCode);
    }

    [Fact]
    public async Task AddAndRemoveAttendees_KeepTheOthersPositions()
    {
        using var client = await app.CreateSignedInClientAsync();
        var id = (await CreateAsync(client, "先导智能\n国轩高科")).GetProperty("id").GetInt64();

        var added = await (await client.PostAsJsonAsync($"/api/events/{id}/attendees", new { attendees = "宁德时代\n宁德时带" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([1, 2, 3, 4], added.GetProperty("attendees").EnumerateArray().Select(a => a.GetProperty("position").GetInt32()));
        // The typo is not matched, but the enterprise is the first suggestion.
        var typo = added.GetProperty("attendees")[3];
        Assert.Equal(JsonValueKind.Null, typo.GetProperty("enterpriseKey").ValueKind);
        Assert.Equal("300750.SZ", typo.GetProperty("suggestions")[0].GetProperty("key").GetString());

        var removed = await (await client.DeleteAsync($"/api/events/{id}/attendees/2")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([1, 3, 4], removed.GetProperty("attendees").EnumerateArray().Select(a => a.GetProperty("position").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/events/{id}/attendees/2")).StatusCode);
    }

    [Fact]
    public async Task EditEvent_SignedOut_Returns401SayingToSignIn()
    {
        using var signedIn = await app.CreateSignedInClientAsync();
        var id = (await CreateAsync(signedIn, "先导智能")).GetProperty("id").GetInt64();
        using var client = app.CreateClient();

        var response = await client.DeleteAsync($"/api/events/{id}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("登录", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    private static async Task<JsonElement> CreateAsync(HttpClient client, string attendees)
    {
        var response = await client.PostAsJsonAsync("/api/events", new { name = "测试对接会", date = "2026-12-08", chain = "nev", attendees });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> UploadAsync(HttpClient client, string fileName, byte[] content)
    {
        using var form = Form(fileName, content);
        var response = await client.PostAsync("/api/events/upload", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static MultipartFormDataContent Form(string fileName, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent
        {
            { new StringContent("上传对接会"), "name" },
            { new StringContent("2026-12-09"), "date" },
            { new StringContent("nev"), "chain" },
            { file, "file", fileName },
        };
    }
}

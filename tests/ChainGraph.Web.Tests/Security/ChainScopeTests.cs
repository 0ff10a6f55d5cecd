using System.Net;
using System.Text.Json;
using ChainGraph.Accounts;
using ChainGraph.Web.Tests.Infrastructure;

namespace ChainGraph.Web.Tests.Security;

/// <summary>
/// Issue 13, failure 9: roles and chain scope are enforced by the API, not only hidden in the page. A 只读 account
/// writes nothing; a 链长/专班 account scoped to 新一代汽车技术 (nev) writes only there; only 管理员 manage accounts.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class ChainScopeTests(WebAppFixture app)
{
    private static object Event(string chain) => new { name = "范围测试", date = "2026-12-08", chain, attendees = "宁德时代\n中国中车" };

    [Fact]
    public async Task ReadOnly_EveryWrite_Refused403AndReadsAllowed()
    {
        var user = await TestAccounts.CreateAsync(app.Factory.Services, "viewer", AccountRole.ReadOnly);
        using var client = await app.CreateSignedInClientAsync(user, TestAccounts.Password);

        await AssertForbiddenAsync(await client.PostAsJsonAsync("/api/events", Event("nev")));
        await AssertForbiddenAsync(await client.PostAsync("/api/events/upload", CsrfTests.UploadForm("企业名称\n宁德时代\n"u8.ToArray(), "a.csv")));
        await AssertForbiddenAsync(await client.PostAsJsonAsync("/api/lists", new { name = "只读", query = new { chain = "nev", segment = "power-battery" } }));
        await AssertForbiddenAsync(await client.PostAsJsonAsync("/api/chains/nev/segments/power-battery/overrides", new { enterpriseKey = "300750.SZ", action = "pin" }));
        await AssertForbiddenAsync(await client.GetAsync("/api/users"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/lists")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/events")).StatusCode);
    }

    [Fact]
    public async Task LeadOfOneChain_WritesThere_RefusedElsewhere()
    {
        var user = await TestAccounts.CreateAsync(app.Factory.Services, "nev-lead", AccountRole.Lead, "nev");
        using var lead = await app.CreateSignedInClientAsync(user, TestAccounts.Password);
        using var admin = await app.CreateSignedInClientAsync();

        Assert.Equal(HttpStatusCode.Created, (await lead.PostAsJsonAsync("/api/events", Event("新一代汽车技术"))).StatusCode);
        await AssertForbiddenAsync(await lead.PostAsJsonAsync("/api/events", Event("rail")), "轨道交通装备");
        await AssertForbiddenAsync(await lead.PostAsync("/api/events/upload", CsrfTests.UploadForm("企业名称\n中国中车\n"u8.ToArray(), "a.csv", "rail")));

        // Someone else's event on another chain: its attendees cannot be changed either.
        var railEvent = await (await admin.PostAsJsonAsync("/api/events", Event("rail"))).Content.ReadFromJsonAsync<JsonElement>();
        await AssertForbiddenAsync(await lead.PutAsJsonAsync($"/api/events/{railEvent.GetProperty("id").GetInt64()}/attendees/1", new { enterpriseKey = "601766.SH" }));

        // Overrides: on its own chain the request gets as far as validation (400), elsewhere it is refused.
        Assert.Equal(HttpStatusCode.BadRequest, (await lead.PostAsJsonAsync("/api/chains/nev/segments/power-battery/overrides", new { enterpriseKey = "300750.SZ", action = "bogus" })).StatusCode);
        await AssertForbiddenAsync(await lead.PostAsJsonAsync("/api/chains/rail/segments/rail-vehicles/overrides", new { enterpriseKey = "601766.SH", action = "bogus" }));

        await AssertForbiddenAsync(await lead.GetAsync("/api/users"));
    }

    [Fact]
    public async Task LeadOfOneChain_Lists_SavesAndDeletesOnlyItsOwnChains()
    {
        var user = await TestAccounts.CreateAsync(app.Factory.Services, "list-lead", AccountRole.Lead, "nev");
        using var lead = await app.CreateSignedInClientAsync(user, TestAccounts.Password);
        using var admin = await app.CreateSignedInClientAsync();
        // The rail segment with most enterprises nationwide: it surely has targets to rank.
        var railSegment = (await admin.GetFromJsonAsync<JsonElement>("/api/chains/rail/map")).GetProperty("segments").EnumerateArray()
            .MaxBy(s => s.GetProperty("national").GetInt32()).GetProperty("id").GetString();

        var own = await lead.PostAsJsonAsync("/api/lists", new { name = "本链名单", query = new { chain = "nev", segment = "power-battery", top = 5 } });
        await AssertForbiddenAsync(await lead.PostAsJsonAsync("/api/lists", new { name = "他链名单", query = new { chain = "rail", segment = railSegment, top = 5 } }));
        var railList = await admin.PostAsJsonAsync("/api/lists", new { name = "管理员的轨交名单", query = new { chain = "rail", segment = railSegment, top = 5 } });

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal(HttpStatusCode.Created, railList.StatusCode);
        await AssertForbiddenAsync(await lead.DeleteAsync($"/api/lists/{(await railList.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64()}"));
        Assert.Equal(HttpStatusCode.NoContent, (await lead.DeleteAsync($"/api/lists/{(await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64()}")).StatusCode);
    }

    private static async Task AssertForbiddenAsync(HttpResponseMessage response, string? names = null)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (names is not null)
        {
            Assert.Contains(names, problem.GetProperty("detail").GetString());
        }
    }
}

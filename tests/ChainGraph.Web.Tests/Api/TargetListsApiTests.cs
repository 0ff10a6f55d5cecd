using System.Net;
using System.Text;
using System.Text.Json;
using ChainGraph.Web.Exports;
using ChainGraph.Web.Tests.Infrastructure;

namespace ChainGraph.Web.Tests.Api;

[Collection(WebAppCollection.Name)]
public sealed class TargetListsApiTests(WebAppFixture app)
{
    private const string SegmentQuery = "chain=" + "%E6%96%B0%E4%B8%80%E4%BB%A3%E6%B1%BD%E8%BD%A6%E6%8A%80%E6%9C%AF" + "&segment=power-battery";

    [Fact]
    public async Task Recommendations_SegmentForm_RanksNonLocalTargetsWithReasonsAndEvidence()
    {
        using var client = app.CreateClient();
        var result = await client.GetFromJsonAsync<JsonElement>($"/api/recommendations?{SegmentQuery}&top=10");

        var rows = result.GetProperty("rows").EnumerateArray().ToArray();
        Assert.InRange(rows.Length, 1, 10);
        Assert.Equal(Enumerable.Range(1, rows.Length), rows.Select(r => r.GetProperty("rank").GetInt32()));
        var scores = rows.Select(r => r.GetProperty("score").GetDouble()).ToArray();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(rows, r => Assert.NotEqual("天津市", r.GetProperty("province").GetString()));
        Assert.All(rows, r => Assert.NotEmpty(r.GetProperty("reasons").EnumerateArray()));
        Assert.Contains(rows, r => r.GetProperty("evidence").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("tags=%E4%B8%8A%E5%B8%82")]
    [InlineData("region=%E6%B1%9F%E8%8B%8F,%E5%B9%BF%E4%B8%9C")]
    [InlineData("size=large")]
    public async Task Recommendations_WithFilter_EveryRowMatchesIt(string filter)
    {
        using var client = app.CreateClient();
        var rows = (await client.GetFromJsonAsync<JsonElement>($"/api/recommendations?{SegmentQuery}&top=15&{filter}")).GetProperty("rows").EnumerateArray().ToArray();

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            if (filter.StartsWith("tags", StringComparison.Ordinal))
            {
                Assert.Contains("上市", row.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
            }
            else if (filter.StartsWith("region", StringComparison.Ordinal))
            {
                Assert.Matches("江苏|广东", row.GetProperty("province").GetString() ?? "");
            }
            else
            {
                Assert.Equal("Large", row.GetProperty("size").GetString());
            }
        }
    }

    [Fact]
    public async Task Recommendations_RiskFlags_ShownByDefaultHiddenOnRequest()
    {
        using var client = app.CreateClient();
        var flagged = (await client.GetFromJsonAsync<JsonElement>($"/api/recommendations?{SegmentQuery}&top=30")).GetProperty("rows").EnumerateArray().ToArray();
        var hidden = await client.GetFromJsonAsync<JsonElement>($"/api/recommendations?{SegmentQuery}&top=30&excludeRisk=true");

        Assert.Contains(flagged, r => r.GetProperty("risk").GetString() is "ST" or "*ST" or "退市");
        Assert.All(hidden.GetProperty("rows").EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("risk").ValueKind));
        Assert.True(hidden.GetProperty("pool").GetProperty("excluded").GetProperty("Risk").GetInt32() > 0);
    }

    [Fact]
    public async Task Recommendations_AnchorWithoutDownstreamSegments_EmptyListWithChineseNote()
    {
        using var client = app.CreateClient();
        var result = await client.GetFromJsonAsync<JsonElement>("/api/recommendations?anchor=%E5%9B%BD%E7%BD%91&direction=downstream");

        Assert.Empty(result.GetProperty("rows").EnumerateArray());
        Assert.Contains(result.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("没有环节承接", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Recommendations_UnknownAnchor_Returns422InChineseWithoutCommandHint()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/recommendations?anchor=%E4%B8%AD%E8%BD%A6%E4%B8%8D%E5%AD%98%E5%9C%A8&direction=upstream");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Contains("图谱中没有恰好名为「中车不存在」的企业", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("chaingraph", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recommendations_UnknownSegment_Returns422ProblemSayingWhy()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/recommendations?chain=nev&segment=no-such-segment");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("no-such-segment", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task SaveList_SignedIn_SavedRowsExportAsCsvWithBomAndAsXlsx()
    {
        using var client = await app.CreateSignedInClientAsync();
        var response = await client.PostAsJsonAsync("/api/lists", new { name = "动力电池补链名单", query = new { chain = "nev", segment = "power-battery", top = 8 } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var saved = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = saved.GetProperty("id").GetInt64();
        var names = saved.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("name").GetString()!).ToArray();
        Assert.NotEmpty(names);

        var xlsx = await client.GetAsync($"/api/lists/{id}/export?format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var sheet = SpreadsheetReader.ReadFirstSheet(stream, 1000);
        Assert.Equal(TargetTable.Headers, sheet[0]);
        Assert.Equal(names, sheet.Skip(1).Select(r => r[1]).ToArray());
        Assert.Equal(Enumerable.Range(1, names.Length).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), sheet.Skip(1).Select(r => r[0]));

        var csv = await client.GetByteArrayAsync($"/api/lists/{id}/export?format=csv");
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var lines = Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("排名,企业名称,", lines[0], StringComparison.Ordinal);
        Assert.Equal(names.Length + 1, lines.Length);

        Assert.Contains((await client.GetFromJsonAsync<JsonElement>("/api/lists")).EnumerateArray(), l => l.GetProperty("id").GetInt64() == id);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/lists/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/lists/{id}")).StatusCode);
    }
}

using System.Net;
using System.Text.Json;
using ChainGraph.Web.Tests.Infrastructure;

namespace ChainGraph.Web.Tests.Api;

[Collection(WebAppCollection.Name)]
public sealed class TargetFiltersApiTests(WebAppFixture app)
{
    // Regression (issue 14, finding 2): 专精特新, 高新技术, 500强, 央企, 独角兽 were offered although no enterprise carries them.
    [Fact]
    public async Task Filters_Demo_OfferOnlyWhatTheDataCarriesWithCounts()
    {
        using var client = app.CreateClient();
        var groups = (await client.GetFromJsonAsync<JsonElement>("/api/recommendations/filters")).EnumerateArray().ToDictionary(g => g.GetProperty("name").GetString()!);

        var tags = groups["tags"].GetProperty("options").EnumerateArray().ToDictionary(o => o.GetProperty("value").GetString()!, o => o.GetProperty("count").GetInt32());
        Assert.Equal(["上市"], tags.Keys);
        Assert.True(tags["上市"] > 4000);
        var sizes = groups["size"].GetProperty("options").EnumerateArray().ToArray();
        Assert.All(sizes, o => Assert.True(o.GetProperty("count").GetInt32() > 0));
        Assert.Contains(sizes, o => o.GetProperty("value").GetString() == "small");
        Assert.Contains(sizes, o => o.GetProperty("value").GetString() == "large");
    }

    // Regression (issue 14, finding 2): every listed firm but 宁德时代 was 中型, so 规模 sorted nothing.
    [Fact]
    public async Task Recommendations_PowerBattery_SizesDiscriminateAndSayTheirBasis()
    {
        using var client = app.CreateClient();
        var rows = (await client.GetFromJsonAsync<JsonElement>("/api/recommendations?chain=nev&segment=power-battery&top=30")).GetProperty("rows").EnumerateArray().ToArray();

        Assert.True(rows.Select(r => r.GetProperty("size").GetString()).Distinct().Count() >= 2);
        Assert.All(rows, r => Assert.Matches("^(估算：|注册资本|无规模数据)", r.GetProperty("sizeBasis").GetString()!));
        Assert.All(rows, r => Assert.DoesNotContain("name:", r.GetProperty("code").GetString() ?? ""));
    }

    // Regression (issue 14, finding 3): 「No enterprise is named '中车'. Use 'chaingraph find 中车'」.
    [Fact]
    public async Task Recommendations_AnchorNamingNobody_Returns422InChineseWithSuggestions()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/recommendations?anchor=" + Uri.EscapeDataString("中车") + "&direction=upstream");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain("chaingraph", problem.GetProperty("detail").GetString());
        Assert.Contains("中车", problem.GetProperty("detail").GetString());
        Assert.All(problem.GetProperty("suggestions").EnumerateArray(), s => Assert.Contains("中车", s.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Export_TargetList_ShowsCodesNotInternalKeysAndReadableSources()
    {
        using var client = app.CreateClient();
        var csv = await client.GetStringAsync("/api/recommendations/export?format=csv&chain=nev&segment=power-battery&top=30");

        Assert.DoesNotContain("name:", csv);
        Assert.DoesNotContain(".jsonl", csv);
        Assert.DoesNotContain("ickg25", csv);
    }
}

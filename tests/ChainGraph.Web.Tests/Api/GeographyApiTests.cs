using System.Net;
using System.Text.Json;
using ChainGraph.Web.Tests.Infrastructure;

namespace ChainGraph.Web.Tests.Api;

[Collection(WebAppCollection.Name)]
public sealed class GeographyApiTests(WebAppFixture app)
{
    private static string Q(string text) => Uri.EscapeDataString(text);

    [Fact]
    public async Task Distribution_WholeChain_AddsUpToTheChainMapsEnterprisesWithHomeMarked()
    {
        using var client = app.CreateClient();
        var map = await client.GetFromJsonAsync<JsonElement>("/api/chains/nev/map");
        var d = await client.GetFromJsonAsync<JsonElement>("/api/chains/nev/distribution");

        var total = d.GetProperty("enterprises").GetInt32();
        Assert.Equal(map.GetProperty("summary").GetProperty("nationalEnterprises").GetInt32(), total);
        var regions = d.GetProperty("regions").EnumerateArray().ToArray();
        Assert.Equal(total, regions.Sum(r => r.GetProperty("enterprises").GetInt32()) + d.GetProperty("unlocated").GetInt32());
        Assert.All(regions, r => Assert.Equal(2, r.GetProperty("code").GetString()!.Length));
        var home = Assert.Single(regions, r => r.GetProperty("isHome").GetBoolean());
        Assert.Equal(("12", "天津市"), (home.GetProperty("code").GetString(), home.GetProperty("name").GetString()));
        Assert.Equal(home.GetProperty("enterprises").GetInt32() / (double)total, home.GetProperty("share").GetDouble(), 3);
    }

    [Fact]
    public async Task Distribution_SegmentInAProvince_CountsItsCitiesAndEachCityListsItsEnterprises()
    {
        using var client = app.CreateClient();
        var national = await client.GetFromJsonAsync<JsonElement>($"/api/chains/nev/distribution?segment={Q("动力电池")}");
        var jiangsu = national.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "32");
        var d = await client.GetFromJsonAsync<JsonElement>($"/api/chains/nev/distribution?segment={Q("动力电池")}&province={Q("江苏省")}");

        Assert.Equal(("32", "power-battery"), (d.GetProperty("withinCode").GetString(), d.GetProperty("segmentId").GetString()));
        var cities = d.GetProperty("regions").EnumerateArray().ToArray();
        Assert.Equal(jiangsu.GetProperty("enterprises").GetInt32(), cities.Sum(c => c.GetProperty("enterprises").GetInt32()) + d.GetProperty("unlocated").GetInt32());
        foreach (var city in cities)
        {
            var code = city.GetProperty("code").GetString()!;
            Assert.StartsWith("32", code, StringComparison.Ordinal);
            var detail = await client.GetFromJsonAsync<JsonElement>($"/api/chains/nev/distribution/{code}?segment=power-battery");
            var listed = detail.GetProperty("enterpriseList").EnumerateArray().ToArray();
            Assert.Equal(city.GetProperty("enterprises").GetInt32(), listed.Length);
            Assert.All(listed, e => Assert.Equal(city.GetProperty("name").GetString(), e.GetProperty("city").GetString()));
        }
    }

    [Fact]
    public async Task Compare_TianjinWithHefeiAndSuzhou_ShowsEachRegionsOwnChainMapFigures()
    {
        using var client = app.CreateClient();
        var c = await client.GetFromJsonAsync<JsonElement>($"/api/chains/nev/compare?region={Q("天津市")}&peers={Q("合肥市,苏州市")}");

        var regions = c.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("compareName").GetString()!).ToArray();
        Assert.Equal(["天津市", "安徽省合肥市", "江苏省苏州市"], regions);
        var rows = c.GetProperty("segments").EnumerateArray().ToArray();
        for (var i = 0; i < regions.Length; i++)
        {
            var map = await client.GetFromJsonAsync<JsonElement>($"/api/chains/nev/map?region={Q(regions[i]!)}");
            var segments = map.GetProperty("segments").EnumerateArray().ToArray();
            Assert.Equal(segments.Length, rows.Length);
            for (var s = 0; s < rows.Length; s++)
            {
                var figures = rows[s].GetProperty("figures")[i];
                Assert.Equal(segments[s].GetProperty("local").GetInt32(), figures.GetProperty("local").GetInt32());
                Assert.Equal(segments[s].GetProperty("status").GetString(), figures.GetProperty("status").GetString());
            }
        }

        var strengths = c.GetProperty("peerStrengths").EnumerateArray().ToArray();
        Assert.NotEmpty(strengths);
        foreach (var s in strengths)
        {
            var row = rows.Single(r => r.GetProperty("segmentId").GetString() == s.GetProperty("segmentId").GetString());
            var peer = Array.IndexOf(regions, s.GetProperty("peerRegion").GetString());
            Assert.NotEqual("Strong", row.GetProperty("figures")[0].GetProperty("status").GetString());
            Assert.Equal("Strong", row.GetProperty("figures")[peer].GetProperty("status").GetString());
        }

        Assert.Contains(strengths, s => s.GetProperty("peerPlace").GetString() is "合肥市" or "苏州市");
    }

    [Theory]
    [InlineData("/api/chains/nev/distribution/3x", "code")]
    [InlineData("/api/chains/nev/compare?peers=a,b,c,d,e,f,g,h,i", "peers")]
    [InlineData("/api/chains/nev/changes?since=2025-13-01", "since")]
    [InlineData("/api/chains/nev/changes?since=2025-07-21&until=2025-07-01", "since")]
    [InlineData("/api/chains/nev/changes/export?format=pdf", "format")]
    public async Task BadRequest_NamesTheField(string path, string field)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("/api/chains/nev/distribution?province=%E7%81%AB%E6%98%9F%E7%9C%81")]
    [InlineData("/api/chains/nev/compare?peers=%E7%81%AB%E6%98%9F%E5%B8%82")]
    public async Task UnknownRegion_Returns404Problem(string path)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

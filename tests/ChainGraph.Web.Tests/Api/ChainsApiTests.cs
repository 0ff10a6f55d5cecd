using System.Net;
using System.Text.Json;
using ChainGraph.Web.Tests.Infrastructure;

namespace ChainGraph.Web.Tests.Api;

[Collection(WebAppCollection.Name)]
public sealed class ChainsApiTests(WebAppFixture app)
{
    [Fact]
    public async Task GetChains_DemoImportedAtStart_ListsTheSixChainsWithCoverage()
    {
        using var client = app.CreateClient();
        var chains = await client.GetFromJsonAsync<JsonElement>("/api/chains");

        var names = chains.EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(["新一代汽车技术", "电力装备", "轨道交通装备", "航空航天", "新材料", "生物医药与医疗器械"], names);
        foreach (var chain in chains.EnumerateArray())
        {
            var summary = chain.GetProperty("summary");
            Assert.True(summary.GetProperty("segments").GetInt32() >= 12);
            Assert.InRange(summary.GetProperty("localCoverage").GetDouble(), 0, 1);
            Assert.Equal(summary.GetProperty("segments").GetInt32(),
                summary.GetProperty("missing").GetInt32() + summary.GetProperty("weak").GetInt32() + summary.GetProperty("strong").GetInt32());
        }
    }

    [Theory]
    [InlineData("新一代汽车技术")]
    [InlineData("nev")]
    [InlineData("新能源汽车")]
    public async Task GetChainMap_ChainByNameIdOrAlias_ReturnsSegmentsWithStatusAndLocationQuotient(string chain)
    {
        using var client = app.CreateClient();
        var map = await client.GetFromJsonAsync<JsonElement>($"/api/chains/{Uri.EscapeDataString(chain)}/map");

        Assert.Equal("nev", map.GetProperty("id").GetString());
        var segments = map.GetProperty("segments").EnumerateArray().ToArray();
        Assert.True(segments.Length >= 12);
        Assert.All(segments, s => Assert.Contains(s.GetProperty("status").GetString(), new[] { "Missing", "Weak", "Strong" }));
        Assert.Contains(segments, s => s.GetProperty("lq").ValueKind == JsonValueKind.Number);
        Assert.Equal(["Upstream", "Midstream", "Downstream"], segments.Select(s => s.GetProperty("stage").GetString()!).Distinct().Order(StageOrder.Instance).ToArray());
        var ids = segments.Select(s => s.GetProperty("id").GetString()).ToHashSet();
        Assert.NotEmpty(map.GetProperty("links").EnumerateArray());
        Assert.All(map.GetProperty("links").EnumerateArray(), l => Assert.Contains(l.GetProperty("target").GetString(), ids));
    }

    // Regression (issue 14, finding 1): a segment with nobody local read 薄弱, and a drill-down said 「区位熵 0 低于阈值」
    // beside 「无法计算」. Every segment without a local enterprise is 缺失 now, and no line compares a quotient for it.
    [Theory]
    [InlineData("aerospace")]
    [InlineData("nev")]
    public async Task GetChainMap_SegmentsWithNobodyLocal_AreMissingAndTheirFiguresAgree(string chain)
    {
        using var client = app.CreateClient();
        var map = await client.GetFromJsonAsync<JsonElement>($"/api/chains/{chain}/map");

        foreach (var segment in map.GetProperty("segments").EnumerateArray())
        {
            var local = segment.GetProperty("local").GetInt32();
            var status = segment.GetProperty("status").GetString();
            Assert.Equal(local == 0, status == "Missing");
            Assert.True(status == "Strong" ? local >= 2 : true, $"{segment.GetProperty("name")} is 较强 with {local} local enterprise(s)");
            Assert.Equal(status == "Missing" && segment.GetProperty("demand").GetDouble() > 0, segment.GetProperty("urgent").GetBoolean());
            if (local == 0)
            {
                var detail = await client.GetFromJsonAsync<JsonElement>($"/api/chains/{chain}/segments/{segment.GetProperty("id").GetString()}");
                var lines = string.Join("\n", detail.GetProperty("formula").EnumerateArray().Select(l => l.GetString()));
                Assert.DoesNotContain("低于阈值", lines);
                Assert.DoesNotContain("不低于阈值", lines);
            }
        }

        var summary = map.GetProperty("summary");
        Assert.Equal(map.GetProperty("segments").EnumerateArray().Count(s => s.GetProperty("local").GetInt32() == 0), summary.GetProperty("missing").GetInt32());
    }

    [Fact]
    public async Task GetChainMap_UnknownChain_Returns404ProblemNamingTheKnownChains()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/chains/no-such-chain/map");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("新一代汽车技术", problem.GetProperty("detail").GetString());
    }

    private static string StatusWord(string status) => status switch { "Missing" => "缺失", "Weak" => "薄弱", _ => "较强" };

    [Fact]
    public async Task GetChainMap_RegionTooLong_Returns400ValidationProblem()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/chains/nev/map?region=" + new string('东', 200));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("region", out _));
    }

    [Fact]
    public async Task GetSegment_EverySegmentOfAChain_FiguresMatchTheMapAndEnterprisesAreTraceable()
    {
        using var client = app.CreateClient();
        var map = await client.GetFromJsonAsync<JsonElement>("/api/chains/power/map");
        foreach (var segment in map.GetProperty("segments").EnumerateArray())
        {
            var id = segment.GetProperty("id").GetString()!;
            var detail = await client.GetFromJsonAsync<JsonElement>($"/api/chains/power/segments/{Uri.EscapeDataString(id)}");

            Assert.Equal(segment.GetProperty("local").GetInt32(), detail.GetProperty("localEnterprises").GetArrayLength());
            Assert.Equal(segment.GetProperty("national").GetInt32() - segment.GetProperty("local").GetInt32(), detail.GetProperty("nationalTotal").GetInt32());
            Assert.NotEmpty(detail.GetProperty("formula").EnumerateArray());
            Assert.StartsWith("判定：" + StatusWord(segment.GetProperty("status").GetString()!), detail.GetProperty("verdict").GetString());
            Assert.All(detail.GetProperty("nationalEnterprises").EnumerateArray(), e => Assert.NotEmpty(e.GetProperty("evidence").EnumerateArray()));
        }
    }

    [Fact]
    public async Task GetSegment_UnknownSegment_Returns404Problem()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/chains/nev/segments/no-such-segment");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private sealed class StageOrder : IComparer<string>
    {
        public static StageOrder Instance { get; } = new();

        public int Compare(string? x, string? y) => Rank(x).CompareTo(Rank(y));

        private static int Rank(string? stage) => stage switch { "Upstream" => 0, "Midstream" => 1, _ => 2 };
    }
}

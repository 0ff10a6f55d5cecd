using System.Text.Json;
using ChainGraph.Cli.Tests.TestSupport;

namespace ChainGraph.Cli.Tests;

/// <summary>The chain commands end to end on the demo store: chains, map, gaps, explain, and the anchors via show.</summary>
public sealed class ChainCommandsTests(DemoDatabaseFixture demo) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task Chains_Json_ListsExactlySixChainsOfTwelveSegmentsInThreeStages()
    {
        var chains = (await CliRunner.RunAsync(demo.Database, "chains", "--json")).Json().EnumerateArray().ToList();

        Assert.Equal(6, chains.Count);
        Assert.Equal(["新一代汽车技术", "电力装备", "轨道交通装备", "航空航天", "新材料", "生物医药与医疗器械"], chains.Select(c => c.GetProperty("name").GetString()));
        Assert.All(chains, c =>
        {
            Assert.True(c.GetProperty("segments").GetArrayLength() >= 12, $"{c.GetProperty("name")} has {c.GetProperty("segments").GetArrayLength()} segments");
            Assert.Equal(["downstream", "midstream", "upstream"], c.GetProperty("stages").EnumerateArray().Select(s => s.GetString()).Order(StringComparer.Ordinal));
        });
    }

    [Fact]
    public async Task Gaps_NewEnergyVehicles_NonEmptyMissingOrWeakMostDemandedFirst()
    {
        var gaps = (await CliRunner.RunAsync(demo.Database, "gaps", "新一代汽车技术", "--json")).Json().EnumerateArray().ToList();

        Assert.NotEmpty(gaps);
        Assert.All(gaps, g => Assert.Contains(g.GetProperty("status").GetString(), new[] { "missing", "weak" }));
        Assert.Contains(gaps, g => g.GetProperty("status").GetString() == "missing");
        var demands = gaps.Select(g => g.GetProperty("demand").GetDouble()).ToList();
        Assert.Equal(demands.OrderByDescending(d => d), demands);
        foreach (var field in new[] { "segment", "stage", "national", "local", "lq", "demand", "status", "urgent", "reason" })
        {
            Assert.True(gaps[0].TryGetProperty(field, out _), $"segment objects carry '{field}'");
        }

        // Nobody local is 缺失 (急需 when something local depends on it); 薄弱 always has someone local.
        Assert.All(gaps, g => Assert.Equal(g.GetProperty("local").GetInt32() == 0, g.GetProperty("status").GetString() == "missing"));
        Assert.All(gaps, g => Assert.Equal(g.GetProperty("status").GetString() == "missing" && g.GetProperty("demand").GetDouble() > 0, g.GetProperty("urgent").GetBoolean()));
        Assert.True(gaps[0].GetProperty("urgent").GetBoolean());
    }

    [Fact]
    public async Task Map_Aerospace_EverySegmentSaysWhyItHasItsStatus()
    {
        var segments = (await CliRunner.RunAsync(demo.Database, "map", "航空航天", "--json")).Json().GetProperty("segments").EnumerateArray().ToList();

        var reasons = segments.Select(s => s.GetProperty("reason").GetString()).ToHashSet();
        Assert.Contains("noLocalEnterprise", reasons);
        Assert.Contains("noEnterpriseAnywhere", reasons);   // 运载火箭与发射: nobody in the graph at all
        Assert.Contains("tooFewLocal", reasons);            // one local firm is not a strong link
        Assert.Contains(segments, s => s.GetProperty("urgent").GetBoolean());
        Assert.DoesNotContain(segments, s => s.GetProperty("status").GetString() == "weak" && s.GetProperty("local").GetInt32() == 0);
    }

    [Fact]
    public async Task MapExplain_TopGap_TracesEveryFigureToEnterprisesAndFacts()
    {
        var gap = (await CliRunner.RunAsync(demo.Database, "gaps", "nev", "--json")).Json().EnumerateArray().First();
        var segment = gap.GetProperty("segment").GetString()!;

        var x = (await CliRunner.RunAsync(demo.Database, "map", "nev", "--segment", segment, "--explain", "--json")).Json();

        var enterprises = x.GetProperty("enterprises").EnumerateArray().ToList();
        Assert.Equal(gap.GetProperty("national").GetInt32(), enterprises.Count);
        Assert.Equal(gap.GetProperty("local").GetInt32(), enterprises.Count(e => e.GetProperty("local").GetBoolean()));
        Assert.Equal(gap.GetProperty("nationalWeight").GetDouble(), enterprises.Sum(e => e.GetProperty("weight").GetDouble()), 2);
        Assert.All(enterprises, e => Assert.NotEqual(0, e.GetProperty("evidence").GetArrayLength()));
        var demand = x.GetProperty("demand").EnumerateArray().Sum(d => d.GetProperty("contribution").GetDouble());
        Assert.Equal(gap.GetProperty("demand").GetDouble(), demand, 2);
        Assert.Contains(x.GetProperty("arithmetic").EnumerateArray(), line => line.GetString()!.StartsWith("区位熵 LQ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("中汽中心", "新一代汽车技术")]
    [InlineData("国网", "电力装备")]
    [InlineData("平高", "电力装备")]
    [InlineData("爱思达", "航空航天")]
    [InlineData("执信医疗", "生物医药与医疗器械")]
    [InlineData("中车唐车", "轨道交通装备")]
    [InlineData("中国通号", "轨道交通装备")]
    [InlineData("一重集团", "新材料")]
    [InlineData("天钢", "新材料")]
    [InlineData("天管", "新材料")]
    public async Task Show_PlanAnchor_ResolvesAndShowsItsChain(string anchor, string chain)
    {
        var json = (await CliRunner.RunAsync(demo.Database, "show", anchor, "--json")).Json();

        Assert.Equal("Enterprise", json.GetProperty("kind").GetString());
        Assert.Contains("链主", json.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains(json.GetProperty("chains").EnumerateArray(), f => f.GetProperty("type").GetString() == "ANCHORS" && f.GetProperty("otherName").GetString() == chain);
    }

    [Fact]
    public async Task Show_DuplicateOfAnAnchor_ShowsTheAnchor()
    {
        var json = (await CliRunner.RunAsync(demo.Database, "show", "中汽中心", "--json")).Json();

        Assert.Equal("name:中国汽车技术研究中心", json.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Map_RegionOverride_ComparesThatRegion()
    {
        var json = (await CliRunner.RunAsync(demo.Database, "map", "电力装备", "--region", "广东省深圳市", "--json")).Json();

        Assert.Equal("广东省深圳市", json.GetProperty("comparedAt").GetString());
        Assert.True(json.GetProperty("summary").GetProperty("localEnterprises").GetInt32() > 10);
    }

    [Theory]
    [InlineData("map", "不存在的链", "新一代汽车技术")]
    [InlineData("gaps", "nev", "--region")]
    public async Task Map_BadInput_ExitsWithMessageNamingTheChoices(string command, string argument, string expected)
    {
        string[] args = command == "gaps" ? [command, argument, "--region", "火星市"] : [command, argument];

        var result = await CliRunner.RunAsync(demo.Database, args);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expected == "--region" ? "火星市" : expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestChains_Rerun_ChangesNothing()
    {
        var json = (await CliRunner.RunAsync(demo.Database, "ingest", "chains", "--json")).Json();

        var source = json.GetProperty("sources")[0];
        Assert.Equal(0, source.GetProperty("nodesAdded").GetInt64() + source.GetProperty("nodesUpdated").GetInt64());
        Assert.Equal(0, source.GetProperty("relationshipsAdded").GetInt64() + source.GetProperty("relationshipsUpdated").GetInt64());
        Assert.True(source.GetProperty("counts").GetProperty("placements").GetInt64() > 1_000);
    }

    [Fact]
    public async Task IngestChains_OverrideFile_RemovalWinsAndRerunWithoutItRestores()
    {
        var file = Path.Combine(Path.GetDirectoryName(demo.Database)!, "overrides.yaml");
        await File.WriteAllTextAsync(file, "overrides:\n  - chain: nev\n    segment: passenger-vehicles\n    enterprise: 一汽夏利\n    action: remove\n    reason: test\n");
        try
        {
            Assert.Equal(0, (await CliRunner.RunAsync(demo.Database, "ingest", "chains", "--overrides", file)).ExitCode);
            var removed = (await CliRunner.RunAsync(demo.Database, "map", "nev", "--segment", "乘用车", "--json")).Json();
            Assert.DoesNotContain("一汽夏利", removed.GetProperty("localEnterprises").EnumerateArray().Select(e => e.GetString()));
        }
        finally
        {
            Assert.Equal(0, (await CliRunner.RunAsync(demo.Database, "ingest", "chains")).ExitCode);
        }

        var restored = (await CliRunner.RunAsync(demo.Database, "map", "nev", "--segment", "乘用车", "--json")).Json();
        Assert.Contains("一汽夏利", restored.GetProperty("localEnterprises").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task IngestChains_BadOverrideFile_ExitsNamingFileLineAndField()
    {
        var file = Path.Combine(Path.GetDirectoryName(demo.Database)!, "bad-overrides.yaml");
        await File.WriteAllTextAsync(file, "overrides:\n  - chain: nev\n    segment: 乘用车\n    enterprise: 一汽夏利\n    action: delete\n");

        var result = await CliRunner.RunAsync(demo.Database, "ingest", "chains", "--overrides", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad-overrides.yaml:5: field 'overrides[一汽夏利].action'", result.Error, StringComparison.Ordinal);
    }
}

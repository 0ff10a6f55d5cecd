using System.Text.Json;
using ChainGraph.Cli.Tests.TestSupport;

namespace ChainGraph.Cli.Tests;

/// <summary>The recommender commands end to end on the demo store: train, then both recommend forms.</summary>
public sealed class RecommenderCommandsTests(TrainedDemoFixture demo) : IClassFixture<TrainedDemoFixture>
{
    [Fact]
    public void Train_Demo_SavesModelFeatureListAndReport()
    {
        var json = demo.Training;
        var folder = json.GetProperty("folder").GetString()!;
        Assert.True(File.Exists(Path.Combine(folder, "model.zip")));
        Assert.True(File.Exists(Path.Combine(folder, "features.json")));
        var report = json.GetProperty("report");
        Assert.True(report.GetProperty("trainingPositives").GetInt32() > 100);
        Assert.True(report.GetProperty("validationQueries").GetInt32() > 0);
    }

    [Fact]
    public async Task RecommendAnchor_Upstream_ChainGroundedTargetsWithTheChainReasonFirst()
    {
        var json = (await CliRunner.RunAsync(demo.Database, "recommend", "--anchor", "平高", "--direction", "upstream", "--top", "10", "--json")).Json();
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.NotEqual("天津市", i.GetProperty("province").GetString()));
        Assert.All(items, i =>
        {
            var first = i.GetProperty("reasons")[0];
            Assert.Equal("chain_fit", first.GetProperty("feature").GetString());
            Assert.True(first.GetProperty("contribution").GetDouble() > 0);
            Assert.NotEmpty(first.GetProperty("evidence").EnumerateArray());
            Assert.True(i.GetProperty("chainFit").GetDouble() > 0);
        });

        // The product chain: 宝光股份's vacuum interrupters are what 平高's GIS needs (anchors.yaml declares the input).
        var baoguang = Assert.Single(items, i => i.GetProperty("name").GetString() == "宝光股份");
        Assert.Contains("灭弧室", baoguang.GetProperty("reasons")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        var scores = items.Select(i => i.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.Contains(json.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("候选范围", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecommendAnchor_AnchorsOfDifferentChains_DoNotShareTargets()
    {
        // Regression (issue 11): 平高, 中车唐车, 天钢, 执信医疗 and 爱思达 all got 英伟达, 龙软科技, 台积电, 中国供应商, ….
        var lists = new List<HashSet<string>>();
        foreach (var anchor in new[] { "平高", "中车唐车", "天钢", "执信医疗", "爱思达" })
        {
            var json = (await CliRunner.RunAsync(demo.Database, "recommend", "--anchor", anchor, "--direction", "upstream", "--top", "10", "--json")).Json();
            lists.Add(json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("enterprise").GetProperty("key").GetString()!).ToHashSet());
        }

        for (var a = 0; a < lists.Count; a++)
        {
            for (var b = a + 1; b < lists.Count; b++)
            {
                Assert.Empty(lists[a].Intersect(lists[b]));
            }
        }
    }

    [Fact]
    public async Task RecommendAnchor_NothingDownstreamInTheChain_SaysWhyInsteadOfAGlobalList()
    {
        var json = (await CliRunner.RunAsync(demo.Database, "recommend", "--anchor", "国网", "--direction", "downstream", "--json")).Json();

        Assert.Empty(json.GetProperty("items").EnumerateArray());
        Assert.Contains(json.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("没有环节承接", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecommendSegment_GapOfNewEnergyVehicles_ReturnsSegmentMembers()
    {
        var json = (await CliRunner.RunAsync(demo.Database, "recommend", "--chain", "新一代汽车技术", "--segment", "动力电池", "--json")).Json();
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.EndsWith("属于动力电池环节", i.GetProperty("reasons")[0].GetProperty("text").GetString(), StringComparison.Ordinal));
        // Mainland only: a known mainland province, or an A-share code whose exact address the data lacks (its province
        // is then null, never the store's "unknown": *ST电能 in this segment).
        Assert.All(items, i => Assert.True(
            i.GetProperty("province").GetString() is { } p && p != "unknown" || i.GetProperty("enterprise").GetProperty("key").GetString()!.EndsWith(".SH", StringComparison.Ordinal)
            || i.GetProperty("enterprise").GetProperty("key").GetString()!.EndsWith(".SZ", StringComparison.Ordinal)));
        Assert.DoesNotContain(items, i => i.GetProperty("province").GetString() == "unknown" || i.GetProperty("city").GetString() == "unknown");
        Assert.Contains(items, i => i.GetProperty("province").ValueKind == System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task RecommendAnchor_UnknownName_FailsNamingItInChinese()
    {
        var result = await CliRunner.RunAsync(demo.Database, "recommend", "--anchor", "不存在的公司XYZ", "--json");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("图谱中没有名为“不存在的公司XYZ”的企业", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalTargets_Demo_EveryRowGroundedNoneDisqualifiedNoSharedAnchorLists()
    {
        var json = (await CliRunner.RunAsync(demo.Database, "eval", "targets", "--json")).Json();

        Assert.True(json.GetProperty("queries").GetInt32() >= 20);
        Assert.Equal(1.0, json.GetProperty("groundedShare").GetDouble(), 6);
        Assert.Equal(0.0, json.GetProperty("disqualifiedShare").GetDouble(), 6);
        Assert.Equal(0, json.GetProperty("identicalAcrossChains").GetInt32());
    }
}

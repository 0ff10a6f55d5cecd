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
    public async Task RecommendAnchor_Upstream_NonLocalTargetsWithReasonsAndEvidence()
    {
        var json = (await CliRunner.RunAsync(demo.Database, "recommend", "--anchor", "中汽中心", "--direction", "upstream", "--top", "10", "--json")).Json();
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(10, items.Count);
        Assert.All(items, i => Assert.NotEqual("天津市", i.GetProperty("province").GetString()));
        Assert.DoesNotContain(items, i => i.GetProperty("name").GetString()!.EndsWith("大学", StringComparison.Ordinal));
        Assert.Contains(items, i => i.GetProperty("reasons").GetArrayLength() > 0);
        Assert.Contains(items, i => i.GetProperty("evidence").EnumerateArray().Any(e => e.GetProperty("source").GetString()!.Length > 0 && e.GetProperty("since").ValueKind == JsonValueKind.String));
        var scores = items.Select(i => i.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Fact]
    public async Task RecommendSegment_GapOfNewEnergyVehicles_ReturnsSegmentMembers()
    {
        var gap = (await CliRunner.RunAsync(demo.Database, "gaps", "新一代汽车技术", "--json")).Json().EnumerateArray()
            .First(g => g.GetProperty("national").GetInt32() > 0);
        var json = (await CliRunner.RunAsync(demo.Database, "recommend", "--chain", "新一代汽车技术", "--segment", gap.GetProperty("segment").GetString()!, "--json")).Json();
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.StartsWith("属于", i.GetProperty("reasons")[0].GetProperty("text").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecommendAnchor_UnknownName_FailsNamingIt()
    {
        var result = await CliRunner.RunAsync(demo.Database, "recommend", "--anchor", "不存在的公司XYZ", "--json");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("不存在的公司XYZ", result.Error, StringComparison.Ordinal);
    }
}

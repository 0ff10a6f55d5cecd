using ChainGraph.Cli.Tests.TestSupport;

namespace ChainGraph.Cli.Tests;

/// <summary>
/// The ingestion-jobs commands end to end on the demo store (imported by <c>ingest demo</c>):
/// the policy bar on the real Dongli plan, and the shipped jsonl job re-run over the demo.
/// </summary>
public sealed class JobsCommandsTests(DemoDatabaseFixture demo) : IClassFixture<DemoDatabaseFixture>
{
    private static readonly string[] s_anchors = ["中汽中心", "国网", "平高", "爱思达", "执信医疗", "中车唐车", "中国通号", "一重集团", "天钢", "天管"];

    private static string Repo(params string[] parts)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ChainGraph.sln")))
            {
                return Path.Combine([folder.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException("ChainGraph.sln not found above the test binary.");
    }

    [Fact]
    public async Task IngestPolicy_DongliPlanJson_LinksAnchorsAndNamesFunds()
    {
        var result = await CliRunner.RunAsync(demo.Database, "ingest", "policy", Repo("ingest", "policy-docs", "dongli-2024-investment-plan.txt"), "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json();
        var mentions = json.GetProperty("mentions").EnumerateArray().ToList();
        Assert.All(mentions, m => Assert.Equal(["entityId", "evidence", "kind", "text"], m.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)));
        var linked = s_anchors.Count(a => mentions.Any(m => m.GetProperty("text").GetString() == a && m.GetProperty("kind").GetString() == "enterprise" && m.GetProperty("entityId").GetString() is not null));
        Assert.True(linked >= 8, $"{linked} of 10 anchors linked");
        // ICKG's own 中汽中心 node is a duplicate the anchor list marks sameAs: the mention goes to the registered company.
        Assert.Contains(mentions, m => m.GetProperty("text").GetString() == "中汽中心" && m.GetProperty("entityId").GetString() == "name:中国汽车技术研究中心");
        foreach (var fund in new[] { "海河", "中丽", "陆石", "海银前哨" })
        {
            Assert.Contains(mentions, m => m.GetProperty("text").GetString() == fund && m.GetProperty("kind").GetString() == "fund");
        }

        Assert.Contains(mentions, m => m.GetProperty("kind").GetString() == "region" && m.GetProperty("entityId").GetString() == "120110");
        Assert.Equal(mentions.Count(m => m.GetProperty("entityId").GetString() is null), json.GetProperty("unresolved").GetArrayLength());
    }

    [Fact]
    public async Task JobsRun_ShippedJsonlJobOverTheDemo_AddsAndUpdatesNothingAndIsListed()
    {
        var run = await CliRunner.RunAsync(demo.Database, "jobs", "run", "ckg-companies", "--json");
        var list = await CliRunner.RunAsync(demo.Database, "jobs", "list", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, run.Json().GetProperty("added").GetInt64());
        Assert.Equal(0, run.Json().GetProperty("updated").GetInt64());
        var job = list.Json().EnumerateArray().Single(j => j.GetProperty("name").GetString() == "ckg-companies");
        Assert.Equal("succeeded", job.GetProperty("status").GetString());
        Assert.Equal("0 30 2 ? * SUN", job.GetProperty("schedule").GetString());
    }

    [Fact]
    public async Task ResolveConfirm_UnknownId_FailsWithWhatToDo()
    {
        var result = await CliRunner.RunAsync(demo.Database, "resolve", "confirm", "999999");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("resolve list", result.Error);
    }
}

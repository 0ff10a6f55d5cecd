using ChainGraph.Core.Model;
using ChainGraph.Ingest.Chains;
using ChainGraph.Ingest.Jobs;
using ChainGraph.Ingest.Loading;
using ChainGraph.Ingest.Policy;
using ChainGraph.Ingest.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Ingest.Tests.Policy;

/// <summary>
/// The issue's bar on the real Dongli plan (ingest/policy-docs, Traditional Chinese with pinyin):
/// the graph holds the listed companies (the demo's ckg companies, loaded by a jsonl job) and the
/// chains with the plan's anchors (the shipped anchors data); the plan must link at least 8 of its
/// 10 anchors and name its four funds.
/// </summary>
public sealed class DongliPlanTests : IAsyncLifetime
{
    private static readonly string[] s_anchors = ["中汽中心", "国网", "平高", "爱思达", "执信医疗", "中车唐车", "中国通号", "一重集团", "天钢", "天管"];
    private static readonly string[] s_funds = ["海河", "中丽", "陆石", "海银前哨"];

    private JobsHarness _jobs = null!;

    public async Task InitializeAsync()
    {
        _jobs = await JobsHarness.CreateAsync(batchSize: 5_000);
        var repo = RepoPaths.Ingest;
        File.Copy(Path.Combine(repo, "demo", "ckg", "companies.jsonl.gz"), Path.Combine(_jobs.IngestFolder, "companies.jsonl.gz"));
        _jobs.AddSource("ckg-companies", """
            kind: jsonl
            location: companies.jsonl.gz
            fields:
              name: name
              fullName: fullName
              code: code
            """);
        await _jobs.Runner.RunAsync("ckg-companies", CancellationToken.None);
        await new ChainIngestor(_jobs.Store, _jobs.Services.GetRequiredService<Core.Graph.IGraphSnapshotProvider>(), new IngestOptions()).IngestShippedAsync(null, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _jobs.DisposeAsync();

    private string Plan => Path.Combine(RepoPaths.Ingest, "policy-docs", "dongli-2024-investment-plan.txt");

    [Fact]
    public async Task AnalyzeAsync_DongliPlan_LinksAtLeastEightAnchorsAndNamesTheFourFunds()
    {
        var analysis = await _jobs.Services.GetRequiredService<PolicyAnalyzer>().AnalyzeAsync(Plan, CancellationToken.None);

        var linked = s_anchors.Where(a => analysis.Mentions.Any(m => m.Kind == MentionKind.Enterprise && m.Text == a && m.EntityId is not null)).ToArray();
        Assert.True(linked.Length >= 8, $"linked {linked.Length} of 10 anchors: {string.Join("、", linked)}");
        Assert.All(s_funds, fund => Assert.Contains(analysis.Mentions, m => m.Kind == MentionKind.Fund && m.Text == fund));
        var pinggao = analysis.Mentions.Single(m => m.Text == "平高");
        Assert.Equal("600312.SH", pinggao.EntityId);
        Assert.Contains("中汽中心、国网、平高", pinggao.Evidence);
        Assert.DoesNotContain(analysis.Mentions, m => m.Text.Any(c => c is >= 'a' and <= 'z'));
    }

    [Fact]
    public async Task RunAsync_PolicySourceTwice_WritesMentionsOnceWithEvidence()
    {
        var target = Path.Combine(_jobs.IngestFolder, "policy-docs", "dongli.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Plan, target);
        _jobs.AddSource("dongli", "kind: policy-text\nlocation: policy-docs/dongli.txt\n");

        var first = await _jobs.Runner.RunAsync("dongli", CancellationToken.None);
        var second = await _jobs.Runner.RunAsync("dongli", CancellationToken.None);

        Assert.Equal(JobStatus.Succeeded, first.Status);
        Assert.True(first.Counts.Added >= 9, first.Message);
        Assert.Equal(0, second.Counts.Added + second.Counts.Updated);
        var edges = await _jobs.Store.GetEdgesAsync(new NodeRef(NodeKind.Source, "policy:dongli"), CancellationToken.None);
        var toPinggao = Assert.Single(edges, e => e.Type == RelType.Mentions && e.To == new NodeRef(NodeKind.Enterprise, "600312.SH"));
        Assert.Contains("平高", toPinggao.Properties["evidence"]);
    }
}

using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Ingest.Resolution;
using ChainGraph.Ingest.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Ingest.Tests.Resolution;

/// <summary>Weak matches wait on the "possibly same as" list; a person's decision is applied once and remembered by the next run.</summary>
public sealed class ReviewListTests : IAsyncLifetime
{
    private static readonly Provenance s_seed = Provenance.Create("test", "seed", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private JobsHarness _jobs = null!;

    private ReviewService Reviews => _jobs.Services.GetRequiredService<ReviewService>();

    public async Task InitializeAsync()
    {
        _jobs = await JobsHarness.CreateAsync();
        var pinggao = new GraphNode(NodeKind.Enterprise, "600312.SH", "平高电气", s_seed).WithProperty(EnterpriseProps.StockCode, "600312.SH");
        var zhongxin = new GraphNode(NodeKind.Enterprise, "601512.SH", "中新集团", s_seed).WithProperty(EnterpriseProps.StockCode, "601512.SH");
        await _jobs.Store.UpsertAsync(new GraphBatch("seed", [pinggao, zhongxin], []), CancellationToken.None);
        _jobs.AddFile("plan-names.csv", "name,district\n平高,东丽区\n中新科技,滨海新区\n");
        _jobs.AddSource("names", "kind: csv\nlocation: plan-names.csv\nfields:\n  name: name\n  county: district\n");
    }

    public async Task DisposeAsync() => await _jobs.DisposeAsync();

    [Theory]
    [InlineData("平高", "600312.SH", 0.7)]
    [InlineData("平高电气", "600312.SH", 1.0)]
    [InlineData("河南平高电气股份有限公司", "600312.SH", 0.767)] // 平高电气 inside 河南平高电气: 0.5 + 0.4 × 4/6
    [InlineData("天津钢管制造有限公司", null, 0.0)]
    public void Decide_Threshold_OnlyStrongMatchesAreAccepted(string name, string? expected, double confidence)
    {
        var resolver = new EntityResolver([new GraphNode(NodeKind.Enterprise, "600312.SH", "平高电气", s_seed)]);

        var decision = resolver.Decide(name, null, new ResolutionOptions().ConfidenceThreshold);

        Assert.Equal(confidence, decision.Resolution.Confidence, 3);
        Assert.Equal(expected is not null && confidence >= 0.85, decision.Verdict == ResolutionVerdict.Accepted);
        Assert.Equal(expected is null, decision.Verdict == ResolutionVerdict.New);
        if (confidence is > 0 and < 0.85)
        {
            Assert.Equal(ResolutionVerdict.Review, decision.Verdict);
            Assert.Equal(expected, decision.Candidates.Single().Key);
        }
    }

    [Fact]
    public async Task RunAsync_PartialNames_AreHeldNotMerged()
    {
        var outcome = await _jobs.Runner.RunAsync("names", CancellationToken.None);

        Assert.Equal(2, outcome.Counts.Held);
        Assert.Equal(0, outcome.Counts.Added + outcome.Counts.Updated);
        var pending = await Reviews.ListAsync(ReviewStatus.Pending, CancellationToken.None);
        Assert.Equal(["中新集团", "平高电气"], pending.Select(p => p.CandidateName).Order(StringComparer.Ordinal));
        Assert.Empty((await _jobs.Store.GetNodeAsync(new NodeRef(NodeKind.Enterprise, "600312.SH"), CancellationToken.None))!.Aliases);
    }

    [Fact]
    public async Task ConfirmAndReject_ThenRerun_NothingIsAskedOrWrittenAgain()
    {
        await _jobs.Runner.RunAsync("names", CancellationToken.None);
        var pending = await Reviews.ListAsync(ReviewStatus.Pending, CancellationToken.None);

        var merged = await Reviews.ConfirmAsync(pending.Single(p => p.Name == "平高").Id, CancellationToken.None);
        var apart = await Reviews.RejectAsync(pending.Single(p => p.Name == "中新科技").Id, CancellationToken.None);
        var rerun = await _jobs.Runner.RunAsync("names", CancellationToken.None);

        Assert.Contains("平高", merged.Aliases);
        Assert.Equal("东丽区", merged.Property(EnterpriseProps.County));
        Assert.Equal("中新科技", apart.Name);
        Assert.NotNull(await _jobs.Store.GetNodeAsync(apart.Ref, CancellationToken.None));
        Assert.Equal(0, rerun.Counts.Held + rerun.Counts.Added + rerun.Counts.Updated);
        Assert.Empty(await Reviews.ListAsync(ReviewStatus.Pending, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Reviews.ConfirmAsync(pending[0].Id, CancellationToken.None));
    }
}

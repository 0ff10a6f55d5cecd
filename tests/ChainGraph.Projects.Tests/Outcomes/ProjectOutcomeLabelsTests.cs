using ChainGraph.Core.Model;
using ChainGraph.Projects.Editing;
using ChainGraph.Projects.Tests.TestSupport;
using ChainGraph.Recommender.Outcomes;
using ChainGraph.Recommender.Recommending;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Projects.Tests.Outcomes;

/// <summary>The pipeline's outcomes as the trainer receives them (through the registered <see cref="IOutcomeLabelSource"/>).</summary>
public sealed class ProjectOutcomeLabelsTests
{
    [Fact]
    public async Task Labels_SignedPositive_EndedAfterNegotiationNegative_OthersNone()
    {
        await using var harness = await PipelineHarness.CreateAsync();
        var signed = await harness.CreateAsync(new ProjectInput { EnterpriseKey = "300750.SZ", Chain = "nev", Segment = "power-battery" });
        var endedLate = await harness.CreateAsync(new ProjectInput { EnterpriseKey = "TEST-BJ-1", Anchor = "宁德时代", Direction = "上游" });
        var endedEarly = await harness.CreateAsync(new ProjectInput { EnterpriseKey = "TEST-BJ-1", Chain = "nev", Segment = "power-battery" });
        await harness.CreateAsync(new ProjectInput { EnterpriseKey = "300750.SZ", Stage = "签约" });                       // no query: teaches nothing
        await harness.CreateAsync(new ProjectInput { EnterpriseName = "某外资企业", EnterpriseSource = "商会推荐", Chain = "nev", Segment = "power-battery", Stage = "签约" }); // not in the graph
        harness.At(2024, 11, 12);
        await harness.UpdateAsync(signed.Id, new ProjectInput { Stage = "签约", StageOn = "2024-11-10" });
        await harness.UpdateAsync(signed.Id, new ProjectInput { Stage = "终止", TerminationReason = "后续未落地" });
        await harness.UpdateAsync(endedLate.Id, new ProjectInput { Stage = "洽谈", StageOn = "2024-11-06" });
        await harness.UpdateAsync(endedLate.Id, new ProjectInput { Stage = "终止", TerminationReason = "选址外省" });
        await harness.UpdateAsync(endedEarly.Id, new ProjectInput { Stage = "接洽" });
        await harness.UpdateAsync(endedEarly.Id, new ProjectInput { Stage = "终止", TerminationReason = "无投资意向" });

        var source = Assert.Single(harness.Services.GetServices<IOutcomeLabelSource>());
        var labels = (await source.GetLabelsAsync(CancellationToken.None)).OrderBy(l => l.Source, StringComparer.Ordinal).ToArray();

        Assert.Equal(2, labels.Length);
        Assert.Equal(new OutcomeLabel(OutcomeQuery.ForSegment("nev", "power-battery"), new NodeRef(NodeKind.Enterprise, "300750.SZ"), new DateOnly(2024, 11, 10), true, $"project {signed.Id}"), labels[0]);
        Assert.Equal(new OutcomeLabel(OutcomeQuery.ForAnchor("300750.SZ", SupplyDirection.Upstream), new NodeRef(NodeKind.Enterprise, "TEST-BJ-1"), new DateOnly(2024, 11, 12), false, $"project {endedLate.Id}"), labels[1]);
    }
}

using ChainGraph.Projects.Editing;
using ChainGraph.Projects.Model;
using ChainGraph.Projects.Tests.TestSupport;

namespace ChainGraph.Projects.Tests.Editing;

/// <summary>Changes through <see cref="ProjectService"/> on a real store: checked as a whole with Chinese messages per field, written with their audit.</summary>
public sealed class ProjectServiceTests
{
    [Fact]
    public async Task Create_BadFields_ReportsEachInChineseAndStoresNothing()
    {
        await using var harness = await PipelineHarness.CreateAsync();
        var result = await harness.Projects.CreateAsync(new ProjectInput
        {
            EnterpriseName = "某新材料公司",
            PlannedInvestment = "三亿",
            Categories = "制造业实体、火星",
            Chain = "不存在的链",
            Stage = "签约",
            StageOn = "2024-12-01",
            LandParcels = "-1",
            Priority = "特急",
        }, "张三", CancellationToken.None);

        var errors = Assert.IsType<FieldErrors>(result.Errors).ToDictionary();
        Assert.Equal(["categories", "chain", "enterpriseSource", "landParcels", "plannedInvestment", "priority", "stageOn"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("「三亿」", errors["plannedInvestment"][0]);
        Assert.Contains("亿元", errors["plannedInvestment"][0]);
        Assert.Contains("「火星」不是已知类别", errors["categories"][0]);
        Assert.Contains("新一代汽车技术", errors["chain"][0]);
        Assert.Contains("不能晚于今天（2024-11-05）", errors["stageOn"][0]);
        Assert.Contains("注明来源", errors["enterpriseSource"][0]);
        Assert.Empty(await harness.Pipeline.ListAsync(new ProjectFilter(), CancellationToken.None));
    }

    [Fact]
    public async Task Create_GraphEnterpriseByDuplicateKey_IsTheCanonicalCompany()
    {
        await using var harness = await PipelineHarness.CreateAsync();
        var project = await harness.CreateAsync(new ProjectInput { EnterpriseKey = "name:宁德时代新能源", Chain = "新一代汽车技术", Segment = "动力电池", PlannedInvestment = "3.25" });

        Assert.Equal(("300750.SZ", "宁德时代", "宁德时代项目"), (project.EnterpriseKey, project.EnterpriseName, project.Name));
        Assert.Equal(("nev", "power-battery"), (project.Chain, project.Segment));
        Assert.Equal(3.25m, project.PlannedInvestment);
        Assert.Equal(ProjectStage.Lead, project.Stage);
        Assert.Equal(new DateOnly(2024, 11, 5), project.ReachedOn(ProjectStage.Lead));
    }

    [Fact]
    public async Task Update_SignWithFunds_IsAuditedWithWhoWhenAndWhat()
    {
        await using var harness = await PipelineHarness.CreateAsync();
        var lead = await harness.CreateAsync(new ProjectInput { EnterpriseKey = "300750.SZ", OwnerUnit = "华明高新区" }, "张三");
        harness.At(2024, 11, 8, 15);

        var signed = await harness.UpdateAsync(lead.Id, new ProjectInput { Stage = "签约", StageOn = "2024-11-07", PlannedInvestment = "3", FundsAmount = "1", FundsOn = "2024-11-08", Note = "协议已签" }, "李四");

        Assert.Equal((ProjectStage.Signed, 3m, 1m), (signed.Stage, signed.PlannedInvestment, signed.FundsTotal));
        Assert.Equal(new DateOnly(2024, 11, 7), signed.ReachedOn(ProjectStage.Signed));
        Assert.Equal(harness.Clock.GetUtcNow(), signed.UpdatedAt);
        var history = (await harness.Pipeline.GetAsync(lead.Id, CancellationToken.None))!.History;
        Assert.Equal([AuditAction.ProjectCreated, AuditAction.ProjectEdited, AuditAction.StageChanged, AuditAction.FundsArrived, AuditAction.ProgressNoted], history.Select(h => h.Action));
        Assert.Equal(["张三", "李四", "李四", "李四", "李四"], history.Select(h => h.By));
        var edit = history[1];
        Assert.Equal(new FieldChange("plannedInvestment", "计划投资额（亿元）", "", "3"), Assert.Single(edit.Changes));
        Assert.Equal(harness.Clock.GetUtcNow(), edit.At);
        Assert.Equal((new DateOnly(2024, 11, 7), "线索 → 签约"), (history[2].EffectiveOn!.Value, history[2].Summary));
        Assert.Equal((new DateOnly(2024, 11, 8), "到位资金 1 亿元"), (history[3].EffectiveOn!.Value, history[3].Summary));
    }

    [Theory]
    [InlineData("接洽", "", "1", null, "fundsAmount", "请先把阶段变更为「签约」")]
    [InlineData("终止", "", null, null, "terminationReason", "请填写终止原因")]
    [InlineData("线索", "", null, null, "stage", "已处于「线索」阶段")]
    [InlineData("洽谈", "2024-11-01", null, null, "stageOn", "不能早于上一次阶段变更的日期（2024-11-05）")]
    [InlineData("签约", "", "0", null, "fundsAmount", "大于 0")]
    [InlineData("签约", "", "1", "2024-11-04", "fundsOn", "不能早于签约日期（2024-11-05）")]
    public async Task Update_BreakingARule_IsRefusedNamingTheField(string stage, string stageOn, string? funds, string? fundsOn, string field, string message)
    {
        await using var harness = await PipelineHarness.CreateAsync();
        var lead = await harness.CreateAsync(new ProjectInput { EnterpriseKey = "300750.SZ" });

        var result = await harness.Projects.UpdateAsync(lead.Id, new ProjectInput { Stage = stage, StageOn = stageOn, FundsAmount = funds, FundsOn = fundsOn }, "李四", CancellationToken.None);

        var errors = Assert.IsType<FieldErrors>(result.Errors).ToDictionary();
        Assert.Contains(message, Assert.Contains(field, errors)[0]);
        var stored = (await harness.Pipeline.GetAsync(lead.Id, CancellationToken.None))!;
        Assert.Equal(ProjectStage.Lead, stored.Project.Stage);
        Assert.Single(stored.History);
    }

    [Fact]
    public async Task Update_Nothing_IsRefused_AndTerminateWithReason_IsKept()
    {
        await using var harness = await PipelineHarness.CreateAsync();
        var lead = await harness.CreateAsync(new ProjectInput { EnterpriseKey = "300750.SZ", OwnerUnit = "华明高新区" });

        var nothing = await harness.Projects.UpdateAsync(lead.Id, new ProjectInput { OwnerUnit = "华明高新区" }, "李四", CancellationToken.None);
        Assert.Contains(FieldErrors.General, nothing.Errors!.ToDictionary().Keys);

        var ended = await harness.UpdateAsync(lead.Id, new ProjectInput { Stage = "终止", TerminationReason = "企业投资计划取消" });
        Assert.Equal((ProjectStage.Terminated, "企业投资计划取消", new DateOnly(2024, 11, 5)), (ended.Stage, ended.TerminationReason, ended.TerminatedOn!.Value));
        Assert.Equal(ProjectOrigin.Manual, ended.Origin);
    }

    [Fact]
    public async Task AddLead_FromTheGraph_InfersCategoriesAndRole_AndASecondClickFindsIt()
    {
        await using var harness = await PipelineHarness.CreateAsync();
        var first = await harness.Projects.AddLeadAsync(new LeadInput("TEST-BJ-1", Anchor: "宁德时代", Direction: "upstream", Origin: "TargetList"), "张三", CancellationToken.None);
        var second = await harness.Projects.AddLeadAsync(new LeadInput("TEST-BJ-1", Anchor: "300750.SZ", Direction: "Upstream", Origin: "TargetList"), "李四", CancellationToken.None);

        var lead = first.Value!;
        Assert.False(first.Existing);
        Assert.True(second.Existing);
        Assert.Equal(lead.Id, second.Value!.Id);
        Assert.Equal([ProjectCategory.BeijingHebei, ProjectCategory.CentralSoe, ProjectCategory.Tech], lead.Categories);
        Assert.Equal((ChainRole.Extend, "300750.SZ", ProjectOrigin.TargetList, ProjectStage.Lead), (lead.Role, lead.Anchor, lead.Origin, lead.Stage));
        Assert.Single(await harness.Pipeline.ListAsync(new ProjectFilter(), CancellationToken.None));
    }

    [Fact]
    public async Task AddLead_UnknownEnterprise_IsRefused()
    {
        await using var harness = await PipelineHarness.CreateAsync();
        var result = await harness.Projects.AddLeadAsync(new LeadInput("NO-SUCH-KEY"), "张三", CancellationToken.None);
        Assert.Contains("「NO-SUCH-KEY」", Assert.Single(result.Errors!.ToDictionary()["enterpriseKey"]));
    }
}

using ChainGraph.Projects.Dashboard;
using ChainGraph.Projects.Model;
using ChainGraph.Projects.Plans;

namespace ChainGraph.Projects.Tests.Dashboard;

/// <summary>
/// The 招商看板 of 2024 on <see cref="PipelineFixture"/> (30 projects, 8 visits, 2024-11-25 10:00 China time)
/// equals a count by hand, written out beside each assertion; the targets are the shipped Dongli 2024 plan.
/// </summary>
public sealed class DashboardHandCountTests
{
    private static readonly PipelineDashboard s_board = DashboardCalculator.Compute(PipelineFixture.Data, PlanCatalog.Load(null), 2024, PipelineFixture.Now);

    [Fact]
    public void Funnel_CurrentAndReached_EqualTheHandCount()
    {
        var funnel = s_board.Funnel.ToDictionary(f => f.Stage, f => (f.Current, f.Reached));
        // Now in each stage: 线索 11,14,15,18,19,20,26; 接洽 12,24,29; 洽谈 13,16,17; 签约 3,6,10,25; 注册 2,7,9;
        // 开工 1,27; 投产 4; 运营 8,28; 终止 5,21,22,23,30.
        // Ever reached (a later stage counts, a 终止 does not): everything reached 线索; the 7 still in 线索 never
        // got further; 22 ended in 接洽; 21 and 23 in 洽谈; registered 1,2,4,7,8,9,27,28; started 1,4,8,27,28 (28 skipped to 运营).
        Assert.Equal((7, 30), funnel[ProjectStage.Lead]);
        Assert.Equal((3, 23), funnel[ProjectStage.Contact]);
        Assert.Equal((3, 19), funnel[ProjectStage.Negotiation]);
        Assert.Equal((4, 14), funnel[ProjectStage.Signed]);
        Assert.Equal((3, 8), funnel[ProjectStage.Registered]);
        Assert.Equal((2, 5), funnel[ProjectStage.Started]);
        Assert.Equal((1, 3), funnel[ProjectStage.Producing]);
        Assert.Equal((2, 2), funnel[ProjectStage.Operating]);
        Assert.Equal((5, 5), funnel[ProjectStage.Terminated]);
        Assert.Equal(30, s_board.Funnel.Sum(f => f.Current));
    }

    [Fact]
    public void YearFigures_EqualTheHandCount()
    {
        var f = s_board.Figures;
        Assert.Equal(30, f.Projects);
        Assert.Equal(23, f.Active);                 // 30 − 运营 (8, 28) − 终止 (5, 21, 22, 23, 30)
        Assert.Equal(24, f.Created);                // all but 8, 9, 10, 23, 24, 28 (created before 2024)
        Assert.Equal(11, f.Signed);                 // 1, 2, 3, 4, 5, 6, 7, 8, 25, 27, 30
        Assert.Equal(6, f.Landed);                  // registered in 2024: 1, 2, 4, 7, 8, 27
        Assert.Equal(4, f.Terminated);              // ended in 2024: 5, 21, 22, 30
        Assert.Equal(39.5m, f.Funds);               // 5 + 1 + 10 + 0.5 + 4 + 12 + 1 (9) + 1 (10) + 5 (27)
        Assert.Equal(85m, f.SignedInvestment);      // 10 + 5 + 8 + 20 + 6 + 4 + 12 + 2 + 15 + 3 (6 has none)
        Assert.Equal(4, f.VisitsDone);              // visits 1, 2, 3, 7
        Assert.Equal(3, f.EnterprisesVisited);      // A, B and the unnamed-key 某新能源公司
        Assert.Equal(1, f.VisitsPlanned);           // 5 (6 was planned for a day now past)
        Assert.Equal(7, f.Overdue);                 // stalled 3, 10, 13, 14, 17; action overdue 6, 13, 29
        Assert.Equal(7, f.NotUpdatedThisXun);       // last update in 11-11..11-20: 6, 9, 12, 18, 19, 25, 29
    }

    [Fact]
    public void Alerts_FlagStalledOverdueAndDue_AtTheXunBoundaries()
    {
        var byKind = s_board.Alerts.GroupBy(a => a.Kind).ToDictionary(g => g.Key, g => g.Select(a => a.ProjectId).Order().ToArray());
        // Stalled: last update on or before 11-10 (上旬) while now is 下旬 — 17 was updated on 11-10 exactly.
        Assert.Equal([3L, 10, 13, 14, 17], byKind[AlertKind.Stalled]);
        // Due this 旬: updated in 中旬 (11-11 to 11-20) — 18 on 11-11, 19 on 11-20 — but not yet in 下旬.
        Assert.Equal([6L, 9, 12, 18, 19, 25, 29], byKind[AlertKind.NotUpdatedThisXun]);
        // Next action overdue: due before today (11-25) — 29 was due yesterday; 10 is due 12-01.
        Assert.Equal([6L, 13, 29], byKind[AlertKind.ActionOverdue]);
        Assert.DoesNotContain(s_board.Alerts, a => a.ProjectId is 5 or 8 or 28 or 30); // ended or operating: not watched
        Assert.Equal("2024年11月下旬", s_board.CurrentXun);
    }

    [Fact]
    public void Rates_EqualTheHandCount()
    {
        var r = s_board.Rates;
        Assert.Equal(11, r.Signed);
        Assert.Equal(6, r.Registered);              // 1, 2, 4, 7, 8, 27
        Assert.Equal(4, r.Started);                 // 1, 4, 8, 27
        Assert.Equal(85m, r.Planned);               // cohort with a planned investment (all but 6)
        Assert.Equal(37.5m, r.Arrived);             // 5 + 1 + 10 + 0.5 + 4 + 12 + 5 (3, 25, 30: none)
        Assert.Equal(6m / 11, r.PerformanceRate);
        Assert.Equal(4m / 11, r.StartRate);
        Assert.Equal(37.5m / 85, r.FundsRate);
    }

    [Fact]
    public void PlanProgress_EqualsTheHandCount()
    {
        var plan = Assert.Single(s_board.Plans);
        var achieved = plan.Targets.ToDictionary(t => t.Id, t => t.Achieved);
        Assert.Equal(39.5m, achieved["funds"]);
        Assert.Equal(11m, achieved["quality-projects"]);
        Assert.Equal(5m, achieved["manufacturing"]);    // 1, 2, 4, 8, 27 (9 signed in 2023)
        Assert.Equal(3m, achieved["services"]);         // 3, 6, 25
        Assert.Equal(6m, achieved["land"]);             // 2 (1) + 1 (2) + 1 (4) + 1 (10) + 1 (27)
        Assert.Equal(3m, achieved["beijing-hebei"]);    // 1, 3, 7 (11 is not signed)
        Assert.Equal(2m, achieved["central-soe"]);      // 4, and 30: signed in September, ended later
        Assert.Equal(3m, achieved["tech"]);             // 5, 7, 27
        Assert.Equal(0.4938m, plan.Targets.Single(t => t.Id == "funds").Ratio); // 39.5 / 80
    }

    [Fact]
    public void OtherYear_HasNoPlan_AndCountsItsOwnFigures()
    {
        var board = DashboardCalculator.Compute(PipelineFixture.Data, PlanCatalog.Load(null), 2023, PipelineFixture.Now);
        Assert.Empty(board.Plans);
        Assert.Equal([2024], board.PlanYears);
        Assert.Equal(2, board.Figures.Signed);      // 9 (2023-06-01), 10 (2023-12-20)
        Assert.Equal(2m, board.Figures.Funds);      // 9: 2023-09-01
    }
}

using ChainGraph.Projects.Model;
using ChainGraph.Projects.Plans;

namespace ChainGraph.Projects.Dashboard;

/// <summary>
/// The 招商看板 of one year: progress against each target of the year's plans, the funnel by stage, the year's
/// figures, 履约率/开工率/资金到位率, and the flagged projects. Every figure is defined in docs/projects.md.
/// </summary>
public sealed record PipelineDashboard(
    int Year,
    DateOnly Today,
    string CurrentXun,
    IReadOnlyList<int> PlanYears,
    IReadOnlyList<PipelineDashboard.PlanProgress> Plans,
    IReadOnlyList<PipelineDashboard.FunnelStage> Funnel,
    PipelineDashboard.YearFigures Figures,
    PipelineRates Rates,
    IReadOnlyList<ProjectAlert> Alerts)
{
    /// <summary>Targets of one plan with what has been achieved; <c>Ratio</c> is achieved / target (null when not measurable yet).</summary>
    public sealed record PlanProgress(string Id, string Name, string Region, string Source, IReadOnlyList<TargetProgress> Targets);

    public sealed record TargetProgress(string Id, string Name, string Measure, string Unit, decimal Target, bool AtLeast, decimal? Achieved, decimal? Ratio, string Quote);

    /// <summary>A stage: how many projects are in it now, and how many have ever reached it (or a later stage).</summary>
    public sealed record FunnelStage(ProjectStage Stage, string Label, int Current, int Reached);

    /// <summary>
    /// The year's counts: projects in the library and active now; new ones created, signed (first reached 签约),
    /// landed (first reached 注册) and ended in the year; 到位额 and the planned investment of those signed; visits
    /// done in the year, distinct enterprises visited, and visits planned from today on.
    /// </summary>
    public sealed record YearFigures(
        int Projects,
        int Active,
        int Created,
        int Signed,
        int Landed,
        int Terminated,
        decimal Funds,
        decimal SignedInvestment,
        int VisitsDone,
        int EnterprisesVisited,
        int VisitsPlanned,
        int Overdue,
        int NotUpdatedThisXun);
}

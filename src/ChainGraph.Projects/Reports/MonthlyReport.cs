using ChainGraph.Projects.Dashboard;
using ChainGraph.Projects.Time;

namespace ChainGraph.Projects.Reports;

/// <summary>
/// The 月调度 report of one month (Dongli 2024: 重点项目月调度; Tianjin 2020: 每月通报落地项目、洽谈跟踪项目):
/// what moved in the month (new projects and stage moves, signings, landings, money that arrived, visits), what
/// is overdue as the report is made, and all of it per owner unit. Amounts in 亿元; days in China time.
/// </summary>
public sealed record MonthlyReport(
    YearMonth Month,
    DateTimeOffset GeneratedAt,
    string Xun,
    MonthlyReport.MonthSummary Summary,
    IReadOnlyList<MonthlyReport.UnitLine> Units,
    IReadOnlyList<MonthlyReport.ChangeLine> Changes,
    IReadOnlyList<MonthlyReport.ProjectLine> Signings,
    IReadOnlyList<MonthlyReport.ProjectLine> Landings,
    IReadOnlyList<MonthlyReport.FundLine> Funds,
    IReadOnlyList<ProjectAlert> Overdue,
    IReadOnlyList<MonthlyReport.VisitLine> Visits)
{
    public string Title => $"{Month.ToChinese()}招商项目月调度";

    /// <summary>The month in figures. <c>Overdue</c> counts projects flagged overdue (an overdue next action or stalled) when the report is made.</summary>
    public sealed record MonthSummary(
        int NewProjects, int StageChanges, int Signed, decimal SignedInvestment, int Landed, int Terminated, decimal Funds,
        int VisitsDone, int VisitsPlannedNextMonth, int Overdue, int Stalled, int ActiveProjects);

    public sealed record UnitLine(
        string Unit, int Active, int NewProjects, int StageChanges, int Signed, int Landed, decimal Funds, int VisitsDone, int VisitsPlannedNextMonth, int Overdue);

    /// <summary>A new project (<c>From</c> empty) or a stage move, on the day it happened.</summary>
    public sealed record ChangeLine(long ProjectId, string Project, string Enterprise, string OwnerUnit, string From, string To, DateOnly On, string Reason, string By);

    public sealed record ProjectLine(
        long ProjectId, string Project, string Enterprise, string Place, string Stage, decimal? Planned, decimal FundsTotal, string OwnerUnit, string OwnerPerson, DateOnly On);

    public sealed record FundLine(long ProjectId, string Project, string Enterprise, string OwnerUnit, decimal Amount, DateOnly On, string Note);

    /// <summary>A visit done in the month (<c>Done</c>) or planned for the next month.</summary>
    public sealed record VisitLine(
        long VisitId, string Enterprise, string? Project, string Kind, bool Done, string Status, DateOnly? On, string Visitors, string Visitees, string Outcome, string FollowUps, string OwnerUnit);
}

using ChainGraph.Projects.Dashboard;
using ChainGraph.Projects.Model;
using ChainGraph.Projects.Plans;
using ChainGraph.Projects.Time;

namespace ChainGraph.Projects.Reports;

/// <summary>Builds a <see cref="MonthlyReport"/> from the data (a pure function of data, month and the current instant).</summary>
public static class MonthlyReportBuilder
{
    /// <summary>The unit line of projects and visits with no owner unit.</summary>
    public const string NoUnit = "（未指定责任单位）";

    public static MonthlyReport Build(PipelineData data, YearMonth month, ChainNames names, DateTimeOffset now)
    {
        var projects = data.Projects;
        var byId = projects.ToDictionary(p => p.Id);
        var changes = projects
            .SelectMany(p => p.StageChanges.Where(c => month.Contains(c.On)).Select(c => new MonthlyReport.ChangeLine(
                p.Id, p.Name, p.EnterpriseName, p.OwnerUnit, c.From is { } from ? ProjectLabels.Label(from) : "", ProjectLabels.Label(c.To), c.On, c.Reason, c.By)))
            .OrderBy(c => c.On).ThenBy(c => c.ProjectId).ToArray();
        var signings = Lines(projects, ProjectStage.Signed, month, names);
        var landings = Lines(projects, ProjectStage.Registered, month, names);
        var funds = projects.SelectMany(p => p.Funds.Where(f => month.Contains(f.On)).Select(f => new MonthlyReport.FundLine(p.Id, p.Name, p.EnterpriseName, p.OwnerUnit, f.Amount, f.On, f.Note)))
            .OrderBy(f => f.On).ThenBy(f => f.ProjectId).ToArray();
        var overdue = ProjectAlerts.For(projects, now).Where(a => a.IsOverdue).ToArray();
        var next = month.Next;
        var visits = data.Visits
            .Where(v => (v.Status == VisitStatus.Done && v.DoneOn is { } done && month.Contains(done)) || (v.Status == VisitStatus.Planned && v.PlannedOn is { } planned && next.Contains(planned)))
            .Select(v => new MonthlyReport.VisitLine(
                v.Id, v.EnterpriseName, v.ProjectId is { } id && byId.TryGetValue(id, out var p) ? p.Name : null, ProjectLabels.Label(v.Kind), v.Status == VisitStatus.Done, ProjectLabels.Label(v.Status),
                v.Status == VisitStatus.Done ? v.DoneOn : v.PlannedOn, v.Visitors, v.Visitees, v.Outcome, v.FollowUps, v.OwnerUnit))
            .OrderByDescending(v => v.Done).ThenBy(v => v.On).ThenBy(v => v.VisitId).ToArray();
        var created = projects.Where(p => month.Contains(ChinaTime.DateOf(p.CreatedAt))).ToArray();
        var summary = new MonthlyReport.MonthSummary(
            created.Length,
            changes.Count(c => c.From.Length > 0),
            signings.Count,
            signings.Sum(s => s.Planned ?? 0),
            landings.Count,
            projects.Count(p => p.TerminatedOn is { } ended && month.Contains(ended)),
            funds.Sum(f => f.Amount),
            visits.Count(v => v.Done),
            visits.Count(v => !v.Done),
            overdue.Select(a => a.ProjectId).Distinct().Count(),
            overdue.Count(a => a.Kind == AlertKind.Stalled),
            projects.Count(p => p.IsActive));
        var units = projects.Select(p => p.OwnerUnit).Concat(visits.Select(v => v.OwnerUnit)).Select(Unit).Distinct().Order(StringComparer.Ordinal)
            .Select(unit => new MonthlyReport.UnitLine(
                unit,
                projects.Count(p => Unit(p.OwnerUnit) == unit && p.IsActive),
                created.Count(p => Unit(p.OwnerUnit) == unit),
                changes.Count(c => Unit(c.OwnerUnit) == unit && c.From.Length > 0),
                signings.Count(s => Unit(s.OwnerUnit) == unit),
                landings.Count(s => Unit(s.OwnerUnit) == unit),
                funds.Where(f => Unit(f.OwnerUnit) == unit).Sum(f => f.Amount),
                visits.Count(v => Unit(v.OwnerUnit) == unit && v.Done),
                visits.Count(v => Unit(v.OwnerUnit) == unit && !v.Done),
                overdue.Where(a => Unit(a.OwnerUnit) == unit).Select(a => a.ProjectId).Distinct().Count()))
            .ToArray();
        return new MonthlyReport(month, now, Xun.Of(now).ToString(), summary, units, changes, signings, landings, funds, overdue, visits);
    }

    private static string Unit(string unit) => unit.Length == 0 ? NoUnit : unit;

    private static IReadOnlyList<MonthlyReport.ProjectLine> Lines(IEnumerable<Project> projects, ProjectStage stage, YearMonth month, ChainNames names) => projects
        .Where(p => p.ReachedOn(stage) is { } on && month.Contains(on))
        .Select(p => new MonthlyReport.ProjectLine(
            p.Id, p.Name, p.EnterpriseName, names.Place(p), ProjectLabels.Label(p.Stage), p.PlannedInvestment, p.FundsTotal, p.OwnerUnit, p.OwnerPerson, p.ReachedOn(stage)!.Value))
        .OrderBy(l => l.On).ThenBy(l => l.ProjectId)
        .ToArray();
}

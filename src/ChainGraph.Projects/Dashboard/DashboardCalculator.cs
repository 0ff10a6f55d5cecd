using ChainGraph.Projects.Model;
using ChainGraph.Projects.Plans;
using ChainGraph.Projects.Time;

namespace ChainGraph.Projects.Dashboard;

/// <summary>Computes the <see cref="PipelineDashboard"/> from the data, the plans and the current instant: a pure function, so a hand count can check it.</summary>
public static class DashboardCalculator
{
    public static PipelineDashboard Compute(PipelineData data, PlanCatalog plans, int year, DateTimeOffset now)
    {
        var today = ChinaTime.DateOf(now);
        var inYear = (DateOnly? day) => day?.Year == year;
        var progress = plans.ForYear(year).Select(plan => new PipelineDashboard.PlanProgress(
            plan.Id, plan.Name, plan.Region, plan.Source, plan.Targets.Select(t => Progress(data, t, year)).ToArray())).ToArray();
        var funnel = ProjectStages.Pipeline.Select(stage => new PipelineDashboard.FunnelStage(
                stage, ProjectLabels.Label(stage), data.Projects.Count(p => p.Stage == stage), data.Projects.Count(p => p.ReachedOn(stage) is not null)))
            .Append(new PipelineDashboard.FunnelStage(ProjectStage.Terminated, ProjectLabels.Label(ProjectStage.Terminated), data.Projects.Count(p => p.Stage == ProjectStage.Terminated), data.Projects.Count(p => p.Stage == ProjectStage.Terminated)))
            .ToArray();
        var alerts = ProjectAlerts.For(data.Projects, now);
        var done = data.Visits.Where(v => v.Status == VisitStatus.Done && inYear(v.DoneOn)).ToArray();
        var figures = new PipelineDashboard.YearFigures(
            data.Projects.Count,
            data.Projects.Count(p => p.IsActive),
            data.Projects.Count(p => ChinaTime.DateOf(p.CreatedAt).Year == year),
            data.Projects.Count(p => inYear(p.ReachedOn(ProjectStage.Signed))),
            data.Projects.Count(p => inYear(p.ReachedOn(ProjectStage.Registered))),
            data.Projects.Count(p => inYear(p.TerminatedOn)),
            data.Projects.Sum(p => p.FundsBetween(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))),
            data.Projects.Where(p => inYear(p.ReachedOn(ProjectStage.Signed))).Sum(p => p.PlannedInvestment ?? 0),
            done.Length,
            done.Select(v => v.EnterpriseKey ?? "name:" + v.EnterpriseName).Distinct().Count(),
            data.Visits.Count(v => v.Status == VisitStatus.Planned && v.PlannedOn >= today),
            alerts.Where(a => a.IsOverdue).Select(a => a.ProjectId).Distinct().Count(),
            alerts.Count(a => a.Kind == AlertKind.NotUpdatedThisXun));
        return new PipelineDashboard(year, today, Xun.Of(now).ToString(), plans.Years, progress, funnel, figures, PipelineRates.Of(data.Projects, year), alerts);
    }

    private static PipelineDashboard.TargetProgress Progress(PipelineData data, PlanTarget target, int year)
    {
        var measure = TargetMeasures.Find(target.Measure)!;
        var achieved = measure.Achieved(data, target, year);
        return new PipelineDashboard.TargetProgress(
            target.Id, target.Name, target.Measure, measure.Unit, target.Value, target.AtLeast, achieved,
            achieved is { } a ? Math.Round(a / target.Value, 4) : null, target.Quote);
    }
}

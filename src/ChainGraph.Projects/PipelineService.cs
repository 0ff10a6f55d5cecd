using ChainGraph.Projects.Dashboard;
using ChainGraph.Projects.Model;
using ChainGraph.Projects.Plans;
using ChainGraph.Projects.Reports;
using ChainGraph.Projects.Storage;
using ChainGraph.Projects.Time;

namespace ChainGraph.Projects;

/// <summary>Reads of the pipeline the CLI and the web app share: filtered lists, one project with its history and visits, the 招商看板, the 月调度 report.</summary>
public sealed class PipelineService(ProjectStore projects, VisitStore visits, Lazy<PlanCatalog> plans, ChainNames names, TimeProvider clock)
{
    public ChainNames Names => names;

    public PlanCatalog Plans => plans.Value;

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<PipelineData> LoadAsync(CancellationToken cancellationToken) =>
        new(await projects.ListAsync(cancellationToken), await visits.ListAsync(cancellationToken));

    /// <summary>The matching projects, most recently updated first, with the alerts of each.</summary>
    public async Task<IReadOnlyList<(Project Project, IReadOnlyList<ProjectAlert> Alerts)>> ListAsync(ProjectFilter filter, CancellationToken cancellationToken)
    {
        var all = await projects.ListAsync(cancellationToken);
        var alerts = ProjectAlerts.For(all, clock.GetUtcNow());
        return all.Where(p => filter.Matches(p, alerts))
            .OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id)
            .Select(p => (p, (IReadOnlyList<ProjectAlert>)alerts.Where(a => a.ProjectId == p.Id).ToArray()))
            .ToArray();
    }

    public async Task<ProjectDetail?> GetAsync(long id, CancellationToken cancellationToken)
    {
        if (await projects.GetAsync(id, cancellationToken) is not { } project)
        {
            return null;
        }

        return new ProjectDetail(
            project,
            ProjectAlerts.For([project], clock.GetUtcNow()),
            await projects.HistoryAsync(id, cancellationToken),
            await visits.ListForProjectAsync(id, cancellationToken));
    }

    /// <summary>The dashboard of <paramref name="year"/> (default: this year, China time).</summary>
    public async Task<PipelineDashboard> DashboardAsync(int? year, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return DashboardCalculator.Compute(await LoadAsync(cancellationToken), plans.Value, year ?? ChinaTime.DateOf(now).Year, now);
    }

    /// <summary>The 月调度 report of <paramref name="month"/> (default: this month, China time).</summary>
    public async Task<MonthlyReport> ReportAsync(YearMonth? month, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return MonthlyReportBuilder.Build(await LoadAsync(cancellationToken), month ?? YearMonth.Of(ChinaTime.DateOf(now)), names, now);
    }
}

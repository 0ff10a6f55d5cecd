using ChainGraph.Projects.Model;
using ChainGraph.Projects.Time;

namespace ChainGraph.Projects.Dashboard;

/// <summary>
/// The early warnings the plans ask for (Youxian: 对潜在风险设立预警机制; Dongli: 重点项目旬更新), over the
/// active projects (线索 to 投产), at an instant, in China time:
/// <list type="bullet">
/// <item>下一步工作逾期: the next action's due date is before today;</item>
/// <item>停滞 (overdue): the last update falls before the previous 旬 — a whole 旬 has passed without one
/// (<c>Xun.Of(last).Until(Xun.Of(now)) ≥ 2</c>);</item>
/// <item>本旬未更新 (reminder): not updated in the current 旬 but in the previous one.</item>
/// </list>
/// An update is any recorded change: a field, a stage, money, a progress note, a visit.
/// </summary>
public static class ProjectAlerts
{
    public static IReadOnlyList<ProjectAlert> For(IEnumerable<Project> projects, DateTimeOffset now)
    {
        var today = ChinaTime.DateOf(now);
        var current = Xun.Of(now);
        var alerts = new List<ProjectAlert>();
        foreach (var p in projects.Where(p => p.IsActive))
        {
            if (p.NextActionDue is { } due && due < today)
            {
                var days = today.DayNumber - due.DayNumber;
                alerts.Add(Alert(p, AlertKind.ActionOverdue, due, days, $"下一步工作「{(p.NextAction.Length > 0 ? p.NextAction : "未填写")}」应于 {ChinaTime.Format(due)} 完成，已逾期 {days} 天"));
            }

            var last = ChinaTime.DateOf(p.UpdatedAt);
            var gap = Xun.Of(last).Until(current);
            if (gap >= 2)
            {
                alerts.Add(Alert(p, AlertKind.Stalled, last, today.DayNumber - last.DayNumber, $"最近一次更新在 {ChinaTime.Format(last)}（{Xun.Of(last)}），已超过一旬未更新"));
            }
            else if (gap == 1)
            {
                alerts.Add(Alert(p, AlertKind.NotUpdatedThisXun, last, today.DayNumber - last.DayNumber, $"{current}尚未更新（最近一次 {ChinaTime.Format(last)}）"));
            }
        }

        return alerts.OrderBy(a => a.Kind).ThenByDescending(a => a.Priority).ThenByDescending(a => a.Days).ThenBy(a => a.ProjectId).ToArray();
    }

    private static ProjectAlert Alert(Project p, AlertKind kind, DateOnly since, int days, string detail) =>
        new(p.Id, p.Name, p.EnterpriseName, p.Stage, p.Priority, p.OwnerUnit, p.OwnerPerson, kind, since, days, detail);
}

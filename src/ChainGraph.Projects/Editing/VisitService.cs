using System.Globalization;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Projects.Model;
using ChainGraph.Projects.Storage;
using ChainGraph.Projects.Time;

namespace ChainGraph.Projects.Editing;

/// <summary>
/// Records visits (走访/回访), planned or done, checked and audited like projects. A visit of a project counts
/// as an update of it for 旬更新. Dongli 2024: 各街道园区每月梳理出访计划和企业回访进度.
/// </summary>
public sealed class VisitService(VisitStore visits, ProjectStore projects, IGraphSnapshotProvider snapshots, IChainMapService chains, TimeProvider clock)
{
    public async Task<EditResult<Visit>> CreateAsync(VisitInput input, string user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var read = new FieldReader(new FieldErrors(), ChinaTime.DateOf(now));
        var visit = new Visit(0, null, null, "", VisitKind.Visit, VisitStatus.Done, null, null, "", "", "", "", "", user, now);
        if (input.ProjectId is { } projectText && projectText.Trim().Length > 0)
        {
            if (!long.TryParse(projectText.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var projectId) || await projects.GetAsync(projectId, cancellationToken) is not { } project)
            {
                read.Errors.Add("projectId", $"没有编号为「{projectText.Trim()}」的项目。");
            }
            else
            {
                visit = visit with { ProjectId = project.Id, EnterpriseKey = project.EnterpriseKey, EnterpriseName = project.EnterpriseName, OwnerUnit = project.OwnerUnit };
            }
        }
        else if (input.EnterpriseKey is { Length: > 0 } key)
        {
            var editor = new ProjectFieldEditor(read, await snapshots.GetAsync(cancellationToken), chains);
            if (editor.FindEnterprise(key) is { } node)
            {
                visit = visit with { EnterpriseKey = node.Key, EnterpriseName = node.Name };
            }
            else
            {
                read.Errors.Add("enterpriseKey", $"图谱中没有代码为「{key.Trim()}」的企业。");
            }
        }
        else
        {
            visit = visit with { EnterpriseName = read.Text(input.EnterpriseName ?? "", "enterpriseName", ProjectLimits.MaxTextLength, required: true) };
        }

        // Only a planned date given: a visit to make (出访计划); otherwise one made, today unless dated.
        var status = input.Status is null && input.DoneOn is null && input.PlannedOn is { Length: > 0 } ? VisitStatus.Planned : VisitStatus.Done;
        visit = Apply(visit with { Status = status }, input, read);
        if (read.Errors.Any)
        {
            return EditResult<Visit>.Invalid(read.Errors);
        }

        var id = await visits.CreateAsync(visit, Audit(AuditAction.VisitCreated, visit, [], user, now), cancellationToken);
        return EditResult<Visit>.Ok((await visits.GetAsync(id, cancellationToken))!);
    }

    public async Task<EditResult<Visit>> UpdateAsync(long id, VisitInput input, string user, CancellationToken cancellationToken)
    {
        if (await visits.GetAsync(id, cancellationToken) is not { } current)
        {
            return EditResult<Visit>.Missing();
        }

        var now = clock.GetUtcNow();
        var read = new FieldReader(new FieldErrors(), ChinaTime.DateOf(now));
        var updated = Apply(current, input, read);
        var changes = Fields(current).Zip(Fields(updated)).Where(p => p.First.Text != p.Second.Text)
            .Select(p => new FieldChange(p.First.Field, ProjectFieldNames.Of(p.First.Field), p.First.Text, p.Second.Text)).ToArray();
        if (!read.Errors.Any && changes.Length == 0)
        {
            read.Errors.Add(FieldErrors.General, "没有要保存的修改。");
        }

        if (read.Errors.Any)
        {
            return EditResult<Visit>.Invalid(read.Errors);
        }

        await visits.UpdateAsync(updated, Audit(AuditAction.VisitEdited, updated, changes, user, now), cancellationToken);
        return EditResult<Visit>.Ok((await visits.GetAsync(id, cancellationToken))!);
    }

    private static Visit Apply(Visit v, VisitInput input, FieldReader read)
    {
        if (input.Kind is { } kind)
        {
            v = v with { Kind = read.Code<VisitKind>(kind, "kind") ?? VisitKind.Visit };
        }

        if (input.Status is { } status)
        {
            v = v with { Status = read.Code<VisitStatus>(status, "status") ?? v.Status };
        }

        if (input.PlannedOn is { } planned)
        {
            v = v with { PlannedOn = read.AnyDate(planned, "plannedOn") };
        }

        if (input.DoneOn is { } done)
        {
            v = v with { DoneOn = read.PastDate(done, "doneOn") };
        }

        v = v with
        {
            Visitors = input.Visitors is { } visitors ? read.Text(visitors, "visitors", ProjectLimits.MaxTextLength) : v.Visitors,
            Visitees = input.Visitees is { } visitees ? read.Text(visitees, "visitees", ProjectLimits.MaxTextLength) : v.Visitees,
            Outcome = input.Outcome is { } outcome ? read.Text(outcome, "outcome", ProjectLimits.MaxNoteLength) : v.Outcome,
            FollowUps = input.FollowUps is { } followUps ? read.Text(followUps, "followUps", ProjectLimits.MaxNoteLength) : v.FollowUps,
            OwnerUnit = input.OwnerUnit is { } unit ? read.Text(unit, "ownerUnit", ProjectLimits.MaxTextLength) : v.OwnerUnit,
        };
        if (v.Status == VisitStatus.Done)
        {
            v = v with { DoneOn = v.DoneOn ?? read.Today };
            if (v.Visitors.Length == 0)
            {
                read.Errors.Add("visitors", "请填写「走访人员」：已完成的走访需写明谁去的。");
            }
        }
        else if (v.Status == VisitStatus.Planned && v.PlannedOn is null)
        {
            read.Errors.Add("plannedOn", "计划中的走访请填写「计划日期」。");
        }

        return v;
    }

    private static IEnumerable<(string Field, string Text)> Fields(Visit v) =>
    [
        ("kind", ProjectLabels.Label(v.Kind)), ("status", ProjectLabels.Label(v.Status)),
        ("plannedOn", v.PlannedOn is { } p ? ChinaTime.Format(p) : ""), ("doneOn", v.DoneOn is { } d ? ChinaTime.Format(d) : ""),
        ("visitors", v.Visitors), ("visitees", v.Visitees), ("outcome", v.Outcome), ("followUps", v.FollowUps), ("ownerUnit", v.OwnerUnit),
    ];

    private static AuditEntry Audit(AuditAction action, Visit v, IReadOnlyList<FieldChange> changes, string user, DateTimeOffset now)
    {
        var day = v.Status == VisitStatus.Done ? v.DoneOn : v.PlannedOn;
        var summary = $"{ProjectLabels.Label(v.Kind)}{v.EnterpriseName}（{ProjectLabels.Label(v.Status)}{(day is { } d ? " " + ChinaTime.Format(d) : "")}）{(v.Outcome.Length > 0 ? "：" + v.Outcome : "")}";
        return new AuditEntry(0, v.ProjectId, v.Id == 0 ? null : v.Id, action, summary, changes, day, user, now);
    }
}

using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Projects.Model;
using ChainGraph.Projects.Storage;
using ChainGraph.Projects.Time;

namespace ChainGraph.Projects.Editing;

/// <summary>
/// Every change to a project goes through here, from the CLI and from the web app alike: the request is read
/// and checked as a whole (every bad field is reported at once, in Chinese), then written in one transaction
/// together with its audit entries (who, when, what: each field before and after, the day a stage was
/// reached or money arrived).
/// </summary>
public sealed class ProjectService(ProjectStore store, IGraphSnapshotProvider snapshots, IChainMapService chains, ChainNames names, TimeProvider clock)
{
    public async Task<EditResult<Project>> CreateAsync(ProjectInput input, string user, CancellationToken cancellationToken)
    {
        var (read, editor, blank) = await BeginAsync(user, cancellationToken);
        var project = editor.Apply(blank, input);
        project = project with
        {
            Name = project.Name.Length > 0 ? project.Name : $"{project.EnterpriseName}项目",
            Origin = input.Origin is { } origin ? read.Code<ProjectOrigin>(origin, "origin") ?? ProjectOrigin.Manual : ProjectOrigin.Manual,
        };
        var stage = input.Stage is { } text ? read.Code<ProjectStage>(text, "stage") ?? ProjectStage.Lead : ProjectStage.Lead;
        if (stage == ProjectStage.Terminated)
        {
            read.Errors.Add("stage", "新项目不能直接处于「终止」阶段。");
        }

        var on = input.StageOn is { } stageOn ? read.PastDate(stageOn, "stageOn") ?? read.Today : read.Today;
        return await CreateAsync(project with { Stage = stage }, on, input, read, cancellationToken);
    }

    /// <summary>
    /// 加入项目库 in one click: a 线索 for an enterprise of the graph and the query it was found for, with its
    /// categories and its part in the chain filled from the graph; the open project already there for the same
    /// enterprise and query is returned instead of a second one (<see cref="EditResult{T}.Existing"/>).
    /// </summary>
    public async Task<EditResult<Project>> AddLeadAsync(LeadInput lead, string user, CancellationToken cancellationToken)
    {
        var (read, editor, blank) = await BeginAsync(user, cancellationToken);
        if (string.IsNullOrWhiteSpace(lead.EnterpriseKey))
        {
            read.Errors.Add("enterpriseKey", "请指明要加入项目库的企业。");
            return EditResult<Project>.Invalid(read.Errors);
        }

        var project = editor.Apply(blank, new ProjectInput
        {
            EnterpriseKey = lead.EnterpriseKey,
            Chain = lead.Chain,
            Segment = lead.Segment,
            Anchor = lead.Anchor,
            Direction = lead.Direction,
            OriginNote = lead.OriginNote,
        });
        project = project with { Origin = lead.Origin is { } origin ? read.Code<ProjectOrigin>(origin, "origin") ?? ProjectOrigin.Manual : ProjectOrigin.Manual };
        if (read.Errors.Any)
        {
            return EditResult<Project>.Invalid(read.Errors);
        }

        if (await store.FindOpenAsync(project.EnterpriseKey!, project.Chain, project.Segment, project.Anchor, cancellationToken) is { } existing)
        {
            return EditResult<Project>.Ok(existing, existing: true);
        }

        var place = names.Segment(project.Chain, project.Segment);
        project = project with
        {
            Name = place.Length > 0 ? $"{project.EnterpriseName}·{place}" : $"{project.EnterpriseName}项目",
            Categories = LeadInference.Categories(editor.FindEnterprise(project.EnterpriseKey!)!),
            Role = await LeadInference.RoleAsync(project, chains, cancellationToken),
        };
        return await CreateAsync(project, read.Today, new ProjectInput(), read, cancellationToken);
    }

    /// <summary>One update (旬更新): field edits, a stage move, money that arrived and a progress note, all checked together.</summary>
    public async Task<EditResult<Project>> UpdateAsync(long id, ProjectInput input, string user, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } current)
        {
            return EditResult<Project>.Missing();
        }

        var (read, editor, blank) = await BeginAsync(user, cancellationToken);
        var now = blank.CreatedAt;
        var updated = editor.Apply(current, input) with { UpdatedAt = now };
        var move = ReadStageMove(current, input, read, user, now);
        if (move is not null)
        {
            updated = updated with { Stage = move.To, TerminationReason = move.To == ProjectStage.Terminated ? move.Reason : null };
        }

        // Money can arrive once signed: already, or by this update's stage move (when that move failed, its own problem is reported instead).
        var signing = ProjectLabels.TryParse<ProjectStage>(input.Stage, out var asked) && ProjectStages.IsAtLeast(asked, ProjectStage.Signed) ? move?.On ?? read.Today : (DateOnly?)null;
        var funds = ReadFunds(updated, current.ReachedOn(ProjectStage.Signed) ?? signing, input, read, user, now);
        var note = input.Note is { } noteText ? read.Text(noteText, "note", ProjectLimits.MaxNoteLength) : "";
        var changes = ProjectDisplay.Diff(current, updated, names);
        if (!read.Errors.Any && changes.Count == 0 && move is null && funds is null && note.Length == 0)
        {
            read.Errors.Add(FieldErrors.General, "没有要保存的内容：请修改信息、变更阶段、登记到位资金或填写进展情况。");
        }

        if (read.Errors.Any)
        {
            return EditResult<Project>.Invalid(read.Errors);
        }

        var audit = new List<AuditEntry>();
        if (changes.Count > 0)
        {
            audit.Add(Audit(AuditAction.ProjectEdited, $"修改了{string.Join("、", changes.Select(c => c.Label))}", changes, null, user, now));
        }

        if (move is not null)
        {
            audit.Add(StageAudit(move, current.Stage));
        }

        if (funds is not null)
        {
            audit.Add(Audit(AuditAction.FundsArrived, $"到位资金 {ProjectDisplay.Amount(funds.Amount)} 亿元{(funds.Note.Length > 0 ? "：" + funds.Note : "")}", [], funds.On, user, now));
        }

        if (note.Length > 0)
        {
            audit.Add(Audit(AuditAction.ProgressNoted, note, [], null, user, now));
        }

        await store.UpdateAsync(new ProjectWrite(updated, move, funds, audit), cancellationToken);
        return EditResult<Project>.Ok((await store.GetAsync(id, cancellationToken))!);
    }

    private async Task<EditResult<Project>> CreateAsync(Project project, DateOnly stageOn, ProjectInput input, FieldReader read, CancellationToken cancellationToken)
    {
        var (user, now) = (project.CreatedBy, project.CreatedAt);
        var funds = ReadFunds(project, ProjectStages.IsAtLeast(project.Stage, ProjectStage.Signed) ? stageOn : null, input, read, user, now);
        var note = input.Note is { } noteText ? read.Text(noteText, "note", ProjectLimits.MaxNoteLength) : "";
        if (read.Errors.Any)
        {
            return EditResult<Project>.Invalid(read.Errors);
        }

        var start = new StageChange(null, project.Stage, stageOn, "", user, now);
        var blank = project with { Name = "", EnterpriseName = "", EnterpriseKey = null, EnterpriseSource = "", Chain = null, Segment = null, Anchor = null, Direction = null, Role = null, Categories = [], PlannedInvestment = null, LandParcels = 0, LandAreaMu = 0, LandOn = null, OwnerUnit = "", OwnerPerson = "", Priority = ProjectPriority.Normal, NextAction = "", NextActionDue = null, OriginNote = "" };
        var summary = $"新建项目「{project.Name}」：{ProjectLabels.Label(project.Stage)}，来源：{ProjectLabels.Label(project.Origin)}{(project.OriginNote.Length > 0 ? "（" + project.OriginNote + "）" : "")}";
        var audit = new List<AuditEntry> { Audit(AuditAction.ProjectCreated, summary, ProjectDisplay.Diff(blank, project, names), stageOn, user, now) };
        if (funds is not null)
        {
            audit.Add(Audit(AuditAction.FundsArrived, $"到位资金 {ProjectDisplay.Amount(funds.Amount)} 亿元", [], funds.On, user, now));
        }

        if (note.Length > 0)
        {
            audit.Add(Audit(AuditAction.ProgressNoted, note, [], null, user, now));
        }

        var id = await store.CreateAsync(new ProjectWrite(project, start, funds, audit), cancellationToken);
        return EditResult<Project>.Ok((await store.GetAsync(id, cancellationToken))!);
    }

    /// <summary>What every change starts from: the time now, a reader of field texts, an editor over the current graph, an empty project made now by <paramref name="user"/>.</summary>
    private async Task<(FieldReader Read, ProjectFieldEditor Editor, Project Blank)> BeginAsync(string user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var read = new FieldReader(new FieldErrors(), ChinaTime.DateOf(now));
        var editor = new ProjectFieldEditor(read, await snapshots.GetAsync(cancellationToken), chains);
        return (read, editor, new Project { Id = 0, Name = "", EnterpriseName = "", CreatedBy = user, CreatedAt = now, UpdatedAt = now });
    }

    private static StageChange? ReadStageMove(Project current, ProjectInput input, FieldReader read, string user, DateTimeOffset now)
    {
        if (input.Stage is not { } text || text.Trim().Length == 0 || read.Code<ProjectStage>(text, "stage") is not { } to)
        {
            return null;
        }

        if (to == current.Stage)
        {
            read.Errors.Add("stage", $"项目已处于「{ProjectLabels.Label(to)}」阶段。");
            return null;
        }

        var on = input.StageOn is { } stageOn && stageOn.Trim().Length > 0 ? read.PastDate(stageOn, "stageOn") : read.Today;
        var last = current.StageChanges.Count > 0 ? current.StageChanges.Max(c => c.On) : (DateOnly?)null;
        if (on is { } day && last is { } previous && day < previous)
        {
            read.Errors.Add("stageOn", $"「阶段日期」不能早于上一次阶段变更的日期（{ChinaTime.Format(previous)}），收到「{ChinaTime.Format(day)}」。");
        }

        var reason = input.TerminationReason is { } reasonText ? read.Text(reasonText, "terminationReason", ProjectLimits.MaxTextLength) : "";
        if (to == ProjectStage.Terminated && reason.Length == 0)
        {
            read.Errors.Add("terminationReason", "终止项目请填写终止原因。");
        }

        return on is null ? null : new StageChange(current.Stage, to, on.Value, to == ProjectStage.Terminated ? reason : "", user, now);
    }

    private static FundArrival? ReadFunds(Project project, DateOnly? signedOn, ProjectInput input, FieldReader read, string user, DateTimeOffset now)
    {
        if (input.FundsAmount is not { } text || text.Trim().Length == 0)
        {
            return null;
        }

        var amount = read.Amount(text, "fundsAmount", positive: true);
        var on = input.FundsOn is { } fundsOn && fundsOn.Trim().Length > 0 ? read.PastDate(fundsOn, "fundsOn") : read.Today;
        var note = input.FundsNote is { } noteText ? read.Text(noteText, "fundsNote", ProjectLimits.MaxTextLength) : "";
        if (signedOn is null)
        {
            read.Errors.Add("fundsAmount", $"资金到位应在签约之后：项目目前处于「{ProjectLabels.Label(project.Stage)}」，请先把阶段变更为「签约」。");
            return null;
        }

        if (on is { } day && day < signedOn)
        {
            read.Errors.Add("fundsOn", $"「到位日期」不能早于签约日期（{ChinaTime.Format(signedOn.Value)}），收到「{ChinaTime.Format(day)}」。");
        }

        return amount is null || on is null ? null : new FundArrival(0, on.Value, amount.Value, note, user, now);
    }

    private static AuditEntry StageAudit(StageChange move, ProjectStage from) => Audit(
        AuditAction.StageChanged,
        $"{ProjectLabels.Label(from)} → {ProjectLabels.Label(move.To)}{(move.Reason.Length > 0 ? "，原因：" + move.Reason : "")}",
        [new FieldChange("stage", ProjectFieldNames.Of("stage"), ProjectLabels.Label(from), ProjectLabels.Label(move.To))],
        move.On,
        move.By,
        move.At);

    private static AuditEntry Audit(AuditAction action, string summary, IReadOnlyList<FieldChange> changes, DateOnly? on, string user, DateTimeOffset now) =>
        new(0, null, null, action, summary, changes, on, user, now);
}

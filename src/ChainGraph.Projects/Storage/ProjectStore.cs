using System.Globalization;
using ChainGraph.Projects.Model;
using ChainGraph.Recommender.Recommending;
using Microsoft.Data.Sqlite;
using static ChainGraph.Projects.Storage.ProjectDatabase;

namespace ChainGraph.Projects.Storage;

/// <summary>
/// Projects with their stage moves, fund arrivals and audit (tables <c>projects</c>, <c>project_stage_changes</c>,
/// <c>project_funds</c>, <c>project_audit</c>). Every write is one transaction that also writes its audit entries.
/// Reads load whole projects: a district's pipeline is a few thousand rows at most.
/// </summary>
public sealed class ProjectStore(ProjectDatabase database)
{
    private const string Columns = """
        id, name, enterprise_key, enterprise_name, enterprise_source, chain, segment, anchor_key, direction, chain_role, categories,
        planned_wan, land_parcels, land_area_mu, land_on, stage, termination_reason, owner_unit, owner_person, priority,
        next_action, next_action_due, origin, origin_note, created_by, created_at, updated_at
        """;

    /// <summary>Inserts a new project (its <see cref="Project.Id"/> is ignored) with its first stage and audit entry; returns its id.</summary>
    public async Task<long> CreateAsync(ProjectWrite write, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var p = write.Project;
        var parameters = Parameters(p);
        var sql = $"INSERT INTO projects ({string.Join(", ", parameters.Select(x => x.Item1[1..]))}) VALUES ({string.Join(", ", parameters.Select(x => x.Item1))}) RETURNING id";
        using (var command = Command(connection, transaction, sql, parameters))
        {
            p = p with { Id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) };
        }

        await WriteChildrenAsync(connection, transaction, write with { Project = p }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return p.Id;
    }

    /// <summary>Writes a changed project; false when it does not exist.</summary>
    public async Task<bool> UpdateAsync(ProjectWrite write, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var parameters = Parameters(write.Project);
        var assignments = string.Join(", ", parameters.Where(x => x.Item1 is not ("$created_by" or "$created_at")).Select(x => $"{x.Item1[1..]} = {x.Item1}"));
        using (var command = Command(connection, transaction, $"UPDATE projects SET {assignments} WHERE id = $id", [.. parameters, ("$id", write.Project.Id)]))
        {
            if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                return false;
            }
        }

        await WriteChildrenAsync(connection, transaction, write, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Marks a project as updated (a visit was recorded for it) and audits it, inside the caller's transaction.</summary>
    internal static async Task TouchAsync(SqliteConnection connection, SqliteTransaction transaction, long projectId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        using var command = Command(connection, transaction, "UPDATE projects SET updated_at = $at WHERE id = $id", ("$at", at), ("$id", projectId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<Project?> GetAsync(long id, CancellationToken cancellationToken) =>
        (await ReadAsync("p.id = $id", [("$id", id)], cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<Project>> ListAsync(CancellationToken cancellationToken) => ReadAsync("1 = 1", [], cancellationToken);

    /// <summary>The open (not 终止) project for this enterprise and query, if one exists: a second click on 加入项目库 finds it.</summary>
    public async Task<Project?> FindOpenAsync(string enterpriseKey, string? chain, string? segment, string? anchor, CancellationToken cancellationToken) =>
        (await ReadAsync(
            "p.enterprise_key = $key AND p.stage <> 'Terminated' AND coalesce(p.chain, '') = $chain AND coalesce(p.segment, '') = $segment AND coalesce(p.anchor_key, '') = $anchor",
            [("$key", enterpriseKey), ("$chain", chain ?? ""), ("$segment", segment ?? ""), ("$anchor", anchor ?? "")],
            cancellationToken)).FirstOrDefault();

    public async Task<IReadOnlyList<AuditEntry>> HistoryAsync(long projectId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await AuditLog.ReadAsync(connection, "project_id = $id", [("$id", projectId)], cancellationToken);
    }

    private async Task<IReadOnlyList<Project>> ReadAsync(string where, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var projects = new List<Project>();
        using (var command = Command(connection, null, $"SELECT {Columns} FROM projects p WHERE {where} ORDER BY p.id", parameters))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                projects.Add(ReadProject(reader));
            }
        }

        if (projects.Count == 0)
        {
            return projects;
        }

        var ids = projects.Count == 1 ? $"= {projects[0].Id}" : "IN (SELECT p.id FROM projects p WHERE " + where + ")";
        var stages = await ReadStagesAsync(connection, ids, parameters, cancellationToken);
        var funds = await ReadFundsAsync(connection, ids, parameters, cancellationToken);
        return projects.Select(p => p with
        {
            StageChanges = stages.TryGetValue(p.Id, out var s) ? s : [],
            Funds = funds.TryGetValue(p.Id, out var f) ? f : [],
        }).ToArray();
    }

    private static Project ReadProject(SqliteDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Name = r.GetString(1),
        EnterpriseKey = Text(r, 2),
        EnterpriseName = r.GetString(3),
        EnterpriseSource = r.GetString(4),
        Chain = Text(r, 5),
        Segment = Text(r, 6),
        Anchor = Text(r, 7),
        Direction = Text(r, 8) is { } direction ? Code<SupplyDirection>(direction) : null,
        Role = Text(r, 9) is { } role ? Code<ChainRole>(role) : null,
        Categories = r.GetString(10).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Code<ProjectCategory>).Order().ToArray(),
        PlannedInvestment = r.IsDBNull(11) ? null : ToYi(r.GetInt64(11)),
        LandParcels = r.GetInt32(12),
        LandAreaMu = r.GetDouble(13),
        LandOn = Day(r, 14),
        Stage = Code<ProjectStage>(r.GetString(15)),
        TerminationReason = Text(r, 16),
        OwnerUnit = r.GetString(17),
        OwnerPerson = r.GetString(18),
        Priority = Code<ProjectPriority>(r.GetString(19)),
        NextAction = r.GetString(20),
        NextActionDue = Day(r, 21),
        Origin = Code<ProjectOrigin>(r.GetString(22)),
        OriginNote = r.GetString(23),
        CreatedBy = r.GetString(24),
        CreatedAt = Instant(r, 25),
        UpdatedAt = Instant(r, 26),
    };

    private static (string, object?)[] Parameters(Project p) =>
    [
        ("$name", p.Name), ("$enterprise_key", p.EnterpriseKey), ("$enterprise_name", p.EnterpriseName), ("$enterprise_source", p.EnterpriseSource),
        ("$chain", p.Chain), ("$segment", p.Segment), ("$anchor_key", p.Anchor), ("$direction", p.Direction), ("$chain_role", p.Role),
        ("$categories", string.Join(",", p.Categories.Order())), ("$planned_wan", p.PlannedInvestment is { } yi ? ToWan(yi) : null),
        ("$land_parcels", p.LandParcels), ("$land_area_mu", p.LandAreaMu), ("$land_on", p.LandOn), ("$stage", p.Stage),
        ("$termination_reason", p.TerminationReason), ("$owner_unit", p.OwnerUnit), ("$owner_person", p.OwnerPerson), ("$priority", p.Priority),
        ("$next_action", p.NextAction), ("$next_action_due", p.NextActionDue), ("$origin", p.Origin), ("$origin_note", p.OriginNote),
        ("$created_by", p.CreatedBy), ("$created_at", p.CreatedAt), ("$updated_at", p.UpdatedAt),
    ];

    private static async Task WriteChildrenAsync(SqliteConnection connection, SqliteTransaction transaction, ProjectWrite write, CancellationToken cancellationToken)
    {
        var id = write.Project.Id;
        if (write.Stage is { } stage)
        {
            using var command = Command(connection, transaction, """
                INSERT INTO project_stage_changes (project_id, from_stage, to_stage, effective_on, reason, recorded_by, recorded_at)
                VALUES ($id, $from, $to, $on, $reason, $by, $at)
                """, ("$id", id), ("$from", stage.From), ("$to", stage.To), ("$on", stage.On), ("$reason", stage.Reason), ("$by", stage.By), ("$at", stage.At));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        if (write.Funds is { } funds)
        {
            using var command = Command(connection, transaction, """
                INSERT INTO project_funds (project_id, arrived_on, amount_wan, note, recorded_by, recorded_at)
                VALUES ($id, $on, $amount, $note, $by, $at)
                """, ("$id", id), ("$on", funds.On), ("$amount", ToWan(funds.Amount)), ("$note", funds.Note), ("$by", funds.By), ("$at", funds.At));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var entry in write.Audit)
        {
            await AuditLog.InsertAsync(connection, transaction, entry with { ProjectId = id }, cancellationToken);
        }
    }

    private static async Task<Dictionary<long, List<StageChange>>> ReadStagesAsync(SqliteConnection connection, string ids, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        var result = new Dictionary<long, List<StageChange>>();
        using var command = Command(connection, null,
            $"SELECT project_id, from_stage, to_stage, effective_on, reason, recorded_by, recorded_at FROM project_stage_changes WHERE project_id {ids} ORDER BY project_id, id",
            parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var change = new StageChange(
                Text(reader, 1) is { } from ? Code<ProjectStage>(from) : null, Code<ProjectStage>(reader.GetString(2)), Day(reader, 3)!.Value,
                reader.GetString(4), reader.GetString(5), Instant(reader, 6));
            Add(result, reader.GetInt64(0), change);
        }

        return result;
    }

    private static async Task<Dictionary<long, List<FundArrival>>> ReadFundsAsync(SqliteConnection connection, string ids, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        var result = new Dictionary<long, List<FundArrival>>();
        using var command = Command(connection, null,
            $"SELECT project_id, id, arrived_on, amount_wan, note, recorded_by, recorded_at FROM project_funds WHERE project_id {ids} ORDER BY project_id, arrived_on, id",
            parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            Add(result, reader.GetInt64(0), new FundArrival(reader.GetInt64(1), Day(reader, 2)!.Value, ToYi(reader.GetInt64(3)), reader.GetString(4), reader.GetString(5), Instant(reader, 6)));
        }

        return result;
    }

    private static void Add<T>(Dictionary<long, List<T>> lists, long key, T item)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(item);
    }
}

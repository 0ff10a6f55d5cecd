using System.Globalization;
using ChainGraph.Projects.Model;
using Microsoft.Data.Sqlite;
using static ChainGraph.Projects.Storage.ProjectDatabase;

namespace ChainGraph.Projects.Storage;

/// <summary>
/// Visits (table <c>project_visits</c>) and their audit. Recording a visit of a project counts as an update
/// of that project (its <c>updated_at</c> moves), in the same transaction.
/// </summary>
public sealed class VisitStore(ProjectDatabase database)
{
    private const string Columns = """
        id, project_id, enterprise_key, enterprise_name, kind, status, planned_on, done_on, visitors, visitees, outcome, follow_ups,
        owner_unit, created_by, created_at
        """;

    /// <summary>Inserts <paramref name="visit"/> (its id is ignored) with its audit entry; returns the id.</summary>
    public async Task<long> CreateAsync(Visit visit, AuditEntry audit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var parameters = Parameters(visit);
        var sql = $"INSERT INTO project_visits ({string.Join(", ", parameters.Select(x => x.Item1[1..]))}) VALUES ({string.Join(", ", parameters.Select(x => x.Item1))}) RETURNING id";
        long id;
        using (var command = Command(connection, transaction, sql, parameters))
        {
            id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        await FinishAsync(connection, transaction, visit, audit with { VisitId = id, ProjectId = visit.ProjectId }, cancellationToken);
        return id;
    }

    /// <summary>Writes a changed visit with its audit entry; false when it does not exist.</summary>
    public async Task<bool> UpdateAsync(Visit visit, AuditEntry audit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var parameters = Parameters(visit).Where(x => x.Item1 is not ("$created_by" or "$created_at")).ToArray();
        var sql = $"UPDATE project_visits SET {string.Join(", ", parameters.Select(x => $"{x.Item1[1..]} = {x.Item1}"))} WHERE id = $id";
        using (var command = Command(connection, transaction, sql, [.. parameters, ("$id", visit.Id)]))
        {
            if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                return false;
            }
        }

        await FinishAsync(connection, transaction, visit, audit with { VisitId = visit.Id, ProjectId = visit.ProjectId }, cancellationToken);
        return true;
    }

    public async Task<Visit?> GetAsync(long id, CancellationToken cancellationToken) =>
        (await ReadAsync("id = $id", [("$id", id)], cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<Visit>> ListAsync(CancellationToken cancellationToken) => ReadAsync("1 = 1", [], cancellationToken);

    public Task<IReadOnlyList<Visit>> ListForProjectAsync(long projectId, CancellationToken cancellationToken) =>
        ReadAsync("project_id = $id", [("$id", projectId)], cancellationToken);

    private static async Task FinishAsync(SqliteConnection connection, SqliteTransaction transaction, Visit visit, AuditEntry audit, CancellationToken cancellationToken)
    {
        await AuditLog.InsertAsync(connection, transaction, audit, cancellationToken);
        if (visit.ProjectId is { } projectId)
        {
            await ProjectStore.TouchAsync(connection, transaction, projectId, audit.At, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<Visit>> ReadAsync(string where, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = Command(connection, null, $"SELECT {Columns} FROM project_visits WHERE {where} ORDER BY coalesce(done_on, planned_on) DESC, id DESC", parameters);
        var visits = new List<Visit>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            visits.Add(new Visit(
                r.GetInt64(0), r.IsDBNull(1) ? null : r.GetInt64(1), Text(r, 2), r.GetString(3), Code<VisitKind>(r.GetString(4)), Code<VisitStatus>(r.GetString(5)),
                Day(r, 6), Day(r, 7), r.GetString(8), r.GetString(9), r.GetString(10), r.GetString(11), r.GetString(12), r.GetString(13), Instant(r, 14)));
        }

        return visits;
    }

    private static (string, object?)[] Parameters(Visit v) =>
    [
        ("$project_id", v.ProjectId), ("$enterprise_key", v.EnterpriseKey), ("$enterprise_name", v.EnterpriseName), ("$kind", v.Kind), ("$status", v.Status),
        ("$planned_on", v.PlannedOn), ("$done_on", v.DoneOn), ("$visitors", v.Visitors), ("$visitees", v.Visitees), ("$outcome", v.Outcome),
        ("$follow_ups", v.FollowUps), ("$owner_unit", v.OwnerUnit), ("$created_by", v.CreatedBy), ("$created_at", v.CreatedAt),
    ];
}

using System.Text.Json;
using ChainGraph.Projects.Model;
using Microsoft.Data.Sqlite;
using static ChainGraph.Projects.Storage.ProjectDatabase;

namespace ChainGraph.Projects.Storage;

/// <summary>Writes and reads <c>project_audit</c>: every change to a project or a visit, who made it and when.</summary>
internal static class AuditLog
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static async Task<long> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        using var command = Command(connection, transaction, """
            INSERT INTO project_audit (project_id, visit_id, action, summary, changes, effective_on, recorded_by, recorded_at)
            VALUES ($project, $visit, $action, $summary, $changes, $on, $by, $at) RETURNING id
            """,
            ("$project", entry.ProjectId), ("$visit", entry.VisitId), ("$action", entry.Action), ("$summary", entry.Summary),
            ("$changes", JsonSerializer.Serialize(entry.Changes, s_json)), ("$on", entry.EffectiveOn), ("$by", entry.By), ("$at", entry.At));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<IReadOnlyList<AuditEntry>> ReadAsync(SqliteConnection connection, string where, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        using var command = Command(connection, null,
            $"SELECT id, project_id, visit_id, action, summary, changes, effective_on, recorded_by, recorded_at FROM project_audit WHERE {where} ORDER BY recorded_at, id",
            parameters);
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(
                reader.GetInt64(0),
                reader.IsDBNull(1) ? null : reader.GetInt64(1),
                reader.IsDBNull(2) ? null : reader.GetInt64(2),
                Code<AuditAction>(reader.GetString(3)),
                reader.GetString(4),
                JsonSerializer.Deserialize<FieldChange[]>(reader.GetString(5), s_json) ?? [],
                Day(reader, 6),
                reader.GetString(7),
                Instant(reader, 8)));
        }

        return entries;
    }
}

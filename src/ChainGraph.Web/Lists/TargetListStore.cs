using System.Globalization;
using System.Text.Json;
using ChainGraph.Web.Api;
using ChainGraph.Web.Hosting;
using ChainGraph.Web.Targets;

namespace ChainGraph.Web.Lists;

/// <summary>Saved target lists (tables <c>web_target_lists</c>, <c>web_target_list_rows</c>); one transaction per save.</summary>
public sealed class TargetListStore(WebDatabase database, TimeProvider clock)
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public async Task<long> SaveAsync(string name, TargetQueryParameters query, TargetResult result, string user, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (Microsoft.Data.Sqlite.SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        long id;
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO web_target_lists (name, query, created_by, created_at) VALUES ($name, $query, $user, $at) RETURNING id";
            command.Parameters.AddWithValue("$name", name);
            command.Parameters.AddWithValue("$query", JsonSerializer.Serialize(new StoredQuery(result.Title, query), s_json));
            command.Parameters.AddWithValue("$user", user);
            command.Parameters.AddWithValue("$at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO web_target_list_rows (list_id, rank, enterprise_key, row_json) VALUES ($id, $rank, $key, $row)";
            var rank = command.Parameters.Add("$rank", Microsoft.Data.Sqlite.SqliteType.Integer);
            var key = command.Parameters.Add("$key", Microsoft.Data.Sqlite.SqliteType.Text);
            var row = command.Parameters.Add("$row", Microsoft.Data.Sqlite.SqliteType.Text);
            command.Parameters.AddWithValue("$id", id);
            foreach (var item in result.Rows)
            {
                rank.Value = item.Rank;
                key.Value = item.Key;
                row.Value = JsonSerializer.Serialize(item, s_json);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    public async Task<IReadOnlyList<TargetListSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT l.id, l.name, l.query, l.created_by, l.created_at, (SELECT count(*) FROM web_target_list_rows r WHERE r.list_id = l.id)
            FROM web_target_lists l ORDER BY l.id DESC
            """;
        var lists = new List<TargetListSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var stored = JsonSerializer.Deserialize<StoredQuery>(reader.GetString(2), s_json)!;
            lists.Add(new TargetListSummary(reader.GetInt64(0), reader.GetString(1), stored.Title, reader.GetInt32(5), reader.GetString(3), DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture)));
        }

        return lists;
    }

    public async Task<SavedTargetList?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, query, created_by, created_at FROM web_target_lists WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        string name, createdBy;
        StoredQuery stored;
        DateTimeOffset createdAt;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            (name, stored, createdBy) = (reader.GetString(0), JsonSerializer.Deserialize<StoredQuery>(reader.GetString(1), s_json)!, reader.GetString(2));
            createdAt = DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture);
        }

        command.CommandText = "SELECT row_json FROM web_target_list_rows WHERE list_id = $id ORDER BY rank";
        var rows = new List<TargetRow>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(JsonSerializer.Deserialize<TargetRow>(reader.GetString(0), s_json)!);
            }
        }

        return new SavedTargetList(id, name, stored.Title, stored.Query, createdBy, createdAt, rows);
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM web_target_lists WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private sealed record StoredQuery(string Title, TargetQueryParameters Query);
}

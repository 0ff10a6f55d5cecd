using System.Runtime.CompilerServices;
using ChainGraph.Core.Model;

namespace ChainGraph.Store.Sqlite;

/// <summary>
/// Rows changed since a time, by their <c>updated_at</c> stamp (set by every insert and every
/// update that changed something): what <c>chaingraph sync --to neo4j</c> copies incrementally.
/// Stamps are ISO 8601 UTC from <see cref="TimeProvider.GetUtcNow"/>, so text order is time order.
/// </summary>
public sealed partial class SqliteGraphStore
{
    /// <summary>The latest <c>updated_at</c> of any node or edge; null for an empty store.</summary>
    public async Task<DateTimeOffset?> GetLastChangeAsync(CancellationToken cancellationToken)
    {
        EnsureInitialized();
        await using var connection = await OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT max(t) FROM (SELECT max(updated_at) AS t FROM nodes UNION ALL SELECT max(updated_at) FROM edges)";
        return await command.ExecuteScalarAsync(cancellationToken) is string text ? SqliteRows.ParseTime(text) : null;
    }

    /// <summary>Nodes (with aliases) whose <c>updated_at</c> is later than <paramref name="since"/>; every node when null.</summary>
    public async IAsyncEnumerable<GraphNode> ReadNodesChangedSinceAsync(DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        EnsureInitialized();
        await using var connection = await OpenAsync(cancellationToken);
        var from = since is { } s ? SqliteRows.FormatTime(s.ToUniversalTime()) : "";
        Dictionary<long, List<string>> aliases;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT a.node_id, a.alias FROM aliases a JOIN nodes n ON n.id = a.node_id WHERE n.updated_at > $since ORDER BY a.node_id, a.alias";
            command.Parameters.AddWithValue("$since", from);
            aliases = await ReadAliasesAsync(command, cancellationToken);
        }

        using var nodes = connection.CreateCommand();
        nodes.CommandText = $"SELECT id, {SqliteRows.NodeColumns} FROM nodes WHERE updated_at > $since ORDER BY id";
        nodes.Parameters.AddWithValue("$since", from);
        await using var rows = await nodes.ExecuteReaderAsync(cancellationToken);
        while (await rows.ReadAsync(cancellationToken))
        {
            yield return SqliteRows.ReadNode(rows, 1, aliases.GetValueOrDefault(rows.GetInt64(0)));
        }
    }

    /// <summary>Edges (with their endpoints' natural keys) whose <c>updated_at</c> is later than <paramref name="since"/>; every edge when null.</summary>
    public async IAsyncEnumerable<GraphEdge> ReadEdgesChangedSinceAsync(DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        EnsureInitialized();
        await using var connection = await OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT e.type, s.kind, s.key, d.kind, d.key, e.qualifier, e.weight, e.since, e.props, e.source, e.source_ref, e.fetched_at
            FROM edges e JOIN nodes s ON s.id = e.src JOIN nodes d ON d.id = e.dst
            WHERE e.updated_at > $since
            ORDER BY e.id
            """;
        command.Parameters.AddWithValue("$since", since is { } s ? SqliteRows.FormatTime(s.ToUniversalTime()) : "");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return SqliteRows.ReadEdge(reader);
        }
    }
}

using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Core.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ChainGraph.Store.Sqlite;

/// <summary>
/// Writes one batch inside the caller's transaction with prepared statements. Merge rules keep
/// re-imports idempotent: a row is "updated" only when its merged content differs from what is stored.
/// </summary>
internal sealed class SqliteBatchWriter
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly string _now;
    private readonly Dictionary<NodeRef, long> _ids = [];
    private readonly SqliteNodeIds _known;
    private (DateTimeOffset Time, string Text) _lastFetched;
    private (DateOnly Date, string? Text) _lastSince;

    public SqliteBatchWriter(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset now, SqliteNodeIds known)
    {
        _known = known;
        _connection = connection;
        _transaction = transaction;
        _now = SqliteRows.FormatTime(now);
    }

    /// <summary>Ids of the nodes this batch wrote or looked up; the store keeps them once the batch commits.</summary>
    public IReadOnlyDictionary<NodeRef, long> NodeIds => _ids;

    public UpsertResult Write(GraphBatch batch, CancellationToken cancellationToken)
    {
        var (nodesAdded, nodesUpdated, nodesUnchanged) = WriteNodes(batch.Nodes, cancellationToken);
        var (edgesAdded, edgesUpdated, edgesUnchanged, rejected) = WriteEdges(batch.Edges, cancellationToken);
        return new UpsertResult(nodesAdded, nodesUpdated, nodesUnchanged, edgesAdded, edgesUpdated, edgesUnchanged, rejected);
    }

    private (int Added, int Updated, int Unchanged) WriteNodes(IReadOnlyList<GraphNode> nodes, CancellationToken cancellationToken)
    {
        using var select = Command("SELECT id, name, tags, props, (SELECT json_group_array(alias) FROM (SELECT alias FROM aliases WHERE node_id = nodes.id ORDER BY alias)) FROM nodes WHERE kind = $kind AND key = $key");
        // Insert first: on a fresh import almost every row is new and one statement does it. The new
        // row's id is read from the connection (sqlite3_last_insert_rowid): RETURNING would cost a
        // result set per row, a third of the insert time.
        using var insert = new SqliteRawStatement(_connection, """
            INSERT INTO nodes (kind, key, name, norm_name, tags, props, source, source_ref, fetched_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            ON CONFLICT (kind, key) DO NOTHING
            """);
        using var update = Command("""
            UPDATE nodes SET name = $name, norm_name = $norm, tags = $tags, props = $props,
              source = $source, source_ref = $ref, fetched_at = $fetched, updated_at = $now
            WHERE id = $id
            """);
        using var deleteAliases = Command("DELETE FROM aliases WHERE node_id = $id");
        using var insertAlias = Command("INSERT OR IGNORE INTO aliases (node_id, alias, norm) VALUES ($id, $alias, $norm)");
        int added = 0, updated = 0, unchanged = 0;
        foreach (var node in nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            BindNode(insert, node, node.Tags.Order(StringComparer.Ordinal), node.Properties);
            long id;
            IEnumerable<string> aliases;
            if (insert.Execute() == 1)
            {
                id = raw.sqlite3_last_insert_rowid(_connection.Handle);
                aliases = node.Aliases;
                added++;
            }
            else
            {
                Bind(select, ("$kind", node.Kind.Label()), ("$key", node.Key));
                using var reader = select.ExecuteReader();
                reader.Read();
                id = reader.GetInt64(0);
                var storedTags = PropertyJson.ReadList(reader.GetString(2));
                var storedProps = PropertyJson.ReadProperties(reader.GetString(3));
                var storedAliases = PropertyJson.ReadList(reader.GetString(4));
                var mergedTags = storedTags.Union(node.Tags).Order(StringComparer.Ordinal).ToArray();
                var mergedProps = storedProps.SetItems(node.Properties);
                var mergedAliases = storedAliases.Union(node.Aliases).Where(a => a != node.Name).Order(StringComparer.Ordinal).ToArray();
                var same = reader.GetString(1) == node.Name
                    && mergedTags.SequenceEqual(storedTags)
                    && PropertyJson.Write(mergedProps) == reader.GetString(3)
                    && mergedAliases.SequenceEqual(storedAliases);
                reader.Close();
                _ids[node.Ref] = id;
                if (same)
                {
                    unchanged++;
                    continue;
                }

                BindNode(update, node, mergedTags, mergedProps);
                Bind(update, ("$id", id));
                update.ExecuteNonQuery();
                Bind(deleteAliases, ("$id", id));
                deleteAliases.ExecuteNonQuery();
                aliases = mergedAliases;
                updated++;
            }

            foreach (var alias in aliases)
            {
                Bind(insertAlias, ("$id", id), ("$alias", alias), ("$norm", NameNormalizer.Normalize(alias)));
                insertAlias.ExecuteNonQuery();
            }

            _ids[node.Ref] = id;
        }

        return (added, updated, unchanged);
    }

    private (int Added, int Updated, int Unchanged, List<RejectedEdge> Rejected) WriteEdges(IReadOnlyList<GraphEdge> edges, CancellationToken cancellationToken)
    {
        using var findNode = new SqliteRawStatement(_connection, "SELECT id FROM nodes WHERE kind = ?1 AND key = ?2");
        using var select = Command("SELECT id, weight, since, props FROM edges WHERE type = $type AND src = $src AND dst = $dst AND qualifier = $qualifier");
        using var insert = new SqliteRawStatement(_connection, """
            INSERT INTO edges (type, src, dst, qualifier, weight, since, props, source, source_ref, fetched_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
            ON CONFLICT (type, src, dst, qualifier) DO NOTHING
            """);
        using var update = Command("""
            UPDATE edges SET weight = $weight, since = $since, props = $props, source = $source, source_ref = $ref, fetched_at = $fetched, updated_at = $now
            WHERE id = $id
            """);
        int added = 0, updated = 0, unchanged = 0;
        var rejected = new List<RejectedEdge>();
        foreach (var edge in edges)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var src = NodeId(findNode, edge.From);
            var dst = NodeId(findNode, edge.To);
            if (src is null || dst is null)
            {
                rejected.Add(new RejectedEdge(edge, $"{edge.Type.Name()} refers to {(src is null ? edge.From : edge.To)}, which is not in the store or the batch"));
                continue;
            }

            BindEdge(insert, edge, src.Value, dst.Value, edge.Since, edge.Properties);
            if (insert.Execute() == 1)
            {
                added++;
                continue;
            }

            Bind(select, ("$type", edge.Type.Name()), ("$src", src.Value), ("$dst", dst.Value), ("$qualifier", edge.Qualifier));
            using var reader = select.ExecuteReader();
            reader.Read();

            var id = reader.GetInt64(0);
            double? storedWeight = reader.IsDBNull(1) ? null : reader.GetDouble(1);
            DateOnly? storedSince = reader.IsDBNull(2) ? null : SqliteRows.ParseDate(reader.GetString(2));
            var storedProps = reader.GetString(3);
            reader.Close();

            // The earliest observation wins: "since" is when the fact was first seen.
            var since = storedSince is { } s && (edge.Since is null || s < edge.Since) ? storedSince : edge.Since;
            // A source that knows no weight does not erase another source's.
            var weight = edge.Weight ?? storedWeight;
            var props = PropertyJson.ReadProperties(storedProps).SetItems(edge.Properties);
            if (Nullable.Equals(storedWeight, weight) && storedSince == since && PropertyJson.Write(props) == storedProps)
            {
                unchanged++;
                continue;
            }

            BindEdge(update, edge with { Weight = weight }, src.Value, dst.Value, since, props);
            Bind(update, ("$id", id));
            update.ExecuteNonQuery();
            updated++;
        }

        return (added, updated, unchanged, rejected);
    }

    private long? NodeId(SqliteRawStatement findNode, NodeRef node)
    {
        // Committed ids first: during a load nearly every endpoint was written by an earlier batch (a node's id
        // never changes while the cache is valid, so the order of the two look-ups does not matter otherwise).
        if (_known.TryGet(node, out var id) || _ids.TryGetValue(node, out id))
        {
            return id;
        }

        findNode.Bind(1, node.Kind.Label());
        findNode.Bind(2, node.Key);
        if (findNode.ScalarInt64() is not { } found)
        {
            return null;
        }

        _ids[node] = found;
        return found;
    }

    private void BindNode(SqliteCommand command, GraphNode node, IEnumerable<string> tags, IReadOnlyDictionary<string, string> props) => Bind(
        command,
        ("$kind", node.Kind.Label()),
        ("$key", node.Key),
        ("$name", node.Name),
        ("$norm", NameNormalizer.Normalize(node.Name)),
        ("$tags", PropertyJson.Write(tags)),
        ("$props", PropertyJson.Write(props)),
        ("$source", node.Provenance.Source),
        ("$ref", node.Provenance.Reference),
        ("$fetched", FormatFetched(node.Provenance.FetchedAt)),
        ("$now", _now));

    private void BindEdge(SqliteCommand command, GraphEdge edge, long src, long dst, DateOnly? since, IReadOnlyDictionary<string, string> props) => Bind(
        command,
        ("$type", edge.Type.Name()),
        ("$src", src),
        ("$dst", dst),
        ("$qualifier", edge.Qualifier),
        ("$weight", edge.Weight),
        ("$since", since is { } d ? SqliteRows.FormatDate(d) : null),
        ("$props", PropertyJson.Write(props)),
        ("$source", edge.Provenance.Source),
        ("$ref", edge.Provenance.Reference),
        ("$fetched", FormatFetched(edge.Provenance.FetchedAt)),
        ("$now", _now));

    // A load stamps every row with the same fetched-at: format it once, not per row.
    private string FormatFetched(DateTimeOffset time)
    {
        if (_lastFetched.Text is null || _lastFetched.Time != time || _lastFetched.Time.Offset != time.Offset)
        {
            _lastFetched = (time, SqliteRows.FormatTime(time));
        }

        return _lastFetched.Text;
    }

    // Facts arrive ordered by date: consecutive relationships share their since text (and its binding).
    private string FormatSince(DateOnly date)
    {
        if (_lastSince.Text is null || _lastSince.Date != date)
        {
            _lastSince = (date, SqliteRows.FormatDate(date));
        }

        return _lastSince.Text;
    }

    // The raw statements' columns in the order of their ?N parameters.
    private void BindNode(SqliteRawStatement statement, GraphNode node, IEnumerable<string> tags, IReadOnlyDictionary<string, string> props)
    {
        statement.Bind(1, node.Kind.Label());
        statement.Bind(2, node.Key);
        statement.Bind(3, node.Name);
        statement.Bind(4, NameNormalizer.Normalize(node.Name));
        statement.Bind(5, PropertyJson.Write(tags));
        statement.Bind(6, PropertyJson.Write(props));
        statement.Bind(7, node.Provenance.Source);
        statement.Bind(8, node.Provenance.Reference);
        statement.Bind(9, FormatFetched(node.Provenance.FetchedAt));
        statement.Bind(10, _now);
    }

    private void BindEdge(SqliteRawStatement statement, GraphEdge edge, long src, long dst, DateOnly? since, IReadOnlyDictionary<string, string> props)
    {
        statement.Bind(1, edge.Type.Name());
        statement.Bind(2, src);
        statement.Bind(3, dst);
        statement.Bind(4, edge.Qualifier);
        statement.Bind(5, edge.Weight);
        statement.Bind(6, since is { } d ? FormatSince(d) : null);
        statement.Bind(7, PropertyJson.Write(props));
        statement.Bind(8, edge.Provenance.Source);
        statement.Bind(9, edge.Provenance.Reference);
        statement.Bind(10, FormatFetched(edge.Provenance.FetchedAt));
        statement.Bind(11, _now);
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Bind(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        // A statement is bound with the same names in the same order on every row: look at that
        // position first, so the per-row cost is not a search through the parameter list by name.
        var parameters = command.Parameters;
        for (var i = 0; i < values.Length; i++)
        {
            var (name, value) = values[i];
            var parameter = i < parameters.Count && parameters[i].ParameterName == name ? parameters[i]
                : parameters.Contains(name) ? parameters[name]
                : null;
            if (parameter is null)
            {
                parameters.AddWithValue(name, value ?? DBNull.Value);
            }
            else
            {
                parameter.Value = value ?? DBNull.Value;
            }
        }
    }
}

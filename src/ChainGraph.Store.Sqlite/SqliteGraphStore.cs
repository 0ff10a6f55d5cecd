using System.Globalization;
using System.Runtime.CompilerServices;
using ChainGraph.Core.Io;
using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Core.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ChainGraph.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Each <see cref="UpsertAsync"/> is one
/// transaction; writes merge into existing rows on natural keys (tags and aliases united,
/// properties overlaid, the earliest <c>since</c> kept), so re-running an import changes nothing.
/// Batches are written one at a time through one writer connection that keeps the node ids it has seen
/// (<see cref="SqliteNodeIds"/>); a bulk load session builds the secondary indexes after the data.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore, IBulkLoadTarget
{
    private readonly SqliteStoreOptions _options;
    private readonly string _connectionString;
    private readonly string _writerConnectionString;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SemaphoreSlim _initializing = new(1, 1);
    private readonly SqliteNodeIds _nodeIds = new();
    private SqliteConnection? _writer;
    private int _bulkDepth;
    private bool _bulkDeferred;
    private volatile bool _initialized;

    public SqliteGraphStore(SqliteStoreOptions options, TimeProvider clock)
    {
        options.Validate();
        _options = options;
        _clock = clock;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)options.BusyTimeout.TotalSeconds,
        }.ToString();
        // The writer is one long-lived connection outside the pool (its node-id cache is tied to it).
        _writerConnectionString = new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString();
    }

    /// <summary>
    /// The pragmas ChainGraph writes with (journal, durability, page cache), as SQL, so a baseline such as
    /// <c>bench scale</c>'s raw <c>sqlite3 .import</c> can run with exactly the same ones.
    /// </summary>
    public static string BulkPragmas => "PRAGMA journal_mode = WAL; " + ConnectionPragmas;

    private const string ConnectionPragmas = "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;";

    public string Description => $"sqlite:{_options.Path}";

    public string Path => _options.Path;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(_options.Path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // The file holds password hashes and internal lists: readable by its owner only (SQLite gives the
        // -wal and -shm files the database file's mode). An existing file is tightened the same way.
        OwnerOnlyFile.CreateIfMissing(_options.Path);
        foreach (var file in new[] { _options.Path, _options.Path + "-wal", _options.Path + "-shm" })
        {
            OwnerOnlyFile.Restrict(file);
        }

        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "PRAGMA journal_mode = WAL;";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            SqliteSchema.Migrate(connection, _options.Path);
            // A bulk load killed before it rebuilt its indexes left them missing: build them now.
            SqliteDeferredIndexes.Restore(connection);
        }
        catch (SqliteException ex)
        {
            throw new StoreSchemaException($"Cannot use '{_options.Path}' as a ChainGraph store: {ex.Message}. Point --db (CHAINGRAPH_DB) to a ChainGraph database or a new file.");
        }

        _initialized = true;
    }

    /// <summary>
    /// Opens a connection on a store whose schema is in place, initializing (migrating) it once on first use:
    /// for the tables that live in this file even when the graph itself is in Neo4j (job history, the 项目库).
    /// </summary>
    public async Task<SqliteConnection> OpenInitializedAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await _initializing.WaitAsync(cancellationToken);
            try
            {
                if (!_initialized)
                {
                    await InitializeAsync(cancellationToken);
                }
            }
            finally
            {
                _initializing.Release();
            }
        }

        return await OpenAsync(cancellationToken);
    }

    /// <summary>Opens a pooled connection with the per-connection pragmas set; the caller disposes it.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await OpenConnectionAsync(connection, cancellationToken);
        return connection;
    }

    private async Task OpenConnectionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (SqliteException ex)
        {
            await connection.DisposeAsync();
            throw new IOException($"Cannot open the ChainGraph database '{_options.Path}': {ex.Message}", ex);
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"{ConnectionPragmas} PRAGMA busy_timeout = {(int)_options.BusyTimeout.TotalMilliseconds};";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<UpsertResult> UpsertAsync(GraphBatch batch, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var connection = await WriterAsync(cancellationToken);
            using var transaction = connection.BeginTransaction(deferred: false);
            _nodeIds.Validate(DataVersion(connection, transaction));
            var writer = new SqliteBatchWriter(connection, transaction, _clock.GetUtcNow(), _nodeIds);
            var result = writer.Write(batch, cancellationToken);
            transaction.Commit();
            _nodeIds.Commit(writer.NodeIds);
            return result;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>
    /// Starts a bulk load. When the load is at least as large as the relationships already stored, the
    /// secondary indexes (<see cref="SqliteDeferredIndexes"/>) are dropped now and built once when the
    /// session ends: a sorted build instead of millions of random index inserts. If the process dies
    /// first, the next <see cref="InitializeAsync"/> builds them.
    /// </summary>
    public async Task<IAsyncDisposable> BeginBulkLoadAsync(long expectedRows, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            if (_bulkDepth++ == 0)
            {
                var connection = await WriterAsync(cancellationToken);
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT coalesce(max(id), 0) FROM edges";
                _bulkDeferred = expectedRows >= Convert.ToInt64(command.ExecuteScalar());
                if (_bulkDeferred)
                {
                    SqliteDeferredIndexes.Drop(connection);
                }
            }

            return new BulkLoadSession(this);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task EndBulkLoadAsync()
    {
        await _writeGate.WaitAsync(CancellationToken.None);
        try
        {
            if (--_bulkDepth == 0 && _bulkDeferred)
            {
                var connection = await WriterAsync(CancellationToken.None);
                SqliteDeferredIndexes.Restore(connection);
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                command.ExecuteNonQuery();
                _bulkDeferred = false;
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private sealed class BulkLoadSession(SqliteGraphStore store) : IAsyncDisposable
    {
        private int _disposed;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                await store.EndBulkLoadAsync();
            }
        }
    }

    /// <summary>The connection all batches are written through, opened on first use and kept until disposal.</summary>
    private async Task<SqliteConnection> WriterAsync(CancellationToken cancellationToken)
    {
        if (_writer is null)
        {
            var connection = new SqliteConnection(_writerConnectionString);
            await OpenConnectionAsync(connection, cancellationToken);
            _writer = connection;
        }

        return _writer;
    }

    private static long DataVersion(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA data_version";
        return Convert.ToInt64(command.ExecuteScalar());
    }

    public async Task<int> DeleteNodesAsync(IReadOnlyCollection<NodeRef> nodes, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM nodes WHERE kind = $kind AND key = $key";
        var kind = command.Parameters.Add("$kind", SqliteType.Text);
        var key = command.Parameters.Add("$key", SqliteType.Text);
        var removed = 0;
        foreach (var node in nodes)
        {
            kind.Value = node.Kind.Label();
            key.Value = node.Key;
            removed += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    public async Task<int> DeleteEdgesAsync(IReadOnlyCollection<EdgeKey> edges, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            DELETE FROM edges WHERE type = $type AND qualifier = $qualifier
              AND src = (SELECT id FROM nodes WHERE kind = $fk AND key = $fkey)
              AND dst = (SELECT id FROM nodes WHERE kind = $tk AND key = $tkey)
            """;
        var type = command.Parameters.Add("$type", SqliteType.Text);
        var qualifier = command.Parameters.Add("$qualifier", SqliteType.Text);
        var fromKind = command.Parameters.Add("$fk", SqliteType.Text);
        var fromKey = command.Parameters.Add("$fkey", SqliteType.Text);
        var toKind = command.Parameters.Add("$tk", SqliteType.Text);
        var toKey = command.Parameters.Add("$tkey", SqliteType.Text);
        var removed = 0;
        foreach (var edge in edges)
        {
            type.Value = edge.Type.Name();
            qualifier.Value = edge.Qualifier;
            fromKind.Value = edge.From.Kind.Label();
            fromKey.Value = edge.From.Key;
            toKind.Value = edge.To.Kind.Label();
            toKey.Value = edge.To.Key;
            removed += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    /// <summary>Streams every node in id order, stepped on the raw statement like <see cref="ReadEdgesAsync"/>.</summary>
    public async IAsyncEnumerable<StoredNode> ReadNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        EnsureInitialized();
        await using var connection = await OpenAsync(cancellationToken);
        var aliases = await ReadAliasesAsync(connection, ids: null, cancellationToken);
        var pool = new StringPool();
        var columns = new SqliteRows.RepeatedNodeColumns(pool);
        using var statement = Prepare(connection, $"SELECT id, {SqliteRows.NodeColumns} FROM nodes ORDER BY id");
        for (var row = 0L; Step(connection, statement, row, cancellationToken); row++)
        {
            var id = raw.sqlite3_column_int64(statement, 0);
            var node = SqliteRows.ReadNode(statement, 1, aliases.GetValueOrDefault(id), columns);
            yield return new StoredNode(id, node);
        }
    }

    /// <summary>
    /// Streams every relationship in id order. Stepped on the raw statement (a snapshot of ten million
    /// relationships reads in a third of the time a data reader takes): repeated texts (type, source, fetched-at) are
    /// decoded once (<see cref="SqliteRepeatedText{T}"/>), dates are read from their bytes and empty properties are not parsed.
    /// </summary>
    public async IAsyncEnumerable<StoredEdge> ReadEdgesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        EnsureInitialized();
        await using var connection = await OpenAsync(cancellationToken);
        var columns = new SqliteRows.RepeatedEdgeColumns(new StringPool());
        using var statement = Prepare(connection, $"SELECT id, {SqliteRows.StoredEdgeColumns} FROM edges ORDER BY id");
        for (var row = 0L; Step(connection, statement, row, cancellationToken); row++)
        {
            yield return SqliteRows.ReadStoredEdge(statement, columns);
        }
    }

    private static sqlite3_stmt Prepare(SqliteConnection connection, string sql)
    {
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement);
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        }

        return statement;
    }

    // One step of a long scan: true on a row, false when done; checks for cancellation every 65,536 rows.
    private static bool Step(SqliteConnection connection, sqlite3_stmt statement, long row, CancellationToken cancellationToken)
    {
        if ((row & 0xFFFF) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        var rc = raw.sqlite3_step(statement);
        if (rc is not (raw.SQLITE_ROW or raw.SQLITE_DONE))
        {
            SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        }

        return rc == raw.SQLITE_ROW;
    }

    public async Task<GraphNode?> GetNodeAsync(NodeRef node, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        await using var connection = await OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id, {SqliteRows.NodeColumns} FROM nodes WHERE kind = $kind AND key = $key";
        command.Parameters.AddWithValue("$kind", node.Kind.Label());
        command.Parameters.AddWithValue("$key", node.Key);
        var found = await ReadNodesWithAliasesAsync(connection, command, cancellationToken);
        return found.Count > 0 ? found[0] : null;
    }

    public async Task<IReadOnlyList<GraphNode>> SearchAsync(string text, NodeKind? kind, int limit, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var term = text.Trim();
        if (term.Length == 0)
        {
            return [];
        }

        var norm = NameNormalizer.Normalize(term);
        await using var connection = await OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH hits AS (
              SELECT n.id, min(CASE
                  WHEN n.key = $term OR n.name = $term THEN 0
                  WHEN n.name LIKE $prefix ESCAPE '\' OR n.norm_name LIKE $normPrefix ESCAPE '\' OR a.norm LIKE $normPrefix ESCAPE '\' OR n.key LIKE $prefix ESCAPE '\' THEN 1
                  ELSE 2 END) AS rank
              FROM nodes n LEFT JOIN aliases a ON a.node_id = n.id
              WHERE ($kind IS NULL OR n.kind = $kind)
                AND (n.name LIKE $contains ESCAPE '\' OR n.key LIKE $contains ESCAPE '\' OR n.norm_name LIKE $normContains ESCAPE '\'
                     OR a.alias LIKE $contains ESCAPE '\' OR a.norm LIKE $normContains ESCAPE '\'
                     OR json_extract(n.props, '$.fullName') LIKE $contains ESCAPE '\' OR json_extract(n.props, '$.fullName') LIKE $normContains ESCAPE '\')
              GROUP BY n.id)
            SELECT n.id, {SqliteRows.NodeColumns} FROM hits h JOIN nodes n ON n.id = h.id
            ORDER BY h.rank, CASE n.kind WHEN 'Enterprise' THEN 0 ELSE 1 END, length(n.name), n.name
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$term", term);
        command.Parameters.AddWithValue("$prefix", SqliteRows.EscapeLike(term) + "%");
        command.Parameters.AddWithValue("$contains", "%" + SqliteRows.EscapeLike(term) + "%");
        command.Parameters.AddWithValue("$normPrefix", SqliteRows.EscapeLike(norm) + "%");
        command.Parameters.AddWithValue("$normContains", norm.Length == 0 ? "" : "%" + SqliteRows.EscapeLike(norm) + "%");
        command.Parameters.AddWithValue("$kind", kind is null ? DBNull.Value : kind.Value.Label());
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadNodesWithAliasesAsync(connection, command, cancellationToken);
    }

    public async Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(NodeRef node, CancellationToken cancellationToken)
    {
        EnsureInitialized();
        await using var connection = await OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT e.type, s.kind, s.key, d.kind, d.key, e.qualifier, e.weight, e.since, e.props, e.source, e.source_ref, e.fetched_at
            FROM nodes n JOIN edges e ON e.src = n.id OR e.dst = n.id
            JOIN nodes s ON s.id = e.src JOIN nodes d ON d.id = e.dst
            WHERE n.kind = $kind AND n.key = $key
            ORDER BY e.type, e.id
            """;
        command.Parameters.AddWithValue("$kind", node.Kind.Label());
        command.Parameters.AddWithValue("$key", node.Key);
        var edges = new List<GraphEdge>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            edges.Add(SqliteRows.ReadEdge(reader));
        }

        return edges;
    }

    public async Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        EnsureInitialized();
        await using var connection = await OpenAsync(cancellationToken);
        var nodes = new Dictionary<NodeKind, long>();
        var relationships = new Dictionary<RelType, long>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT kind, count(*) FROM nodes GROUP BY kind";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                nodes[GraphNames.ParseKind(reader.GetString(0))] = reader.GetInt64(1);
            }
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT type, count(*) FROM edges GROUP BY type";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                relationships[GraphNames.ParseRelType(reader.GetString(0))] = reader.GetInt64(1);
            }
        }

        return new StoreStats(nodes, relationships);
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer is { } writer)
        {
            _writer = null;
            await writer.DisposeAsync();
        }

        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
    }

    private void EnsureInitialized()
    {
        if (!_initialized)
        {
            throw new InvalidOperationException($"The store {Description} is not initialized; call InitializeAsync first.");
        }
    }

    /// <summary>Aliases by node id: of every node, or of the given ids only.</summary>
    private static async Task<Dictionary<long, List<string>>> ReadAliasesAsync(SqliteConnection connection, IEnumerable<long>? ids, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        var filter = ids is null ? "" : $"WHERE node_id IN ({string.Join(',', ids)})";
        command.CommandText = $"SELECT node_id, alias FROM aliases {filter} ORDER BY node_id, alias";
        return await ReadAliasesAsync(command, cancellationToken);
    }

    /// <summary>Aliases by node id from a query answering (node id, alias) rows.</summary>
    private static async Task<Dictionary<long, List<string>>> ReadAliasesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var aliases = new Dictionary<long, List<string>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            if (!aliases.TryGetValue(id, out var list))
            {
                aliases[id] = list = [];
            }

            list.Add(reader.GetString(1));
        }

        return aliases;
    }

    private static async Task<IReadOnlyList<GraphNode>> ReadNodesWithAliasesAsync(SqliteConnection connection, SqliteCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<(long Id, GraphNode Node)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt64(0), SqliteRows.ReadNode(reader, 1, null)));
            }
        }

        if (rows.Count == 0)
        {
            return [];
        }

        var aliases = await ReadAliasesAsync(connection, rows.Select(r => r.Id), cancellationToken);
        return rows.Select(r => aliases.TryGetValue(r.Id, out var a) ? r.Node with { Aliases = [.. a] } : r.Node).ToArray();
    }
}

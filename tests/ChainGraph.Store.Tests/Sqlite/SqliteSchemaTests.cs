using ChainGraph.Core.Store;
using ChainGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Tests.Sqlite;

/// <summary>The versioned DDL: new files are created at the latest version; files it cannot use are refused with what to do.</summary>
public sealed class SqliteSchemaTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chaingraph-schema-").FullName;

    private string DbPath => Path.Combine(_folder, "graph.db");

    [Fact]
    public async Task Initialize_NewFile_CreatesSchemaAtLatestVersionInWalMode()
    {
        await using var store = new SqliteGraphStore(new SqliteStoreOptions { Path = Path.Combine(_folder, "sub", "graph.db") }, TimeProvider.System);
        await store.InitializeAsync(CancellationToken.None);
        await using var connection = await store.OpenAsync(CancellationToken.None);
        Assert.True(Scalar(connection, "PRAGMA user_version") >= 1);
        Assert.Equal("wal", ScalarText(connection, "PRAGMA journal_mode"));
        Assert.Equal(1, Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'nodes'"));
    }

    [Fact]
    public async Task Initialize_Twice_KeepsDataAndVersion()
    {
        await using (var first = new SqliteGraphStore(new SqliteStoreOptions { Path = DbPath }, TimeProvider.System))
        {
            await first.InitializeAsync(CancellationToken.None);
        }

        await using var second = new SqliteGraphStore(new SqliteStoreOptions { Path = DbPath }, TimeProvider.System);
        await second.InitializeAsync(CancellationToken.None);
        Assert.Empty((await second.GetStatsAsync(CancellationToken.None)).Nodes);
    }

    [Fact]
    public async Task Initialize_FileOfVersion1_MigratesToLatestKeepingItsGraph()
    {
        using (var ddl = new StreamReader(typeof(SqliteGraphStore).Assembly.GetManifestResourceStream("schema/001_graph.sql")!))
        {
            await CreateRawDatabaseAsync(await ddl.ReadToEndAsync() + """
                ;PRAGMA user_version = 1;
                INSERT INTO nodes (kind, key, name, norm_name, source, fetched_at, updated_at)
                VALUES ('Enterprise', '603019.SH', '中科曙光', '中科曙光', 'ckg', '2024-01-01T00:00:00+00:00', '2024-01-01T00:00:00+00:00');
                """);
        }

        await using var store = new SqliteGraphStore(new SqliteStoreOptions { Path = DbPath }, TimeProvider.System);
        await store.InitializeAsync(CancellationToken.None);

        var node = await store.GetNodeAsync(new Core.Model.NodeRef(Core.Model.NodeKind.Enterprise, "603019.SH"), CancellationToken.None);
        Assert.Equal("中科曙光", node?.Name);
        await using var connection = await store.OpenAsync(CancellationToken.None);
        Assert.Equal(6, Scalar(connection, "PRAGMA user_version"));
        Assert.Equal(1, Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'job_runs'"));
        Assert.Equal(1, Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'web_users'"));
        Assert.Equal(1, Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'web_sessions'"));
        Assert.Equal(1, Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'projects'"));
        Assert.Equal(0, Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name IN ('nodes_norm', 'nodes_kind_norm')"));
    }

    [Fact]
    public async Task Initialize_FileFromNewerVersion_RefusedWithWhatToDo()
    {
        await CreateRawDatabaseAsync("CREATE TABLE nodes (id INTEGER); PRAGMA user_version = 999;");
        await using var store = new SqliteGraphStore(new SqliteStoreOptions { Path = DbPath }, TimeProvider.System);
        var error = await Assert.ThrowsAsync<StoreSchemaException>(() => store.InitializeAsync(CancellationToken.None));
        Assert.Contains("schema version 999", error.Message);
        Assert.Contains("Upgrade ChainGraph", error.Message);
    }

    [Fact]
    public async Task Initialize_ForeignSqliteFile_RefusedWithWhatToDo()
    {
        await CreateRawDatabaseAsync("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);");
        await using var store = new SqliteGraphStore(new SqliteStoreOptions { Path = DbPath }, TimeProvider.System);
        var error = await Assert.ThrowsAsync<StoreSchemaException>(() => store.InitializeAsync(CancellationToken.None));
        Assert.Contains("not a ChainGraph store", error.Message);
        Assert.Contains("--db", error.Message);
    }

    [Fact]
    public async Task Initialize_FileThatIsNotSqlite_FailsNamingTheFile()
    {
        await File.WriteAllTextAsync(DbPath, "this is a text file, not a database, and it is long enough to have a header");
        await using var store = new SqliteGraphStore(new SqliteStoreOptions { Path = DbPath }, TimeProvider.System);
        var error = await Assert.ThrowsAnyAsync<Exception>(() => store.InitializeAsync(CancellationToken.None));
        Assert.Contains("graph.db", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Options_EmptyPath_RefusedWithTheSettingName(string path)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new SqliteStoreOptions { Path = path }.Validate());
        Assert.Contains("ChainGraph:Sqlite:Path", error.Message);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task CreateRawDatabaseAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private static string? ScalarText(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }
}

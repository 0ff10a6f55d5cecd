using ChainGraph.Projects.Editing;
using ChainGraph.Projects.Tests.TestSupport;
using ChainGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Projects.Tests.Storage;

/// <summary>Schema 5 (the 项目库) is added to a store written by the previous version, keeping what it held.</summary>
public sealed class MigrationTests
{
    [Fact]
    public async Task Open_StoreOfVersion4_MigratesTo5KeepingGraphAndAccounts()
    {
        var folder = Directory.CreateTempSubdirectory("chaingraph-migrate-");
        var path = Path.Combine(folder.FullName, "graph.db");
        try
        {
            await using (var raw = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                await raw.OpenAsync();
                foreach (var script in new[] { "001_graph.sql", "002_ingest_jobs.sql", "003_webapp.sql", "004_drop_unused_name_indexes.sql" })
                {
                    using var reader = new StreamReader(typeof(SqliteGraphStore).Assembly.GetManifestResourceStream("schema/" + script)!);
                    await Execute(raw, await reader.ReadToEndAsync());
                }

                await Execute(raw, """
                    PRAGMA user_version = 4;
                    INSERT INTO nodes (kind, key, name, norm_name, source, fetched_at, updated_at)
                    VALUES ('Enterprise', '300750.SZ', '宁德时代', '宁德时代', 'ckg', '2024-01-01T00:00:00+00:00', '2024-01-01T00:00:00+00:00');
                    INSERT INTO web_users (user_name, display_name, password_hash, created_at) VALUES ('lead', '链长', 'x', '2024-01-01T00:00:00+00:00');
                    """);
            }

            await using var harness = await PipelineHarness.CreateAsync(new Dictionary<string, string?> { ["ChainGraph:Sqlite:Path"] = path }, PipelineHarness.CatlNode);
            await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            await connection.OpenAsync();
            Assert.Equal(6L, await Scalar(connection, "PRAGMA user_version"));
            Assert.Equal(1L, await Scalar(connection, "SELECT count(*) FROM web_users WHERE user_name = 'lead'"));
            Assert.Equal(1L, await Scalar(connection, "SELECT count(*) FROM nodes WHERE key = '300750.SZ'"));

            var project = await harness.CreateAsync(new ProjectInput { EnterpriseKey = "300750.SZ" });
            Assert.Equal("宁德时代", project.EnterpriseName);
            Assert.Equal(1L, await Scalar(connection, "SELECT count(*) FROM project_audit"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

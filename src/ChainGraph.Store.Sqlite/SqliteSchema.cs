using System.Reflection;
using Microsoft.Data.Sqlite;
using ChainGraph.Core.Store;

namespace ChainGraph.Store.Sqlite;

/// <summary>
/// Versioned DDL: scripts graph-schema/sqlite/NNN_name.sql are applied in order and
/// <c>PRAGMA user_version</c> records the last one. A database from a newer ChainGraph, or a file
/// that is not a ChainGraph database, fails with a message that says what to do.
/// </summary>
internal static class SqliteSchema
{
    private static readonly IReadOnlyList<(int Version, string Name, string Sql)> s_scripts = LoadScripts();

    public static int LatestVersion => s_scripts[^1].Version;

    public static void Migrate(SqliteConnection connection, string path)
    {
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"));
        if (version > LatestVersion)
        {
            throw new StoreSchemaException(
                $"The database '{path}' has schema version {version}, written by a newer ChainGraph; this version knows up to {LatestVersion}. " +
                "Upgrade ChainGraph, or point --db (CHAINGRAPH_DB) to another file.");
        }

        if (version == 0 && Convert.ToInt64(Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table'")) > 0)
        {
            throw new StoreSchemaException(
                $"The file '{path}' is a SQLite database but not a ChainGraph store (no schema version). Point --db (CHAINGRAPH_DB) to a new file.");
        }

        foreach (var (scriptVersion, name, sql) in s_scripts.Where(s => s.Version > version))
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql + $";\nPRAGMA user_version = {scriptVersion};";
            try
            {
                command.ExecuteNonQuery();
            }
            catch (SqliteException ex)
            {
                throw new StoreSchemaException($"Migrating '{path}' to schema version {scriptVersion} ({name}) failed: {ex.Message}. The database was left at version {version}.");
            }

            transaction.Commit();
            version = scriptVersion;
        }
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static IReadOnlyList<(int, string, string)> LoadScripts()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var scripts = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("schema/", StringComparison.Ordinal)))
        {
            var name = resource["schema/".Length..];
            var version = int.Parse(name[..name.IndexOf('_')], System.Globalization.CultureInfo.InvariantCulture);
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            scripts.Add((version, name, reader.ReadToEnd()));
        }

        return scripts.OrderBy(s => s.Item1).ToArray();
    }
}

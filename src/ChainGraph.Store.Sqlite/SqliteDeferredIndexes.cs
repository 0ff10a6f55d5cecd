using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Sqlite;

/// <summary>
/// The secondary indexes a bulk load may drop and rebuild afterwards: the relationship look-ups by
/// endpoint and the alias look-up by normalized name. Uniqueness constraints (natural keys) are never
/// dropped, so every upsert stays idempotent during a bulk load. The statements are those of
/// graph-schema/sqlite (a test checks that they match what the migrations create), written with
/// IF NOT EXISTS so that <see cref="Restore"/> also repairs a store whose bulk load was killed.
/// </summary>
internal static class SqliteDeferredIndexes
{
    public static IReadOnlyList<(string Name, string Create)> All { get; } =
    [
        ("edges_src", "CREATE INDEX IF NOT EXISTS edges_src ON edges (src, type)"),
        ("edges_dst", "CREATE INDEX IF NOT EXISTS edges_dst ON edges (dst, type)"),
        ("aliases_norm", "CREATE INDEX IF NOT EXISTS aliases_norm ON aliases (norm)"),
    ];

    public static void Drop(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = string.Join(";\n", All.Select(i => $"DROP INDEX IF EXISTS {i.Name}"));
        command.ExecuteNonQuery();
    }

    /// <summary>Creates whichever of the indexes is missing (a no-op on a healthy store).</summary>
    public static int Restore(SqliteConnection connection)
    {
        var missing = All.Where(i => !Exists(connection, i.Name)).ToList();
        foreach (var (_, create) in missing)
        {
            using var command = connection.CreateCommand();
            command.CommandText = create;
            command.ExecuteNonQuery();
        }

        return missing.Count;
    }

    private static bool Exists(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = $name";
        command.Parameters.AddWithValue("$name", name);
        return Convert.ToInt64(command.ExecuteScalar()) > 0;
    }
}

using System.Globalization;
using ChainGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Projects.Storage;

/// <summary>
/// The pipeline's tables (graph-schema/sqlite/005_projects.sql) live in the embedded store's SQLite file, so
/// one file is the whole deployment; with the Neo4j backend that file still holds them. The schema is
/// migrated once, on first use.
/// </summary>
public sealed class ProjectDatabase(SqliteGraphStore store)
{
    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => store.OpenInitializedAsync(cancellationToken);

    internal static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value switch
            {
                null => DBNull.Value,
                DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateTimeOffset instant => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
                Enum code => code.ToString(),
                var other => other,
            });
        }

        return command;
    }

    internal static DateOnly? Day(SqliteDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateOnly.ParseExact(reader.GetString(column), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static DateTimeOffset Instant(SqliteDataReader reader, int column) =>
        DateTimeOffset.Parse(reader.GetString(column), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    internal static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    internal static T Code<T>(string text) where T : struct, Enum => Enum.Parse<T>(text);

    /// <summary>亿元 ↔ whole 万元 (1 亿元 = 10,000 万元): amounts are stored exactly.</summary>
    internal static long ToWan(decimal yi) => (long)Math.Round(yi * 10_000m, MidpointRounding.AwayFromZero);

    internal static decimal ToYi(long wan) => wan / 10_000m;
}

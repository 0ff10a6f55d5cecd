using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Ingest.Tests.TestSupport;

/// <summary>
/// The real <c>chaingraph</c> command in a child process (so a test can kill it with SIGKILL), and
/// read-only looks into its database while it writes (WAL lets a reader in beside the writer).
/// </summary>
public static class ChildCli
{
    public static Process Start(string database, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "chaingraph.dll"));
        foreach (var arg in args.Concat(["--db", database]))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs the command to its end; returns its exit code, standard output and standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string database, params string[] args)
    {
        using var child = Start(database, null, args);
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync();
        return (child.ExitCode, await output, await error);
    }

    /// <summary>Nodes plus relationships committed so far (0 before the schema exists).</summary>
    public static long CountRows(string database) => Scalar(database, "SELECT (SELECT count(*) FROM nodes) + (SELECT count(*) FROM edges)", 0L);

    public static T Scalar<T>(string database, string sql, T fallback)
    {
        if (!File.Exists(database))
        {
            return fallback;
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            return command.ExecuteScalar() is { } value and not DBNull ? (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture) : fallback;
        }
        catch (SqliteException)
        {
            return fallback; // the schema is not created yet
        }
    }
}

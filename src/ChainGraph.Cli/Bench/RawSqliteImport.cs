using System.Diagnostics;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Store.Sqlite;

namespace ChainGraph.Cli.Bench;

/// <summary>
/// The baseline of <c>bench scale</c>: the rows ChainGraph stored (nodes, aliases, relationships) dumped
/// to CSV and loaded with the <c>sqlite3</c> shell's <c>.import</c> into a fresh file with ChainGraph's
/// schema (same tables, constraints and indexes, created before the data) and the pragmas ChainGraph's
/// import runs with. What is left is the cost of SQLite itself: no parsing, no resolution, no merging.
/// The shell reports its own <c>/proc/PID/io</c> so bytes written are measured on both sides.
/// </summary>
internal static class RawSqliteImport
{
    public static readonly string[] Tables = ["nodes", "aliases", "edges"];

    public sealed record Result(PhaseFigures Figures, long Rows, string Pragmas);

    /// <summary>Writes one CSV per table of <paramref name="projectDb"/> into <paramref name="folder"/>.</summary>
    public static async Task ExportAsync(string projectDb, string folder, CancellationToken cancellationToken)
    {
        var script = string.Join('\n', Tables.Select(t => $".once '{Path.Combine(folder, t + ".csv")}'\nSELECT * FROM {t};")) + "\n";
        await RunShellAsync(projectDb, ".mode csv\n" + script, cancellationToken);
    }

    /// <summary>Creates <paramref name="rawDb"/> with ChainGraph's schema, then times <c>.import</c> of the CSVs.</summary>
    public static async Task<Result> ImportAsync(string folder, string rawDb, long rows, CancellationToken cancellationToken)
    {
        await using (var store = new SqliteGraphStore(new SqliteStoreOptions { Path = rawDb }, TimeProvider.System))
        {
            await store.InitializeAsync(cancellationToken);
        }

        var pragmas = SqliteGraphStore.BulkPragmas;
        var script = pragmas + "\n"
            + string.Join('\n', Tables.Select(t => $".import --csv '{Path.Combine(folder, t + ".csv")}' {t}"))
            + "\n.system cat /proc/$PPID/io\n";
        var clock = Stopwatch.StartNew();
        var output = await RunShellAsync(rawDb, script, cancellationToken);
        var elapsed = clock.Elapsed;
        var written = ProcessMeter.ParseWriteBytes(output.Split('\n'));
        return new Result(new PhaseFigures(elapsed, written, null), rows, pragmas);
    }

    private static async Task<string> RunShellAsync(string database, string script, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("sqlite3", ["-batch", "-bail", database])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new CliUserException("Could not start the sqlite3 shell.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new CliUserException($"The raw baseline needs the sqlite3 shell on PATH ({ex.Message}). Install it: apt-get install sqlite3 (listed in scripts/apt-test.txt).");
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.StandardInput.WriteAsync(script);
            process.StandardInput.Close();
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new CliUserException($"sqlite3 {database} failed (exit {process.ExitCode}): {(await stderr).Trim()}");
            }

            return await stdout;
        }
    }
}

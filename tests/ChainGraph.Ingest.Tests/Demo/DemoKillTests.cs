using System.Diagnostics;
using ChainGraph.Ingest.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Ingest.Tests.Demo;

/// <summary>
/// kill -9 during <c>chaingraph ingest demo</c>, then the same command again: <c>stats --json</c> must equal a
/// clean import's (issue 13, failure 3). One store is killed in turn at several points (the ckg products,
/// the ICKG entities, the ICKG facts: each run is killed once it has committed more rows than the given
/// count), then completed; a clean import runs beside it. <c>scripts/kill-ingest.sh</c> does the same at
/// 20 random moments, one fresh store each.
/// </summary>
public sealed class DemoKillTests : IDisposable
{
    /// <summary>Committed rows (nodes + relationships) at which each run is killed; a whole import is about 352,900.</summary>
    private static readonly long[] s_killAtRows = [150_000, 280_000, 335_000];

    private static readonly TimeSpan s_runLimit = TimeSpan.FromMinutes(10);

    private readonly string _folder = Directory.CreateTempSubdirectory("chaingraph-kill-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task IngestDemo_KilledAtSeveralPointsThenRunAgain_StatsEqualACleanImport()
    {
        var clean = Path.Combine(_folder, "clean.db");
        var killed = Path.Combine(_folder, "killed.db");
        var cleanImport = ChildCli.RunAsync(clean, "ingest", "demo", "--json");

        foreach (var rows in s_killAtRows)
        {
            await KillAfterAsync(killed, rows);
        }

        var rerun = await ChildCli.RunAsync(killed, "ingest", "demo", "--json");
        Assert.True(rerun.ExitCode == 0, $"the re-run failed: {rerun.Error}");
        Assert.True((await cleanImport).ExitCode == 0, "the clean import failed");

        var expected = await ChildCli.RunAsync(clean, "stats", "--json");
        var actual = await ChildCli.RunAsync(killed, "stats", "--json");
        Assert.Equal(expected.Output, actual.Output);
        Assert.Equal("ok", ChildCli.Scalar(killed, "PRAGMA integrity_check", ""));
    }

    private static async Task KillAfterAsync(string database, long rows)
    {
        using var child = ChildCli.Start(database, null, "ingest", "demo", "--json");
        var watch = Stopwatch.StartNew();
        while (!child.HasExited && ChildCli.CountRows(database) <= rows)
        {
            Assert.True(watch.Elapsed < s_runLimit, $"ingest demo did not reach {rows:N0} rows in {s_runLimit}");
            await Task.Delay(20);
        }

        Assert.False(child.HasExited, $"ingest demo ended (exit {(child.HasExited ? child.ExitCode : 0)}) before it could be killed after {rows:N0} rows");
        child.Kill(entireProcessTree: true); // SIGKILL: no finally blocks, no flush, as kill -9
        await child.WaitForExitAsync();
    }
}

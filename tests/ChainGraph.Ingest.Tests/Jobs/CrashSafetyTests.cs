using System.Diagnostics;
using System.Globalization;
using System.Text;
using ChainGraph.Ingest.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Ingest.Tests.Jobs;

/// <summary>
/// Kills the real CLI (<c>chaingraph jobs run</c>, a child process) in the middle of a large
/// job: what was committed stays, no half batch exists (the row count is a whole number of
/// batches), the killed run stays visible as unfinished, and a re-run completes the source.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Rows = 40_000;
    private const int BatchSize = 500;
    private readonly string _folder = Directory.CreateTempSubdirectory("chaingraph-crash-").FullName;

    private string Database => Path.Combine(_folder, "graph.db");

    private string Ingest => Path.Combine(_folder, "ingest");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task JobsRun_KilledMidJob_KeepsWholeBatchesAndRerunCompletes()
    {
        WriteLargeSource();
        using (var child = StartCli("jobs", "run", "big"))
        {
            var seen = await WaitForRowsAsync(child, TimeSpan.FromSeconds(60));
            Assert.True(seen is > 0 and < Rows, $"expected to catch the job mid-way, saw {seen} of {Rows} rows");
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }

        var afterKill = CountNodes();
        Assert.InRange(afterKill, BatchSize, Rows - 1);
        Assert.Equal(0, afterKill % BatchSize);
        Assert.Equal("running", LastRunStatus());

        using var rerun = StartCli("jobs", "run", "big", "--json");
        var output = await rerun.StandardOutput.ReadToEndAsync();
        await rerun.WaitForExitAsync();

        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(Rows, CountNodes());
        Assert.Contains($"\"added\": {Rows - afterKill}", output);
        Assert.Equal("succeeded", LastRunStatus());
    }

    private void WriteLargeSource()
    {
        Directory.CreateDirectory(Path.Combine(Ingest, "sources"));
        File.WriteAllText(Path.Combine(Ingest, "sources", "big.yaml"), """
            kind: jsonl
            location: big.jsonl
            fields:
              name: name
              creditCode: creditCode
              city: city
            """);
        var text = new StringBuilder();
        for (var i = 0; i < Rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{{\"name\":\"测试企业{i:D6}科技有限公司\",\"creditCode\":\"91120000TEST{i:D6}\",\"city\":\"天津市\"}}\n");
        }

        File.WriteAllText(Path.Combine(Ingest, "big.jsonl"), text.ToString());
    }

    private Process StartCli(params string[] args) => ChildCli.Start(Database, new Dictionary<string, string>
    {
        ["CHAINGRAPH_INGEST"] = Ingest,
        ["ChainGraph__Ingest__BatchSize"] = BatchSize.ToString(CultureInfo.InvariantCulture),
    }, args);

    private async Task<long> WaitForRowsAsync(Process child, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit && !child.HasExited)
        {
            if (File.Exists(Database) && CountNodes() is var count and > 0)
            {
                return count;
            }

            await Task.Delay(10);
        }

        return child.HasExited ? Rows : 0;
    }

    private long CountNodes() => ChildCli.Scalar(Database, "SELECT count(*) FROM nodes", 0L);

    private string LastRunStatus() => ChildCli.Scalar(Database, "SELECT status FROM job_runs ORDER BY id DESC LIMIT 1", "");
}

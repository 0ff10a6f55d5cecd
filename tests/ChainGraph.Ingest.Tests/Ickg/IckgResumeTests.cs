using ChainGraph.Core.Io;
using ChainGraph.Core.Model;
using ChainGraph.Ingest.Ickg;
using ChainGraph.Ingest.Loading;
using ChainGraph.Ingest.Regions;
using ChainGraph.Ingest.Tests.TestSupport;

namespace ChainGraph.Ingest.Tests.Ickg;

/// <summary>
/// An ICKG load stopped after any batch and then run again must end with exactly the graph of a clean
/// load (issue 13, failure 3: after kill -9, 羽毛加工 was merged into a stored 羽毛（绒）加工 and an
/// enterprise stored without its LOCATED_IN edge never got one). Batches of two rows, so every
/// boundary between a node and its edge is a stop point; the real kill -9 test is <c>DemoKillTests</c>.
/// </summary>
public sealed class IckgResumeTests : IDisposable
{
    private const int BatchSize = 2;
    private static readonly DateTimeOffset s_fetchedAt = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("chaingraph-ickg-resume-").FullName;

    public IckgResumeTests()
    {
        // 羽毛（绒）加工 (id 0) and 羽毛加工 (id 4) share a normalized name; the companies carry a place, so they get LOCATED_IN.
        File.WriteAllLines(Path.Combine(_folder, "entity2id.txt"),
            ["羽毛（绒）加工\t0", "天津羽丰羽绒制品有限公司\t1", "河北雪龙羽绒有限公司\t2", "天津市羽丰羽绒制品股份有限公司\t3", "羽毛加工\t4", "安徽鸿羽毛制品有限公司\t5"]);
        File.WriteAllLines(Path.Combine(_folder, "relation2id.txt"), ["涉足行业\t0", "供给\t1"]);
        File.WriteAllLines(Path.Combine(_folder, "time2id.txt"), ["0,2024-01-05", "1,2024-03-08"]);
        File.WriteAllLines(Path.Combine(_folder, "facts.txt"),
            ["1\t0\t0\t0", "2\t0\t0\t0", "3\t0\t4\t1", "5\t0\t4\t1", "2\t1\t1\t1", "5\t1\t3\t1"]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task LoadAsync_StoppedAfterAnyBatchThenRunAgain_EqualsACleanLoad()
    {
        await using var clean = await TempStore.CreateAsync();
        var batches = await LoadAsync(clean, stopAfterBatches: null);
        var expected = await GraphAsync(clean);
        Assert.Contains("Industry ickg:羽毛加工", expected.Nodes);
        Assert.Contains(expected.Edges, e => e.StartsWith("LOCATED_IN ", StringComparison.Ordinal));

        for (var stop = 1; stop < batches; stop++)
        {
            await using var resumed = await TempStore.CreateAsync();
            await LoadAsync(resumed, stopAfterBatches: stop);
            await LoadAsync(resumed, stopAfterBatches: null);
            var actual = await GraphAsync(resumed);
            Assert.True(expected.Nodes.SetEquals(actual.Nodes), $"stopped after batch {stop}: nodes differ: {Difference(expected.Nodes, actual.Nodes)}");
            Assert.True(expected.Edges.SetEquals(actual.Edges), $"stopped after batch {stop}: edges differ: {Difference(expected.Edges, actual.Edges)}");
        }
    }

    [Fact]
    public async Task LoadAsync_SecondCompleteRun_AddsAndUpdatesNothing()
    {
        await using var store = await TempStore.CreateAsync();
        await LoadAsync(store, stopAfterBatches: null);
        var second = await new IckgLoader(store.Store, new IngestOptions { BatchSize = BatchSize })
            .LoadAsync(new DirectoryDataFiles(_folder), "ickg:test", s_fetchedAt, store.Ingest.CreateLocator(), null, CancellationToken.None);
        Assert.Equal((0, 0), (second.Result.Added, second.Result.Updated));
    }

    /// <summary>Loads the regions, then the ICKG folder; returns the number of ICKG batches written.</summary>
    private async Task<int> LoadAsync(TempStore store, int? stopAfterBatches)
    {
        await new RegionLoader(store.Store, new IngestOptions()).LoadAsync(store.Ingest.Gazetteer, new Provenance(RegionLoader.SourceName, null, s_fetchedAt), CancellationToken.None);
        using var stop = new CancellationTokenSource();
        var batches = 0;
        var progress = new Counter(() =>
        {
            if (++batches == stopAfterBatches)
            {
                stop.Cancel(); // the next batch's transaction is never committed, as when the process dies
            }
        });
        var loader = new IckgLoader(store.Store, new IngestOptions { BatchSize = BatchSize });
        try
        {
            await loader.LoadAsync(new DirectoryDataFiles(_folder), "ickg:test", s_fetchedAt, store.Ingest.CreateLocator(), progress, stop.Token);
        }
        catch (OperationCanceledException) when (stopAfterBatches is not null)
        {
        }

        return batches;
    }

    private static async Task<(HashSet<string> Nodes, HashSet<string> Edges)> GraphAsync(TempStore store)
    {
        var keys = new Dictionary<long, string>();
        await foreach (var stored in store.Store.ReadNodesAsync(CancellationToken.None))
        {
            keys[stored.Id] = $"{stored.Node.Kind.Label()} {stored.Node.Key}";
        }

        var edges = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var edge in store.Store.ReadEdgesAsync(CancellationToken.None))
        {
            edges.Add($"{edge.Type.Name()} {keys[edge.From]} -> {keys[edge.To]}");
        }

        return (keys.Values.ToHashSet(StringComparer.Ordinal), edges);
    }

    private static string Difference(HashSet<string> expected, HashSet<string> actual) =>
        $"missing [{string.Join("; ", expected.Except(actual))}], extra [{string.Join("; ", actual.Except(expected))}]";

    private sealed class Counter(Action onBatch) : IProgress<long>
    {
        public void Report(long value) => onBatch();
    }
}

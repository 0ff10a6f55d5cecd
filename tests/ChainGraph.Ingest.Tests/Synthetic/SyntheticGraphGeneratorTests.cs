using ChainGraph.Core.Model;
using ChainGraph.Ingest.Synthetic;
using ChainGraph.Ingest.Tests.TestSupport;

namespace ChainGraph.Ingest.Tests.Synthetic;

/// <summary>The synthetic city-scale generator at a small size: reproducible, readable by the real loaders, skewed like real data.</summary>
public sealed class SyntheticGraphGeneratorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chaingraph-synthetic-").FullName;

    [Fact]
    public void Generate_SameSeedTwice_SameBytes()
    {
        var options = new SyntheticGraphOptions { Enterprises = 300, Seed = 7 };
        var first = SyntheticGraphGenerator.Generate(options, Path.Combine(_folder, "a"), CancellationToken.None);
        var second = SyntheticGraphGenerator.Generate(options, Path.Combine(_folder, "b"), CancellationToken.None);

        Assert.Equal(first.Rows, second.Rows);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_folder, "a"), "*", SearchOption.AllDirectories))
        {
            var twin = Path.Combine(_folder, "b", Path.GetRelativePath(Path.Combine(_folder, "a"), file));
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(twin)), $"{file} differs between two runs with the same seed");
        }
    }

    [Fact]
    public async Task Generate_ImportedWithTheLoaders_OneNodePerEnterpriseAndSkewedDegrees()
    {
        var summary = SyntheticGraphGenerator.Generate(new SyntheticGraphOptions { Enterprises = 600 }, _folder, CancellationToken.None);
        await using var store = await TempStore.CreateAsync();
        await store.Ingest.IngestCkgAsync(summary.CkgFolder, null, CancellationToken.None);
        await store.Ingest.IngestIckgAsync(summary.IckgFolder, null, CancellationToken.None);
        var stats = await store.Store.GetStatsAsync(CancellationToken.None);

        // ICKG names of listed companies resolve to their ckg nodes: exactly one node per generated enterprise.
        Assert.Equal(600, stats.NodeCount(NodeKind.Enterprise));
        Assert.True(stats.RelationshipCount(RelType.Makes) >= 120, $"MAKES {stats.RelationshipCount(RelType.Makes)}");
        Assert.True(stats.RelationshipCount(RelType.LocatedIn) >= 540, $"LOCATED_IN {stats.RelationshipCount(RelType.LocatedIn)}: generated names begin with their place");
        var snapshot = await store.Snapshots.GetAsync(CancellationToken.None);
        var degrees = snapshot.NodesOf(NodeKind.Enterprise)
            .Select(n => snapshot.OutEdges(n).ToArray().Concat(snapshot.InEdges(n).ToArray()).Count(e => GraphNames.EnterpriseLinks.Contains(snapshot.EdgeType(e))))
            .Order().ToArray();
        Assert.True(degrees[^1] >= 8 * Math.Max(1, degrees[degrees.Length / 2]), $"largest business degree {degrees[^1]}, median {degrees[degrees.Length / 2]}: links should follow a power law");
        Assert.All(snapshot.NodesOf(NodeKind.Enterprise).Where(n => snapshot.Node(n).Key.StartsWith("name:", StringComparison.Ordinal)).Take(50), n =>
            Assert.Contains(snapshot.OutEdges(n).ToArray(), e => snapshot.EdgeSince(e) is not null));
    }

    [Fact]
    public void Options_TooFewEnterprises_RefusedNamingTheRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticGraphOptions { Enterprises = 5 }.Validate());
        Assert.Contains($"{SyntheticGraphOptions.MinEnterprises:N0}", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

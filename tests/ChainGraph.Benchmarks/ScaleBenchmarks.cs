using BenchmarkDotNet.Attributes;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Recommender.Features;

namespace ChainGraph.Benchmarks;

/// <summary>
/// The per-snapshot work of serving and training at scale, on an in-memory power-law graph of 200,000
/// enterprises and 1.6 million relationships (no store, so the figures are the code's alone): the
/// recommender's feature graph, the same plus a role rank over every enterprise (the difference is the
/// rank; issue 17: it used to sort them all) and a cut "as of" a date, which training makes once per window.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class ScaleBenchmarks
{
    private const int Enterprises = 200_000;
    private const int Links = 1_600_000;
    private GraphSnapshot _snapshot = null!;

    [GlobalSetup]
    public void BuildGraph()
    {
        var random = new Random(42);
        var source = new Provenance("bench", null, DateTimeOffset.UnixEpoch);
        var builder = new GraphSnapshotBuilder();
        for (var i = 0; i < Enterprises; i++)
        {
            builder.AddNode(new GraphNode(NodeKind.Enterprise, $"e{i}", $"企业{i}", source));
        }

        RelType[] types = [RelType.Supplies, RelType.Cooperates, RelType.Invests, RelType.Controls];
        for (var i = 0; i < Links; i++)
        {
            // Endpoints ∝ rank^-0.6: a few hubs with thousands of partners, most enterprises with one or two.
            var from = (int)(Enterprises * Math.Pow(random.NextDouble(), 2.5));
            var to = random.Next(Enterprises);
            builder.AddEdge(types[i % types.Length], from, to, new Provenance("bench", $"facts.txt:{i + 1}", DateTimeOffset.UnixEpoch), since: new DateOnly(2024, 1, 1).AddDays(random.Next(560)));
        }

        _snapshot = builder.Build();
    }

    [Benchmark(Baseline = true)]
    public int FeatureGraphCreate() => FeatureGraph.Create(_snapshot).AllNeighbours.NodeCount;

    [Benchmark]
    public int FeatureGraphCreateThenRoleRank() => FeatureGraph.Create(_snapshot).RoleRank(RelType.Supplies, asTail: true)[0];

    [Benchmark]
    public int AsOfDate() => _snapshot.AsOfDate(new DateOnly(2025, 1, 1)).EdgeCount;
}

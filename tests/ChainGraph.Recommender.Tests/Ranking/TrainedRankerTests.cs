using ChainGraph.Recommender.Features;
using ChainGraph.Recommender.Ranking;
using ChainGraph.Recommender.Ranking.Learning;
using ChainGraph.Recommender.Recommending;

namespace ChainGraph.Recommender.Tests.Ranking;

/// <summary>The ranker trained for real by ML.NET on a small synthetic ranking problem with missing values.</summary>
public sealed class TrainedRankerTests : IDisposable
{
    private const int Queries = 40;
    private const int PerQuery = 10;
    private static readonly string[] s_names = ["signal", "weak_signal", "always_missing", "often_missing"];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cg-ranker-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(RankerAlgorithm.FastTree)]
    [InlineData(RankerAlgorithm.LightGbm)]
    public void Contributions_EveryRow_SumWithBaseValueToMlNetScore(RankerAlgorithm algorithm)
    {
        var ranker = Train(algorithm);
        var (rows, _) = Generate(seed: 11);
        var scores = ranker.Score(rows);
        var contributions = ranker.Contributions(rows);
        var columns = s_names.Length + 1;
        Assert.Equal(scores.Length * columns, contributions.Length);
        for (var r = 0; r < scores.Length; r++)
        {
            var sum = contributions.AsSpan(r * columns, columns).ToArray().Sum(c => (double)c);
            Assert.True(Math.Abs(sum - scores[r]) <= 1e-4 * Math.Max(1, Math.Abs(scores[r])), $"row {r}: contributions + base {sum} ≠ score {scores[r]}");
        }

        Assert.Equal(0, contributions.Where((_, i) => i % columns == 2).Max(Math.Abs));
    }

    [Fact]
    public void Score_TrainingRows_AreOnTheTrainingScale()
    {
        var ranker = Train(RankerAlgorithm.FastTree);
        var scores = ranker.Score(Generate(seed: 7).Rows);
        var mean = scores.Average(s => (double)s);
        var spread = Math.Sqrt(scores.Average(s => (s - mean) * (s - mean)));

        Assert.Equal(0, mean, 3);
        Assert.Equal(1, spread, 3);
        Assert.True(ranker.Scale.Spread > 0);
    }

    [Theory]
    [InlineData(RankerAlgorithm.FastTree)]
    [InlineData(RankerAlgorithm.LightGbm)]
    public void Fit_RowsWithMissingValues_LearnsFromEveryRow(RankerAlgorithm algorithm)
    {
        // ML.NET drops rows holding a NaN; the ranker feeds a stand-in instead, so every row reaches a leaf.
        var ranker = Train(algorithm);
        Assert.All(ranker.Trees.Trees, t => Assert.Equal(Queries * PerQuery, t.LeafCover.Sum()));
        Assert.Contains(ranker.Trees.Trees, t => t.SplitFeature.Contains(3));
    }

    [Theory]
    [InlineData(RankerAlgorithm.FastTree)]
    [InlineData(RankerAlgorithm.LightGbm)]
    public void Fit_Twice_GivesIdenticalTreesAndScores(RankerAlgorithm algorithm)
    {
        var first = Train(algorithm);
        var second = Train(algorithm);
        var (rows, _) = Generate(seed: 11);

        Assert.Equal(first.Fingerprint(), second.Fingerprint());
        Assert.Equal(first.Score(rows), second.Score(rows));
    }

    [Fact]
    public void Fit_RelevantFeature_RanksRelevantRowsFirst()
    {
        var ranker = Train(RankerAlgorithm.FastTree);
        var (rows, labels) = Generate(seed: 11);
        var scores = ranker.Score(rows);
        var (better, pairs) = (0, 0);
        for (var i = 0; i < labels.Length; i++)
        {
            for (var j = i + 1; j < labels.Length && j / PerQuery == i / PerQuery; j++)
            {
                if (labels[i] != labels[j])
                {
                    pairs++;
                    better += (labels[i] > labels[j]) == (scores[i] > scores[j]) ? 1 : 0;
                }
            }
        }

        Assert.True(better > pairs * 0.85, $"{better} of {pairs} pairs ordered correctly");
    }

    [Fact]
    public void Load_SavedRanker_ScoresAndExplainsTheSame()
    {
        var ranker = Train(RankerAlgorithm.FastTree);
        ranker.Save(_folder);
        var loaded = TrainedRanker.Load(_folder, TestFeatures(s_names));
        var (rows, _) = Generate(seed: 11);

        Assert.Equal(ranker.Score(rows), loaded.Score(rows));
        Assert.Equal(ranker.Contributions(rows), loaded.Contributions(rows));
        Assert.Equal(ranker.Fingerprint(), loaded.Fingerprint());
        Assert.Equal("FastTree", loaded.Report.Parameters["algorithm"]);
    }

    [Fact]
    public void Load_FeaturesDiffer_IsRefusedNamingTheDifference()
    {
        Train(RankerAlgorithm.FastTree).Save(_folder);
        var other = TestFeatures(["signal", "weak_signal", "always_missing", "renamed"]);

        var error = Assert.Throws<FeatureMismatchException>(() => TrainedRanker.Load(_folder, other));
        Assert.Contains("new: renamed", error.Message, StringComparison.Ordinal);
        Assert.Contains("gone: often_missing", error.Message, StringComparison.Ordinal);

        var store = new RankerStore(new RecommenderOptions { ModelFolder = _folder }, other);
        var shown = Assert.Throws<RecommendException>(store.Get);
        Assert.Contains("排序模型需要重新训练", shown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("renamed", shown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TreesFileMissing_IsRefused()
    {
        Train(RankerAlgorithm.FastTree).Save(_folder);
        File.Delete(Path.Combine(_folder, TrainedRanker.TreesFile));

        var store = new RankerStore(new RecommenderOptions { ModelFolder = _folder }, TestFeatures(s_names));
        var shown = Assert.Throws<RecommendException>(store.Get);
        Assert.Contains(TrainedRanker.TreesFile, shown.Message, StringComparison.Ordinal);
    }

    private static TrainedRanker Train(RankerAlgorithm algorithm)
    {
        var (rows, labels) = Generate(seed: 7);
        var data = new TrainingData();
        for (var q = 0; q < Queries; q++)
        {
            data.Add(rows.AsSpan(q * PerQuery * s_names.Length, PerQuery * s_names.Length).ToArray(), labels.AsSpan(q * PerQuery, PerQuery).ToArray());
        }

        var options = new LearnerOptions { Algorithm = algorithm, Trees = 30, Leaves = 8, MinRowsPerLeaf = 5, LearningRate = 0.1 };
        var report = new TrainingReport(default, default, [], Queries, data.Labels.Count, data.Positives, 0, 0, 0, 0, s_names, options.Describe());
        return TreeRankerLearner.Fit(options, data, s_names, MissingValues.FromSides([MissingSide.Low, MissingSide.Low, MissingSide.Low, MissingSide.High]), report);
    }

    // Relevance comes from column 0 (plus a little of column 1, and of column 3 when it is present);
    // column 2 is always missing, column 3 missing in about half of the rows.
    private static (float[] Rows, float[] Labels) Generate(int seed)
    {
        var random = new Random(seed);
        var count = Queries * PerQuery;
        var rows = new float[count * s_names.Length];
        var labels = new float[count];
        for (var r = 0; r < count; r++)
        {
            var row = rows.AsSpan(r * s_names.Length, s_names.Length);
            row[0] = (float)random.NextDouble();
            row[1] = (float)random.NextDouble();
            row[2] = float.NaN;
            row[3] = random.NextDouble() < 0.5 ? float.NaN : (float)(random.NextDouble() * 10);
            var signal = row[0] + (0.2 * row[1]) + (float.IsNaN(row[3]) ? 0 : 0.3 * (1 - (row[3] / 10)));
            labels[r] = signal > 1.0 ? 2 : signal > 0.7 ? 1 : 0;
        }

        return (rows, labels);
    }

    private static FeatureSet TestFeatures(IReadOnlyList<string> names) => new([new NamedColumns(names)]);

    // The ranker only needs the column names and directions from a feature set.
    private sealed class NamedColumns(IReadOnlyList<string> names) : IFeatureFamily
    {
        public IReadOnlyList<string> Names => names;

        public IReadOnlyList<int> Monotone { get; } = [1, 1, 0, -1];

        public void Compute(QueryState state, int candidate, Span<float> values) => throw new NotSupportedException("Not computed in these tests.");
    }
}

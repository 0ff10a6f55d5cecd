using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChainGraph.Recommender.Features;
using ChainGraph.Recommender.Ranking.Learning;
using ChainGraph.Recommender.Ranking.Trees;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace ChainGraph.Recommender.Ranking;

/// <summary>
/// A trained LambdaMART ranker (an ML.NET tree ensemble) with the feature list it was trained on, how it
/// feeds missing values, the trees' training covers (for exact SHAP explanations) and its training report.
/// Persisted as four files in one folder: model.zip (ML.NET's format), features.json, trees.json, report.json.
/// </summary>
public sealed class TrainedRanker
{
    public const string ModelFile = "model.zip";
    public const string FeaturesFile = "features.json";
    public const string TreesFile = "trees.json";
    public const string ReportFile = "report.json";

    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly MLContext _ml;
    private readonly ITransformer _model;

    internal TrainedRanker(MLContext ml, ITransformer model, TreeEnsembleModel trees, MissingValues missing, ScoreScale scale, IReadOnlyList<string> features, TrainingReport report)
    {
        if (missing.Count != features.Count || trees.FeatureCount != features.Count)
        {
            throw new ArgumentException($"{features.Count} features, but the missing-value encoding has {missing.Count} columns and the trees {trees.FeatureCount}.");
        }

        _ml = ml;
        _model = model;
        Trees = trees;
        Missing = missing;
        Scale = scale;
        Features = features;
        Report = report;
    }

    public IReadOnlyList<string> Features { get; }

    public TrainingReport Report { get; }

    /// <summary>The ensemble's trees with their covers: what <see cref="Contributions"/> explains.</summary>
    public TreeEnsembleModel Trees { get; }

    public MissingValues Missing { get; }

    /// <summary>Mean and spread of the raw scores over the training rows; <see cref="Score"/> reports raw scores on this scale.</summary>
    public ScoreScale Scale { get; }

    /// <summary>Loads a ranker saved by <see cref="Save"/>; fails (<see cref="FeatureMismatchException"/>) when its feature list differs from <paramref name="expected"/>.</summary>
    public static TrainedRanker Load(string folder, FeatureSet expected)
    {
        var modelPath = Path.Combine(folder, ModelFile);
        if (!File.Exists(modelPath))
        {
            throw new FileNotFoundException($"No trained model at '{modelPath}'. Run 'chaingraph train' first.", modelPath);
        }

        var features = Read<string[]>(folder, FeaturesFile);
        if (!features.SequenceEqual(expected.Names))
        {
            throw new FeatureMismatchException(folder, features, expected.Names);
        }

        var report = Read<TrainingReport>(folder, ReportFile);
        var saved = Read<SavedTrees>(folder, TreesFile);
        var ml = TreeRankerLearner.CreateContext(0);
        ITransformer model;
        using (var stream = File.OpenRead(modelPath))
        {
            model = ml.Model.Load(stream, out _);
        }

        var trees = TreeEnsembleModel.FromMlNet(EnsembleOf(model), saved.LeafCovers, features.Length);
        return new TrainedRanker(ml, model, trees, new MissingValues(saved.MissingAs), saved.Scale, features, report);
    }

    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        using (var stream = File.Create(Path.Combine(folder, ModelFile)))
        {
            _ml.Model.Save(_model, RankerRows.Scoring(_ml, [], Features.Count).Schema, stream);
        }

        File.WriteAllText(Path.Combine(folder, FeaturesFile), JsonSerializer.Serialize(Features, s_json));
        var saved = new SavedTrees(Missing.MissingAs.ToArray(), Scale, Trees.Trees.Select(t => t.LeafCover.ToArray()).ToArray());
        File.WriteAllText(Path.Combine(folder, TreesFile), JsonSerializer.Serialize(saved, s_json));
        File.WriteAllText(Path.Combine(folder, ReportFile), JsonSerializer.Serialize(Report, s_json));
    }

    /// <summary>
    /// Scores for a block of feature rows (row-major, <see cref="Features"/>.Count columns; NaN = missing):
    /// ML.NET's scores on the training scale (<see cref="Scale"/>), higher ranks first.
    /// </summary>
    public float[] Score(float[] rows)
    {
        var raw = RawScores(_ml, _model, Missing.Encode(rows), Features.Count);
        return raw.Select(s => (float)Scale.Standardize(s)).ToArray();
    }

    /// <summary>
    /// Exact SHAP contributions (path-dependent TreeSHAP) on the <see cref="Scale"/> of <see cref="Score"/>,
    /// rows × (features + 1), the last column the base value (about 0: the mean training score); each row
    /// sums to its <see cref="Score"/> (up to float rounding).
    /// </summary>
    public float[] Contributions(float[] rows)
    {
        var columns = Features.Count;
        var encoded = Missing.Encode(rows);
        var result = new float[encoded.Length / columns * (columns + 1)];
        for (var r = 0; r < encoded.Length / columns; r++)
        {
            var phi = Trees.Contributions(encoded.AsSpan(r * columns, columns));
            for (var c = 0; c < columns; c++)
            {
                result[(r * (columns + 1)) + c] = (float)(phi[c] / Scale.Spread);
            }

            result[(r * (columns + 1)) + columns] = (float)Scale.Standardize(phi[columns]);
        }

        return result;
    }

    /// <summary>A SHA-256 of every split, threshold and leaf value: two trainings built the same model when their fingerprints agree.</summary>
    public string Fingerprint()
    {
        var text = new StringBuilder();
        foreach (var tree in Trees.Trees)
        {
            text.AppendJoin(',', tree.SplitFeature).Append('|').AppendJoin(',', tree.Threshold.Select(t => BitConverter.SingleToInt32Bits(t)))
                .Append('|').AppendJoin(',', tree.LeafValue.Select(BitConverter.DoubleToInt64Bits)).Append('|').Append(tree.Weight).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.Append(Trees.Bias).ToString())));
    }

    /// <summary>ML.NET's own scores for encoded rows (no NaN).</summary>
    internal static float[] RawScores(MLContext ml, ITransformer model, float[] rows, int columns)
    {
        if (rows.Length == 0)
        {
            return [];
        }

        var scored = model.Transform(RankerRows.Scoring(ml, rows, columns));
        return scored.GetColumn<float>(scored.Schema["Score"]).ToArray();
    }

    internal static TreeEnsemble<RegressionTree> EnsembleOf(ITransformer model) =>
        (model as ISingleFeaturePredictionTransformer<TreeEnsembleModelParametersBasedOnRegressionTree>)?.Model.TrainedTreeEnsemble
        ?? throw new InvalidDataException($"The saved model is a {model.GetType().Name}, not a tree-ensemble ranker.");

    private static T Read<T>(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"'{path}' is missing: the model folder is incomplete.");
        }

        return JsonSerializer.Deserialize<T>(File.ReadAllText(path)) ?? throw new InvalidDataException($"'{path}' is empty.");
    }

    private sealed record SavedTrees(float[] MissingAs, ScoreScale Scale, double[][] LeafCovers);
}

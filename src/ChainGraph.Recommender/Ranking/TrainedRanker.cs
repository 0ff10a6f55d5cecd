using System.Text.Json;
using ChainGraph.Recommender.Features;
using ChainGraph.Recommender.Xgboost;

namespace ChainGraph.Recommender.Ranking;

/// <summary>
/// A trained LambdaMART ranker with the feature list it was trained on and its training report.
/// Persisted as three files in one folder: model.json (XGBoost's JSON), features.json, report.json.
/// </summary>
public sealed class TrainedRanker : IDisposable
{
    public const string ModelFile = "model.json";
    public const string FeaturesFile = "features.json";
    public const string ReportFile = "report.json";

    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public TrainedRanker(XgbBooster booster, IReadOnlyList<string> features, TrainingReport report)
    {
        Booster = booster;
        Features = features;
        Report = report;
    }

    public XgbBooster Booster { get; }

    public IReadOnlyList<string> Features { get; }

    public TrainingReport Report { get; }

    /// <summary>Loads a ranker saved by <see cref="Save"/>; fails when its feature list differs from <paramref name="expected"/>.</summary>
    public static TrainedRanker Load(string folder, FeatureSet expected)
    {
        var modelPath = Path.Combine(folder, ModelFile);
        if (!File.Exists(modelPath))
        {
            throw new FileNotFoundException($"No trained model at '{modelPath}'. Run 'chaingraph train' first.", modelPath);
        }

        var features = JsonSerializer.Deserialize<string[]>(File.ReadAllText(Path.Combine(folder, FeaturesFile)))
            ?? throw new InvalidDataException($"{Path.Combine(folder, FeaturesFile)} is empty.");
        if (!features.SequenceEqual(expected.Names))
        {
            throw new InvalidDataException(
                $"The model in '{folder}' was trained on features [{string.Join(", ", features)}] but this build computes [{string.Join(", ", expected.Names)}]. Run 'chaingraph train' again.");
        }

        var report = JsonSerializer.Deserialize<TrainingReport>(File.ReadAllText(Path.Combine(folder, ReportFile)))
            ?? throw new InvalidDataException($"{Path.Combine(folder, ReportFile)} is empty.");
        return new TrainedRanker(XgbBooster.LoadJson(File.ReadAllBytes(modelPath)), features, report);
    }

    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, ModelFile), Booster.SaveJson());
        File.WriteAllText(Path.Combine(folder, FeaturesFile), JsonSerializer.Serialize(Features, s_json));
        File.WriteAllText(Path.Combine(folder, ReportFile), JsonSerializer.Serialize(Report, s_json));
    }

    /// <summary>Model margins for a block of feature rows (row-major, <see cref="Features"/>.Count columns).</summary>
    public float[] Score(float[] rows)
    {
        if (rows.Length == 0)
        {
            return [];
        }

        using var matrix = XgbMatrix.FromDense(rows, rows.Length / Features.Count, Features.Count);
        return Booster.PredictMargin(matrix);
    }

    /// <summary>SHAP contributions, rows × (features + 1), the last column the bias.</summary>
    public float[] Contributions(float[] rows)
    {
        if (rows.Length == 0)
        {
            return [];
        }

        using var matrix = XgbMatrix.FromDense(rows, rows.Length / Features.Count, Features.Count);
        return Booster.PredictContributions(matrix);
    }

    public void Dispose() => Booster.Dispose();
}

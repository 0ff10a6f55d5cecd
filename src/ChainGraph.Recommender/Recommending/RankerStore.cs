using ChainGraph.Recommender.Features;
using ChainGraph.Recommender.Ranking;

namespace ChainGraph.Recommender.Recommending;

/// <summary>Loads the trained ranker from <see cref="RecommenderOptions.ModelFolder"/> once, and again after <see cref="Invalidate"/> (a new training).</summary>
public sealed class RankerStore(RecommenderOptions options, FeatureSet features)
{
    private readonly Lock _gate = new();
    private TrainedRanker? _ranker;

    public string Folder => options.ModelFolder;

    /// <exception cref="RecommendException">No model is saved, or the saved one cannot be used by this build (the message, in Chinese, says why and to retrain).</exception>
    public TrainedRanker Get()
    {
        lock (_gate)
        {
            if (_ranker is null)
            {
                try
                {
                    _ranker = TrainedRanker.Load(options.ModelFolder, features);
                }
                catch (FileNotFoundException ex)
                {
                    throw new RecommendException(ex.Message);
                }
                catch (FeatureMismatchException ex)
                {
                    throw new RecommendException(
                        $"排序模型需要重新训练：保存的模型按 {ex.Saved.Count} 项特征训练，当前版本计算 {ex.Expected.Count} 项，两者不一致，无法使用。请重新训练模型后再查询。");
                }
                catch (Exception ex) when (ex is InvalidDataException or System.Text.Json.JsonException or FormatException or InvalidOperationException)
                {
                    throw new RecommendException($"排序模型文件无法读取（{ex.Message}），请重新训练模型后再查询。");
                }
            }

            return _ranker;
        }
    }

    public void Invalidate()
    {
        lock (_gate)
        {
            _ranker = null;
        }
    }
}

using ChainGraph.Recommender.Features;
using ChainGraph.Recommender.Ranking;

namespace ChainGraph.Recommender.Recommending;

/// <summary>Loads the trained ranker from <see cref="RecommenderOptions.ModelFolder"/> once, and again after <see cref="Invalidate"/> (a new training).</summary>
public sealed class RankerStore(RecommenderOptions options, FeatureSet features) : IDisposable
{
    private readonly Lock _gate = new();
    private TrainedRanker? _ranker;

    public string Folder => options.ModelFolder;

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
            }

            return _ranker;
        }
    }

    public void Invalidate()
    {
        lock (_gate)
        {
            _ranker?.Dispose();
            _ranker = null;
        }
    }

    public void Dispose() => Invalidate();
}

using ChainGraph.Recommender.Xgboost;

namespace ChainGraph.Recommender.Tests.Xgboost;

public sealed class XgbBoosterTests
{
    private const int Queries = 40;
    private const int PerQuery = 10;
    private const int Columns = 4;

    [Fact]
    public void Train_UnknownObjective_ThrowsWithXgboostText()
    {
        using var matrix = RankingData();
        var error = Assert.Throws<XgboostException>(() => XgbBooster.Train(new XgbParameters { Objective = "rank:nonsense", Rounds = 2 }, matrix));
        Assert.Contains("rank:nonsense", error.NativeMessage, StringComparison.Ordinal);
        Assert.StartsWith("XGBoost ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("max_depth", "-3")]
    [InlineData("eta", "not-a-number")]
    public void Train_BadParameterValue_ThrowsWithXgboostText(string name, string value)
    {
        using var matrix = RankingData();
        var parameters = new XgbParameters { Rounds = 2, Extra = [new(name, value)] };
        var error = Assert.Throws<XgboostException>(() => XgbBooster.Train(parameters, matrix));
        Assert.False(string.IsNullOrWhiteSpace(error.NativeMessage));
    }

    [Fact]
    public void LoadJson_Garbage_ThrowsWithXgboostText()
    {
        var error = Assert.Throws<XgboostException>(() => XgbBooster.LoadJson("{\"not\": \"a model\"}"u8));
        Assert.Contains("XGBoosterLoadModelFromBuffer", error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.NativeMessage));
    }

    [Fact]
    public void WithGroups_SizesNotSummingToRows_Throws()
    {
        using var matrix = XgbMatrix.FromDense(new float[8], 4, 2);
        Assert.Throws<ArgumentException>(() => matrix.WithGroups([1, 2]));
    }

    [Fact]
    public void Train_Twice_GivesIdenticalPredictions()
    {
        using var matrix = RankingData();
        using var first = XgbBooster.Train(new XgbParameters { Rounds = 30 }, matrix);
        using var second = XgbBooster.Train(new XgbParameters { Rounds = 30 }, matrix);
        Assert.Equal(first.Predict(matrix), second.Predict(matrix));
        Assert.Equal(first.SaveJson(), second.SaveJson());
    }

    [Fact]
    public void Train_RelevantFeature_RanksRelevantRowsFirst()
    {
        using var matrix = RankingData();
        using var booster = XgbBooster.Train(new XgbParameters { Rounds = 30 }, matrix);
        var scores = booster.Predict(matrix);
        var (_, labels) = Generate();
        var better = 0;
        var pairs = 0;
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

        Assert.True(better > pairs * 0.9, $"{better} of {pairs} pairs ordered correctly");
        Assert.Equal(Columns, booster.FeatureCount);
    }

    [Fact]
    public void PredictContributions_RowsSumToMargin()
    {
        using var matrix = RankingData();
        using var booster = XgbBooster.Train(new XgbParameters { Rounds = 20 }, matrix);
        var margin = booster.PredictMargin(matrix);
        var contributions = booster.PredictContributions(matrix);
        Assert.Equal(matrix.Rows * (Columns + 1), contributions.Length);
        for (var row = 0; row < matrix.Rows; row++)
        {
            var sum = 0.0;
            for (var c = 0; c <= Columns; c++)
            {
                sum += contributions[(row * (Columns + 1)) + c];
            }

            Assert.Equal(margin[row], sum, 3);
        }
    }

    [Fact]
    public void SaveJson_LoadJson_PredictsTheSame()
    {
        using var matrix = RankingData();
        using var booster = XgbBooster.Train(new XgbParameters { Rounds = 10 }, matrix);
        var json = booster.SaveJson();
        using var loaded = XgbBooster.LoadJson(json);
        Assert.Equal(booster.Predict(matrix), loaded.Predict(matrix));
        Assert.Equal(10, loaded.BoostedRounds);
    }

    private static XgbMatrix RankingData()
    {
        var (data, labels) = Generate();
        return XgbMatrix.FromDense(data, labels.Length, Columns).WithLabels(labels).WithGroups(Enumerable.Repeat(PerQuery, Queries).ToArray());
    }

    // Relevance is driven by column 0 (plus a little of column 1); columns 2 and 3 are noise.
    private static (float[] Data, float[] Labels) Generate()
    {
        var random = new Random(7);
        var rows = Queries * PerQuery;
        var data = new float[rows * Columns];
        var labels = new float[rows];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < Columns; c++)
            {
                data[(r * Columns) + c] = (float)random.NextDouble();
            }

            var signal = data[r * Columns] + (0.2 * data[(r * Columns) + 1]);
            labels[r] = signal > 0.9 ? 2 : signal > 0.6 ? 1 : 0;
        }

        return (data, labels);
    }
}

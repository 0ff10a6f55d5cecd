using ChainGraph.Recommender.Features;
using ChainGraph.Recommender.Ranking.Learning;

namespace ChainGraph.Recommender.Tests.Ranking;

public sealed class MissingValuesTests
{
    [Theory]
    [InlineData("registered_capital", MissingValues.Below)]
    [InlineData("pagerank_rank", MissingValues.Beyond)]
    [InlineData("days_since_active", MissingValues.Beyond)]
    public void FromSides_DefaultFeatures_PlaceMissingWhereItsMeaningPutsIt(string feature, float expected)
    {
        var features = FeatureSet.CreateDefault();
        var missing = MissingValues.FromSides(features.Missing);
        Assert.Equal(expected, missing.MissingAs[features.Names.ToList().IndexOf(feature)]);
    }

    [Fact]
    public void Encode_NoDatedRelationship_IsLongAgoNotToday()
    {
        // Regression: with every NaN fed as −1, an enterprise with no dated relationship looked more recent
        // than one active today, and a "recently active" split sent it with the freshest firms.
        var missing = MissingValues.FromSides([MissingSide.High]);
        var encoded = missing.Encode([float.NaN, 0f, 30f]);
        Assert.True(encoded[0] > encoded[2]);
        Assert.Equal([0f, 30f], encoded[1..]);
    }

    [Fact]
    public void CheckSeparable_RealValueOnTheMissingSide_NamesTheFeature()
    {
        var missing = MissingValues.FromSides([MissingSide.Low, MissingSide.Low]);
        var error = Assert.Throws<InvalidOperationException>(() => missing.CheckSeparable([0f, 1f, 2f, -3f], ["a", "b"]));
        Assert.Contains("'b'", error.Message, StringComparison.Ordinal);
        Assert.Contains("row 1", error.Message, StringComparison.Ordinal);
    }
}

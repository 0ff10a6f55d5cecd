using ChainGraph.Core.Chains;

namespace ChainGraph.Core.Tests.Chains;

public sealed class PlacementDateTests
{
    private static PlacementEvidence Industry(DateOnly? since) => new(ChainPlacer.IndustryEvidence, "280203", "2802", null, "IN_INDUSTRY") { Since = since };

    private static PlacementEvidence Product(double share, DateOnly? since) => new(ChainPlacer.ProductEvidence, "动力电池", "电池", share, "MAKES") { Since = since };

    public static TheoryData<PlacementEvidence[], DateOnly?> Cases => new()
    {
        // An undated fact (annual-report industry) places it from the start.
        { [Industry(null), Product(0.3, new DateOnly(2025, 7, 1))], null },
        // Only a dated classification: placed on its date.
        { [Industry(new DateOnly(2025, 7, 5))], new DateOnly(2025, 7, 5) },
        // 0.05 undated is under the 0.1 minimum; + 0.06 on 07-03 reaches 0.11: placed on 07-03, not on the later industry date.
        { [Product(0.05, null), Industry(new DateOnly(2025, 7, 5)), Product(0.06, new DateOnly(2025, 7, 3))], new DateOnly(2025, 7, 3) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void SinceOf_Facts_IsTheDateTheWeightFirstReachesTheMinimum(PlacementEvidence[] evidence, DateOnly? expected)
    {
        Assert.Equal(expected, ChainPlacer.SinceOf(evidence));
    }
}

using ChainGraph.Core.Chains;

namespace ChainGraph.Core.Tests.Chains;

public sealed class ChainMapCalculatorTests
{
    // Local (Tianjin): L1 in b (1.0), anchor L2 in c (0.5), L3 in d (0.2). Elsewhere: N1, N4 in a (1.0, 0.5), N2 in b (1.0), N3 in c (0.5), N5 in d (1.0).
    // Chain: national weight 1.5 + 2.0 + 1.0 + 1.2 = 5.7, local 1.0 + 0.5 + 0.2 = 1.7, local share 1.7/5.7 = 0.298246.
    private static readonly (string, string, string, double, bool)[] s_rows =
    [
        ("L1", "120110", "b", 1.0, false),
        ("L2", "1201", "c", 0.5, true),
        ("L3", "12", "d", 0.2, false),
        ("N1", "4403", "a", 1.0, false),
        ("N4", "4403", "a", 0.5, false),
        ("N2", "4403", "b", 1.0, false),
        ("N3", "4403", "c", 0.5, false),
        ("N5", "4403", "d", 1.0, false),
    ];

    private static ChainMap Compute(double threshold = 0.5)
    {
        var snapshot = ChainTestGraph.Build(ChainTestGraph.Template, s_rows);
        var region = HomeRegionResolver.Resolve(snapshot, "天津市东丽区", "city");
        return ChainMapCalculator.Compute(snapshot, ChainTestGraph.Template, region, new ChainMapOptions { WeakThreshold = threshold, AnchorWeight = 3 });
    }

    [Theory]
    // segment, national, local, nationalWeight, localWeight, lq, demand, status
    [InlineData("a", 2, 0, 1.5, 0.0, 0.0, 1.0, SegmentStatus.Missing)]      // demand = L1 in b (1.0); nothing local → missing
    [InlineData("b", 2, 1, 2.0, 1.0, 1.6765, 1.5, SegmentStatus.Strong)]    // LQ = (1/2)/(1.7/5.7) = 1.6765; demand = anchor L2 0.5 × 3
    [InlineData("c", 2, 1, 1.0, 0.5, 1.6765, 0.0, SegmentStatus.Strong)]    // LQ = (0.5/1)/(0.298246)
    [InlineData("d", 2, 1, 1.2, 0.2, 0.5588, 1.5, SegmentStatus.Strong)]    // LQ = (0.2/1.2)/(0.298246) = 0.5588 ≥ 0.5
    public void Compute_HandComputedGraph_GivesFigures(string segment, int national, int local, double nationalWeight, double localWeight, double lq, double demand, SegmentStatus status)
    {
        var f = Compute().FindSegment(segment)!;

        Assert.Equal(national, f.National);
        Assert.Equal(local, f.Local);
        Assert.Equal(nationalWeight, f.NationalWeight, 4);
        Assert.Equal(localWeight, f.LocalWeight, 4);
        Assert.Equal(lq, f.Lq!.Value, 4);
        Assert.Equal(demand, f.Demand, 4);
        Assert.Equal(status, f.Status);
    }

    [Fact]
    public void Compute_ThresholdAboveLq_MarksSegmentWeak()
    {
        Assert.Equal(SegmentStatus.Weak, Compute(threshold: 0.6).FindSegment("d")!.Status);
    }

    [Fact]
    public void Compute_HandComputedGraph_GivesSummaryAndGapsInDemandOrder()
    {
        var map = Compute(threshold: 0.6);

        Assert.Equal("天津市", map.Region.CompareName);
        Assert.Equal("12", map.Region.CompareCode);
        Assert.Equal(new ChainMapSummary(4, 3, 0.75, 1, 1, 2, 8, 3, 0.2982), map.Summary);
        Assert.Equal(["d", "a"], map.Gaps().Select(g => g.SegmentId));
        Assert.Equal(["L2"], map.FindSegment("d")!.DemandSources.Select(d => d.EnterpriseName));
    }

    [Fact]
    public void Compute_OtherHomeRegion_CountsOnlyItsEnterprises()
    {
        var snapshot = ChainTestGraph.Build(ChainTestGraph.Template, s_rows);
        var region = HomeRegionResolver.Resolve(snapshot, "深圳市", "city");
        var map = ChainMapCalculator.Compute(snapshot, ChainTestGraph.Template, region, new ChainMapOptions());

        Assert.Equal("4403", region.CompareCode);
        Assert.Equal(5, map.Summary.LocalEnterprises);
        // Demand comes from Shenzhen's own firms now: b's demand is N3's 0.5 in c (not an anchor).
        Assert.Equal(0.5, map.FindSegment("b")!.Demand, 4);
    }

    [Fact]
    public void Compute_ParentSegment_AggregatesChildrenOnce()
    {
        var template = new ChainTemplate("p", "父子链", "", [
            ChainTestGraph.Segment("up", Stage.Upstream, null, ["mid"]),
            ChainTestGraph.Segment("mid", Stage.Midstream, null, []),
            ChainTestGraph.Segment("mid1", Stage.Midstream, "mid", []),
            ChainTestGraph.Segment("mid2", Stage.Midstream, "mid", []),
        ]);
        var snapshot = ChainTestGraph.Build(template, [("A", "120110", "mid1", 1.0, false), ("A", "120110", "mid2", 0.4, false), ("B", "4403", "up", 1.0, false)]);
        var map = ChainMapCalculator.Compute(snapshot, template, HomeRegionResolver.Resolve(snapshot, "天津市", "city"), new ChainMapOptions());

        var parent = map.FindSegment("mid")!;
        Assert.Equal(1, parent.National);
        Assert.Equal(1.0, parent.LocalWeight, 4);
        Assert.Equal(1.0, map.FindSegment("up")!.Demand, 4);   // A in mid (its larger weight, counted once)
        Assert.Equal(SegmentStatus.Missing, map.FindSegment("up")!.Status);
    }

    [Theory]
    [InlineData(0, 0.0, null, 0.5, SegmentStatus.Weak)]
    [InlineData(0, 2.0, 0.0, 0.5, SegmentStatus.Missing)]
    [InlineData(3, 2.0, 0.49, 0.5, SegmentStatus.Weak)]
    [InlineData(3, 0.0, 0.5, 0.5, SegmentStatus.Strong)]
    [InlineData(1, 5.0, 2.0, 2.5, SegmentStatus.Weak)]
    public void StatusOf_Table_GivesStatus(int local, double demand, double? lq, double threshold, SegmentStatus expected)
    {
        Assert.Equal(expected, ChainMapCalculator.StatusOf(local, demand, lq, threshold));
    }

    [Theory]
    [InlineData(1, 2, 1.7, 5.7, 1.676470)]
    [InlineData(0, 2, 1, 4, 0.0)]
    [InlineData(2, 2, 2, 2, 1.0)]
    public void LocationQuotient_Table_GivesRatioOfShares(double localSegment, double nationalSegment, double localChain, double nationalChain, double expected)
    {
        Assert.Equal(expected, ChainMapCalculator.LocationQuotient(localSegment, nationalSegment, localChain, nationalChain)!.Value, 5);
    }

    [Theory]
    [InlineData(0, 0, 1, 2)]
    [InlineData(1, 2, 0, 5)]
    public void LocationQuotient_Undefined_IsNull(double localSegment, double nationalSegment, double localChain, double nationalChain)
    {
        Assert.Null(ChainMapCalculator.LocationQuotient(localSegment, nationalSegment, localChain, nationalChain));
    }
}

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

    private static ChainMap Compute(double threshold = 0.5, int strongMinEnterprises = 2)
    {
        var snapshot = ChainTestGraph.Build(ChainTestGraph.Template, s_rows);
        var region = HomeRegionResolver.Resolve(snapshot, "天津市东丽区", "city");
        return ChainMapCalculator.Compute(snapshot, ChainTestGraph.Template, region,
            new ChainMapOptions { WeakThreshold = threshold, AnchorWeight = 3, StrongMinEnterprises = strongMinEnterprises });
    }

    [Theory]
    // segment, national, local, nationalWeight, localWeight, lq, demand, status (defaults: LQ ≥ 0.5 and ≥ 2 local firms or weight ≥ 1.5 for strong)
    [InlineData("a", 2, 0, 1.5, 0.0, 0.0, 1.0, SegmentStatus.Missing)]      // demand = L1 in b (1.0); nothing local → missing (urgent)
    [InlineData("b", 2, 1, 2.0, 1.0, 1.6765, 1.5, SegmentStatus.Weak)]      // LQ = (1/2)/(1.7/5.7) = 1.6765, but one firm; demand = anchor L2 0.5 × 3
    [InlineData("c", 2, 1, 1.0, 0.5, 1.6765, 0.0, SegmentStatus.Weak)]      // LQ = (0.5/1)/(0.298246), one firm
    [InlineData("d", 2, 1, 1.2, 0.2, 0.5588, 1.5, SegmentStatus.Weak)]      // LQ = (0.2/1.2)/(0.298246) = 0.5588 ≥ 0.5, one firm
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
    public void Compute_OneFirmAccepted_HighLqSegmentsAreStrong()
    {
        var map = Compute(strongMinEnterprises: 1);

        Assert.All(["b", "c", "d"], id => Assert.Equal((SegmentStatus.Strong, StatusReason.Strong), (map.FindSegment(id)!.Status, map.FindSegment(id)!.Reason)));
    }

    [Fact]
    public void Compute_ThresholdAboveLq_MarksSegmentWeakForItsQuotient()
    {
        var d = Compute(threshold: 0.6, strongMinEnterprises: 1).FindSegment("d")!;

        Assert.Equal((SegmentStatus.Weak, StatusReason.LowLocationQuotient), (d.Status, d.Reason));
    }

    [Fact]
    public void Compute_SingleLocalFirm_IsWeakForTooFewFirms()
    {
        var b = Compute().FindSegment("b")!;

        Assert.Equal((SegmentStatus.Weak, StatusReason.TooFewLocal), (b.Status, b.Reason));
    }

    [Fact]
    public void Compute_MissingSegmentLocalFirmsDependOn_IsUrgent()
    {
        var a = Compute().FindSegment("a")!;

        Assert.Equal((SegmentStatus.Missing, StatusReason.NoLocalEnterprise, true), (a.Status, a.Reason, a.Urgent));
    }

    // Regression (issue 14, finding 1): a segment nobody local is in and nobody local depends on was shown 薄弱, so
    // 航空航天 read 「缺失 1」 with 14 of 16 segments empty. It is missing; only its urgency is lower.
    [Fact]
    public void Compute_NobodyLocalAndNothingDependsOnIt_IsMissingNotWeak()
    {
        var template = new ChainTemplate("q", "空链", "", [
            ChainTestGraph.Segment("up", Stage.Upstream, null, ["down"]),
            ChainTestGraph.Segment("down", Stage.Downstream, null, []),
            ChainTestGraph.Segment("empty", Stage.Midstream, null, []),
        ]);
        var snapshot = ChainTestGraph.Build(template, [("L", "120110", "up", 1.0, false), ("M", "120110", "up", 1.0, false), ("N", "4403", "down", 1.0, false)]);
        var map = ChainMapCalculator.Compute(snapshot, template, HomeRegionResolver.Resolve(snapshot, "天津市", "city"), new ChainMapOptions());

        var down = map.FindSegment("down")!;
        var empty = map.FindSegment("empty")!;
        Assert.Equal((SegmentStatus.Missing, StatusReason.NoLocalEnterprise, false), (down.Status, down.Reason, down.Urgent));
        Assert.Equal((SegmentStatus.Missing, StatusReason.NoEnterpriseAnywhere, false), (empty.Status, empty.Reason, empty.Urgent));
        Assert.Equal(0.0, down.Lq);       // the quotient agrees with the status: nothing local, so 0 (not "undefined")
        Assert.Null(empty.Lq);            // no enterprise anywhere: undefined, and the status says why
        Assert.Equal((SegmentStatus.Strong, StatusReason.Strong), (map.FindSegment("up")!.Status, map.FindSegment("up")!.Reason)); // two local firms
        Assert.Equal((2, 0), (map.Summary.Missing, map.Summary.Urgent));
    }

    [Fact]
    public void Compute_LocalAnchorPinnedDownstream_MakesItsFeederUrgent()
    {
        // The anchor sits in "down" only (as anchors.yaml pins it); "up" feeds "down" and has nobody local.
        var template = new ChainTemplate("r", "链主链", "", [
            ChainTestGraph.Segment("up", Stage.Upstream, null, ["down"]),
            ChainTestGraph.Segment("down", Stage.Downstream, null, []),
        ]);
        var snapshot = ChainTestGraph.Build(template, [("A", "120110", "down", 1.0, true), ("N", "4403", "up", 1.0, false)]);
        var map = ChainMapCalculator.Compute(snapshot, template, HomeRegionResolver.Resolve(snapshot, "天津市", "city"), new ChainMapOptions());

        var up = map.FindSegment("up")!;
        Assert.True(up.Urgent);
        Assert.Equal(3.0, up.Demand, 4);   // anchor weight 1 × 3
        Assert.Equal(["A"], up.DemandSources.Select(d => d.EnterpriseName));
    }

    [Fact]
    public void Compute_HandComputedGraph_GivesSummaryAndGapsInDemandOrder()
    {
        var map = Compute(threshold: 0.6, strongMinEnterprises: 1);

        Assert.Equal("天津市", map.Region.CompareName);
        Assert.Equal("12", map.Region.CompareCode);
        Assert.Equal(new ChainMapSummary(4, 3, 0.75, 1, 1, 2, 8, 3, 0.2982) { Urgent = 1 }, map.Summary);
        // Most demanded first: d (1.5, weak) before a (1.0, missing and urgent).
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
    // national, local, localWeight, lq, threshold, min firms, min weight → status, reason
    [InlineData(0, 0, 0.0, null, 0.5, 2, 1.5, SegmentStatus.Missing, StatusReason.NoEnterpriseAnywhere)]
    [InlineData(5, 0, 0.0, 0.0, 0.5, 2, 1.5, SegmentStatus.Missing, StatusReason.NoLocalEnterprise)]
    [InlineData(5, 3, 2.0, 0.49, 0.5, 2, 1.5, SegmentStatus.Weak, StatusReason.LowLocationQuotient)]
    [InlineData(5, 3, 2.0, 0.5, 0.5, 2, 1.5, SegmentStatus.Strong, StatusReason.Strong)]
    [InlineData(5, 1, 1.0, 2.65, 0.5, 2, 1.5, SegmentStatus.Weak, StatusReason.TooFewLocal)]   // issue 14: one firm at LQ 2.65 was 较强
    [InlineData(5, 1, 1.0, 2.65, 0.5, 2, 1.0, SegmentStatus.Strong, StatusReason.Strong)]      // …unless the setting accepts one firm wholly in the segment
    [InlineData(5, 2, 0.3, 1.2, 0.5, 2, 1.5, SegmentStatus.Strong, StatusReason.Strong)]
    [InlineData(5, 1, 5.0, 2.0, 2.5, 1, 1.5, SegmentStatus.Weak, StatusReason.LowLocationQuotient)]
    public void StatusOf_Table_GivesStatusAndReason(int national, int local, double localWeight, double? lq, double threshold, int minFirms, double minWeight, SegmentStatus status, StatusReason reason)
    {
        var options = new ChainMapOptions { WeakThreshold = threshold, StrongMinEnterprises = minFirms, StrongMinLocalWeight = minWeight };

        Assert.Equal((status, reason), ChainMapCalculator.StatusOf(national, local, localWeight, lq, options));
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

using ChainGraph.Core.Chains;
using ChainGraph.Core.Geography;
using ChainGraph.Core.Tests.Chains;

namespace ChainGraph.Core.Tests.Geography;

public sealed class DistributionCalculatorTests
{
    // The chain-map example: Tianjin L1 (120110, b, 1.0), anchor L2 (1201, c, 0.5), L3 (12, d, 0.2);
    // Shenzhen (4403) N1 a 1.0, N4 a 0.5, N2 b 1.0, N3 c 0.5, N5 d 1.0. National: 8 enterprises, weight 5.7.
    private static readonly (string, string, string, double, bool)[] s_rows =
    [
        ("L1", "120110", "b", 1.0, false), ("L2", "1201", "c", 0.5, true), ("L3", "12", "d", 0.2, false),
        ("N1", "4403", "a", 1.0, false), ("N4", "4403", "a", 0.5, false), ("N2", "4403", "b", 1.0, false),
        ("N3", "4403", "c", 0.5, false), ("N5", "4403", "d", 1.0, false),
    ];

    private static ChainMap Map()
    {
        var snapshot = ChainTestGraph.Build(ChainTestGraph.Template, s_rows);
        return ChainMapCalculator.Compute(snapshot, ChainTestGraph.Template, HomeRegionResolver.Resolve(snapshot, "天津市东丽区", "city"), new ChainMapOptions());
    }

    [Fact]
    public void Compute_WholeChain_CountsPerProvinceWithShares()
    {
        var d = DistributionCalculator.Compute(Map(), segment: null, withinProvince: null);

        Assert.Equal((8, 5.7, 0, ChainDistribution.ProvinceLevel), (d.Enterprises, d.Weight, d.Unlocated, d.Level));
        // 广东省: 5 enterprises (5/8 = 0.625), weight 1 + 0.5 + 1 + 0.5 + 1 = 4.0 (4/5.7 = 0.7018); 天津市: 3 (0.375), 1.7 (0.2982), home.
        Assert.Equal(
            [("44", 5, 4.0, 0.625, 0.7018, false), ("12", 3, 1.7, 0.375, 0.2982, true)],
            d.Regions.Select(r => (r.Code, r.Enterprises, r.Weight, r.Share, r.WeightShare, r.IsHome)));
        Assert.Equal(["name:N1", "name:N2", "name:N5", "name:N4", "name:N3"], d.Regions[0].EnterpriseNodes.Select(n => Map().Snapshot.Node(n).Key));
    }

    [Fact]
    public void Compute_OneSegment_CountsOnlyItsEnterprises()
    {
        var d = DistributionCalculator.Compute(Map(), "a", null);

        Assert.Equal(("a", 2, 1.5), (d.SegmentId, d.Enterprises, d.Weight));
        Assert.Equal([("44", 2, 1.5, 1.0)], d.Regions.Select(r => (r.Code, r.Enterprises, r.Weight, r.Share)));
    }

    [Fact]
    public void Compute_MunicipalityDrillDown_GoesToDistrictsAndCountsTheRestAsUnlocated()
    {
        // 天津市's city level repeats its name, so its enterprises are counted by district: only L1 (120110) has one.
        var d = DistributionCalculator.Compute(Map(), null, "天津");

        Assert.Equal(("12", "天津市", ChainDistribution.CountyLevel, 2), (d.WithinCode, d.WithinName, d.Level, d.Unlocated));
        Assert.Equal([("120110", "东丽区", 1, 1.0, 0.125, true)], d.Regions.Select(r => (r.Code, r.Name, r.Enterprises, r.Weight, r.Share, r.IsHome)));
    }

    [Fact]
    public void Compute_ProvinceDrillDown_CountsByCity()
    {
        var d = DistributionCalculator.Compute(Map(), null, "44");

        Assert.Equal(ChainDistribution.CityLevel, d.Level);
        Assert.Equal([("4403", "深圳市", 5, 4.0, false)], d.Regions.Select(r => (r.Code, r.Name, r.Enterprises, r.Weight, r.IsHome)));
    }

    [Fact]
    public void Compute_EnterpriseInTwoSegments_CountsOnceAtItsLargestWeight()
    {
        var snapshot = ChainTestGraph.Build(ChainTestGraph.Template, [("M", "4403", "a", 0.4, false), ("M", "4403", "b", 0.9, false), ("L1", "120110", "b", 1.0, false)]);
        var map = ChainMapCalculator.Compute(snapshot, ChainTestGraph.Template, HomeRegionResolver.Resolve(snapshot, "天津市", "city"), new ChainMapOptions());

        var d = DistributionCalculator.Compute(map, null, null);

        Assert.Equal((2, 1.9), (d.Enterprises, d.Weight));
        Assert.Equal([("12", 1, 1.0), ("44", 1, 0.9)], d.Regions.Select(r => (r.Code, r.Enterprises, r.Weight)));
    }

    [Theory]
    [InlineData("x", null)]
    [InlineData(null, "火星省")]
    public void Compute_UnknownSegmentOrProvince_Throws(string? segment, string? province)
    {
        Assert.Throws<ChainNotFoundException>(() => DistributionCalculator.Compute(Map(), segment, province));
    }
}

using ChainGraph.Core.Chains;
using ChainGraph.Core.Geography;
using ChainGraph.Core.Tests.Chains;

namespace ChainGraph.Core.Tests.Geography;

public sealed class RegionComparerTests
{
    // As in ChainMapCalculatorTests: Tianjin has b, c, d and misses a (demand 1.0 from L1 in b);
    // Shenzhen holds N1, N4 in a (1.5 of a's 1.5), so a's LQ there = (1.5/1.5)/(4.0/5.7) = 1.425 → strong.
    private static readonly (string, string, string, double, bool)[] s_rows =
    [
        ("L1", "120110", "b", 1.0, false), ("L2", "1201", "c", 0.5, true), ("L3", "12", "d", 0.2, false),
        ("N1", "4403", "a", 1.0, false), ("N4", "4403", "a", 0.5, false), ("N2", "4403", "b", 1.0, false),
        ("N3", "4403", "c", 0.5, false), ("N5", "4403", "d", 1.0, false),
    ];

    private static RegionComparison Compare(params string[] peers)
    {
        var snapshot = ChainTestGraph.Build(ChainTestGraph.Template, s_rows);
        ChainMap MapOf(string region) => ChainMapCalculator.Compute(snapshot, ChainTestGraph.Template, HomeRegionResolver.Resolve(snapshot, region, "city"), new ChainMapOptions());
        return RegionComparer.Compare(MapOf("天津市东丽区"), peers.Select(MapOf).ToList());
    }

    [Fact]
    public void Compare_Peer_PutsEachRegionsMapFiguresSideBySide()
    {
        var c = Compare("深圳市");

        Assert.Equal(["天津市", "广东省深圳市"], c.Regions.Select(r => r.CompareName));
        var a = c.Segments.Single(s => s.SegmentId == "a");
        Assert.Equal((0, 0.0, SegmentStatus.Missing), (a.Figures[0].Local, a.Figures[0].LocalWeight, a.Figures[0].Status));
        Assert.Equal((2, 1.5, 1.425, SegmentStatus.Strong), (a.Figures[1].Local, a.Figures[1].LocalWeight, a.Figures[1].Lq, a.Figures[1].Status));
        // b: Tianjin LQ (1/2)/(1.7/5.7) = 1.6765; Shenzhen (1/2)/(4/5.7) = 0.7125.
        var b = c.Segments.Single(s => s.SegmentId == "b");
        Assert.Equal([1.6765, 0.7125], b.Figures.Select(f => f.Lq!.Value));
    }

    [Fact]
    public void Compare_PeerStrongWhereHomeMissing_IsListedWithThePeersPlace()
    {
        var strength = Assert.Single(Compare("深圳市").PeerStrengths);

        Assert.Equal(("a", SegmentStatus.Missing, 1.0, "广东省深圳市", "深圳市", "4403", 2, 1.425),
            (strength.SegmentId, strength.HomeStatus, strength.HomeDemand, strength.PeerRegion, strength.PeerPlace, strength.PeerCode, strength.PeerLocal, strength.PeerLq));
    }

    [Fact]
    public void Compare_PeerThatIsHomeAgain_IsDropped()
    {
        Assert.Single(Compare("天津市").Regions);
    }
}

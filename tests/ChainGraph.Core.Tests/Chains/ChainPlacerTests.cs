using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;

namespace ChainGraph.Core.Tests.Chains;

public sealed class ChainPlacerTests
{
    private static readonly Provenance s_test = ChainTestGraph.Test;

    private static readonly ChainTemplate s_chain = new("x", "电池链", "", [
        new SegmentTemplate("battery", "动力电池", Stage.Midstream, null, [], ["630700"], ["锂电池", "动力电池"]) { ExcludeKeywords = ["设备"] },
        new SegmentTemplate("vehicle", "整车", Stage.Downstream, null, [], ["280500"], ["乘用车"]),
    ]);

    private static GraphSnapshot Build()
    {
        var b = new GraphSnapshotBuilder();
        var battery = b.AddNode(new GraphNode(NodeKind.Industry, "630701", "锂电池", s_test));
        var cells = b.AddNode(new GraphNode(NodeKind.Product, "动力电池", "动力电池", s_test));
        var machines = b.AddNode(new GraphNode(NodeKind.Product, "锂电池设备", "锂电池设备", s_test));
        var cars = b.AddNode(new GraphNode(NodeKind.Product, "乘用车", "乘用车", s_test));
        var maker = b.AddNode(new GraphNode(NodeKind.Enterprise, "A", "电池厂", s_test));
        var toolmaker = b.AddNode(new GraphNode(NodeKind.Enterprise, "B", "设备厂", s_test));
        var sideline = b.AddNode(new GraphNode(NodeKind.Enterprise, "C", "车企", s_test));
        b.AddEdge(RelType.InIndustry, maker, battery, s_test);
        b.AddEdge(RelType.Makes, maker, cells, s_test, 0.3f);
        b.AddEdge(RelType.Makes, toolmaker, machines, s_test, 0.9f);
        b.AddEdge(RelType.Makes, sideline, cars, s_test, 0.95f);
        b.AddEdge(RelType.Makes, sideline, cells, s_test, 0.05f);
        return b.Build();
    }

    [Fact]
    public void Place_IndustryAndProducts_WeighsByRevenueShare()
    {
        var snapshot = Build();
        var placements = new ChainPlacer(snapshot).Place(s_chain)
            .ToDictionary(p => (snapshot.Name(p.Enterprise), p.SegmentId), p => p.Weight);

        // 电池厂: industry 630701 under 630700 (0.5) + 动力电池 at 0.3 of revenue = 0.8.
        Assert.Equal(0.8, placements[("电池厂", "battery")], 4);
        // 车企: 乘用车 is 95% of revenue; its 5% battery side line is below the 0.1 floor.
        Assert.Equal(0.95, placements[("车企", "vehicle")], 4);
        Assert.False(placements.ContainsKey(("车企", "battery")));
        // 设备厂 makes 锂电池设备: the exclusion 设备 keeps it out.
        Assert.DoesNotContain(placements.Keys, k => k.Item1 == "设备厂");
    }

    [Fact]
    public void Evidence_MatchingFacts_NameIndustryAndProduct()
    {
        var snapshot = Build();
        var maker = snapshot.FindByName("电池厂")[0];

        var evidence = new ChainPlacer(snapshot).Evidence(maker, s_chain, s_chain.Segments[0]);

        Assert.Equal(
            [("industry", "630701", "630700", (double?)null), ("product", "动力电池", "动力电池", 0.3)],
            evidence.Select(e => (e.Kind, e.Target, e.Matched, e.RevenueShare is { } r ? Math.Round(r, 4) : (double?)null)));
    }

    [Fact]
    public void Place_ProductLineOutsideTheSectors_DoesNotPlace()
    {
        // 妙可蓝多 (乳品) still lists iron ore concentrate from its pre-2016 business; 海南矿业 mines it.
        var chain = new ChainTemplate("m", "新材料", "", [new SegmentTemplate("ore", "冶钢原料", Stage.Upstream, null, [], [], ["铁精粉"]) { Sectors = ["230000", "240000"] }]);
        var b = new GraphSnapshotBuilder();
        var dairy = b.AddNode(new GraphNode(NodeKind.Industry, "340401", "乳品", s_test));
        var ore = b.AddNode(new GraphNode(NodeKind.Industry, "230301", "铁矿石", s_test));
        var concentrate = b.AddNode(new GraphNode(NodeKind.Product, "铁精粉", "铁精粉", s_test));
        var cheese = b.AddNode(new GraphNode(NodeKind.Enterprise, "A", "妙可蓝多", s_test));
        var miner = b.AddNode(new GraphNode(NodeKind.Enterprise, "B", "海南矿业", s_test));
        var unclassified = b.AddNode(new GraphNode(NodeKind.Enterprise, "C", "某矿企", s_test));
        b.AddEdge(RelType.InIndustry, cheese, dairy, s_test);
        b.AddEdge(RelType.InIndustry, miner, ore, s_test);
        foreach (var e in new[] { cheese, miner, unclassified })
        {
            b.AddEdge(RelType.Makes, e, concentrate, s_test, 0.6f);
        }

        var snapshot = b.Build();
        var placed = new ChainPlacer(snapshot).Place(chain).Select(p => snapshot.Name(p.Enterprise)).Order().ToArray();

        Assert.Equal(["某矿企", "海南矿业"], placed);
    }

    [Fact]
    public void Place_WholeProductSegmentCode_CountsOnlyBesideAMatchingProduct()
    {
        // 航空装备Ⅲ holds airframers and parts makers alike: the code alone no longer makes 西部超导 an aircraft maker.
        var chain = new ChainTemplate("a", "航空航天", "", [
            new SegmentTemplate("aircraft", "飞机整机", Stage.Downstream, null, [], ["650201"], ["飞机", "无人机"]) { IndustryNeedsProduct = true, ExcludeKeywords = ["零部件"] },
        ]);
        var b = new GraphSnapshotBuilder();
        var aviation = b.AddNode(new GraphNode(NodeKind.Industry, "650201", "航空装备Ⅲ", s_test));
        var drones = b.AddNode(new GraphNode(NodeKind.Product, "无人机", "无人机", s_test));
        var parts = b.AddNode(new GraphNode(NodeKind.Product, "飞机零部件", "飞机零部件", s_test));
        var maker = b.AddNode(new GraphNode(NodeKind.Enterprise, "A", "无人机厂", s_test));
        var supplier = b.AddNode(new GraphNode(NodeKind.Enterprise, "B", "西部超导", s_test));
        b.AddEdge(RelType.InIndustry, maker, aviation, s_test);
        b.AddEdge(RelType.InIndustry, supplier, aviation, s_test);
        b.AddEdge(RelType.Makes, maker, drones, s_test, 0.4f);
        b.AddEdge(RelType.Makes, supplier, parts, s_test, 0.8f);

        var snapshot = b.Build();
        var placement = Assert.Single(new ChainPlacer(snapshot).Place(chain));

        Assert.Equal(("无人机厂", 0.9), (snapshot.Name(placement.Enterprise), Math.Round(placement.Weight, 4)));
    }

    [Theory]
    [InlineData("锂电池设备")]
    [InlineData("新能源汽车动力电池组")]
    [InlineData("三元正极材料")]
    [InlineData("铁路与轨道交通牵引供电装备")]
    [InlineData("体外诊断试剂")]
    [InlineData("高温合金材料销售")]
    [InlineData("无关产品")]
    public void KeywordIndex_ShippedChains_AgreesWithPerSegmentMatch(string product)
    {
        foreach (var chain in ChainCatalogLoader.LoadEmbedded().Chains)
        {
            var indexed = new KeywordIndex(chain).Match(product);
            for (var s = 0; s < chain.Segments.Count; s++)
            {
                Assert.Equal(ChainPlacer.Matches(product, chain.Segments[s]), indexed.Length == 0 ? null : indexed[s]);
            }
        }
    }
}

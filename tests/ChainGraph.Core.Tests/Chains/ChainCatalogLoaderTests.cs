using ChainGraph.Core.Chains;
using ChainGraph.Core.Io;

namespace ChainGraph.Core.Tests.Chains;

public sealed class ChainCatalogLoaderTests
{
    private const string Valid = """
        id: t
        name: 测试链
        segments:
          - id: raw
            name: 原料
            stage: upstream
            feeds: [part]
            industries: ["240600"]
          - id: part
            name: 部件
            stage: midstream
            feeds: [final]
            products: [电池]
          - id: final
            name: 整机
            stage: downstream
            products: [整车]
        """;

    [Fact]
    public void Parse_ValidTemplate_ReadsSegmentsInOrder()
    {
        var chain = ChainCatalogLoader.Parse("t.yaml", new StringReader(Valid));

        Assert.Equal("测试链", chain.Name);
        Assert.Equal(["raw", "part", "final"], chain.Segments.Select(s => s.Id));
        Assert.Equal(Stage.Midstream, chain.FindSegment("部件")!.Stage);
        Assert.Equal(["240600"], chain.Segments[0].IndustryCodes);
    }

    [Theory]
    // replace, with, expected field, expected words in the message
    [InlineData("""industries: ["240600"]""", """industries: ["999999"]""", "segments[raw].industries", "999999")]
    [InlineData("feeds: [part]", "feeds: [nowhere]", "segments[raw].feeds", "nowhere")]
    [InlineData("feeds: [final]", "feeds: [final]\n    parent: ghost", "segments[part].parent", "ghost")]
    [InlineData("products: [整车]", "products: [整车]\n    feeds: [raw]", "segments[raw].feeds", "cycle")]
    [InlineData("stage: midstream", "stage: sideways", "segments[part].stage", "sideways")]
    [InlineData("products: [整车]", "products: []", "segments[final].industries", "industry codes or product keywords")]
    [InlineData("id: part", "id: raw", "segments[raw].id", "appears twice")]
    [InlineData("products: [电池]", "products: [电池]\n    sectors: [\"123456\"]", "segments[part].sectors", "123456")]
    [InlineData("products: [电池]", "products: [电池]\n    industryNeedsProduct: yes", "segments[part].industryNeedsProduct", "true or false")]
    [InlineData("products: [电池]", "products: [电池]\n    industryNeedsProduct: true", "segments[part].industryNeedsProduct", "needs both")]
    public void Parse_BadTemplate_NamesFileSegmentAndField(string replace, string with, string field, string words)
    {
        var yaml = Valid.Replace(replace, with, StringComparison.Ordinal);

        var error = Assert.Throws<InputFormatException>(() => ChainCatalogLoader.Parse("bad.yaml", new StringReader(yaml)));

        Assert.Equal("bad.yaml", error.File);
        Assert.Equal(field, error.Field);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 1, $"line {error.Line} should point into the segment");
    }

    [Fact]
    public void Parse_BrokenYaml_NamesTheLine()
    {
        var error = Assert.Throws<InputFormatException>(() => ChainCatalogLoader.Parse("broken.yaml", new StringReader("id: t\nsegments: [\n")));

        Assert.Equal("broken.yaml", error.File);
    }

    [Fact]
    public void LoadEmbedded_ShippedTemplates_AreSixChainsOfTwelveSegmentsInThreeStages()
    {
        var catalog = ChainCatalogLoader.LoadEmbedded();

        Assert.Equal(["新一代汽车技术", "电力装备", "轨道交通装备", "航空航天", "新材料", "生物医药与医疗器械"], catalog.Chains.Select(c => c.Name));
        Assert.All(catalog.Chains, c =>
        {
            Assert.True(c.Segments.Count >= 12, $"{c.Name} has {c.Segments.Count} segments");
            Assert.Equal(3, c.Segments.Select(s => s.Stage).Distinct().Count());
            Assert.Contains(c.Segments, s => s.Feeds.Count > 0);
        });
        Assert.Same(catalog.Find("nev"), catalog.Find("新一代汽车技术"));
    }

    [Fact]
    public void LoadEmbeddedAnchors_ShippedPlan_NamesAllNineAnchorsWithChains()
    {
        var catalog = ChainCatalogLoader.LoadEmbedded();

        var anchors = ChainDataLoader.LoadEmbeddedAnchors(catalog);
        var overrides = ChainDataLoader.LoadOverrides(catalog, null);

        Assert.Equal(["中汽中心", "国网", "平高", "爱思达", "执信医疗", "中车唐车", "中国通号", "一重集团", "天钢", "天管"], anchors.Anchors.Select(a => a.Name));
        Assert.All(anchors.Anchors, a => Assert.NotEmpty(a.Chains));
        Assert.Equal("120110", anchors.PlanRegion);
        Assert.NotEmpty(overrides);
    }

    [Fact]
    public void ParseOverrides_UnknownSegment_NamesFileAndLine()
    {
        var catalog = ChainCatalogLoader.LoadEmbedded();
        const string yaml = "overrides:\n  - chain: nev\n    segment: teleporter\n    enterprise: 一汽夏利\n    action: pin\n";

        var error = Assert.Throws<InputFormatException>(() => ChainDataLoader.ParseOverrides("mine.yaml", new StringReader(yaml), catalog));

        Assert.Equal("mine.yaml", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("teleporter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadEmbeddedAnchors_DeclaredProductLines_EachNameASource()
    {
        var anchors = ChainDataLoader.LoadEmbeddedAnchors(ChainCatalogLoader.LoadEmbedded());

        var declared = anchors.Anchors.SelectMany(a => a.Products.Concat(a.Inputs).Concat(a.UsedIn)).ToList();
        Assert.NotEmpty(declared);
        Assert.All(declared, line => Assert.False(string.IsNullOrWhiteSpace(line.Source)));
        Assert.Contains(anchors.Anchors.Single(a => a.Name == "平高").Inputs, i => i.Name == "灭弧室");
        Assert.NotEmpty(anchors.Anchors.Single(a => a.Name == "中车唐车").Products);
    }

    [Theory]
    [InlineData("    products:\n      - {name: 动车组}\n", "anchors[唐车].products[动车组].source")]
    [InlineData("    inputs:\n      - {name: 转向架, source: 年报}\n", "anchors[唐车].inputs")]
    [InlineData("    products:\n      - {name: 动车组, source: 年报}\n    inputs:\n      - {name: 转向架, source: 年报, for: [地铁]}\n", "anchors[唐车].inputs")]
    public void ParseAnchors_BadProductLine_NamesFileLineAndField(string lines, string field)
    {
        var yaml = "source: 规划\nanchors:\n  - name: 唐车\n    fullName: 中车唐山机车车辆有限公司\n    region: \"130200\"\n    chains: [rail]\n" + lines;

        var error = Assert.Throws<InputFormatException>(() => ChainDataLoader.ParseAnchors("anchors.yaml", new StringReader(yaml), ChainCatalogLoader.LoadEmbedded()));

        Assert.Equal(("anchors.yaml", field), (error.File, error.Field));
    }
}

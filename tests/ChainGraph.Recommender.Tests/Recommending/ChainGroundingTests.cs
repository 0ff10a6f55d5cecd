using ChainGraph.Core.Chains;
using ChainGraph.Core.Model;
using ChainGraph.Recommender.Recommending;

namespace ChainGraph.Recommender.Tests.Recommending;

public sealed class ChainGroundingTests
{
    private readonly TargetGraph _graph = new();
    private readonly int _anchor;
    private readonly int _partsMaker;
    private readonly int _separatorMaker;
    private readonly int _cellMaker;
    private readonly int _dairy;
    private readonly int _operator;

    public ChainGroundingTests()
    {
        _anchor = _graph.Enterprise("整机厂", "1201");
        _graph.Place(_anchor, "assembly", 1, pinnedAnchor: true).Place(_anchor, "parts", 0.6).Makes(_anchor, "整机X", 0, AnchorProduct.FactQualifier).Input("电芯", "整机X");
        _partsMaker = _graph.Enterprise("部件厂", "4403");
        _graph.Place(_partsMaker, "parts", 0.8).Makes(_partsMaker, "精密部件", 0.8);
        _separatorMaker = _graph.Enterprise("隔膜厂", "4403");
        _graph.Place(_separatorMaker, "separator", 1).Makes(_separatorMaker, "锂电池隔膜", 0.62);
        _cellMaker = _graph.Enterprise("电芯厂", "4403");
        _graph.Industry(_cellMaker, "630701").Makes(_cellMaker, "动力电芯", 0.7);
        _dairy = _graph.Enterprise("乳业公司", "3100");
        _graph.Industry(_dairy, "340702").Makes(_dairy, "储能电芯", 0.5);
        _operator = _graph.Enterprise("运营公司", "4403");
        _graph.Place(_operator, "operation", 1);
    }

    [Fact]
    public void ForAnchor_Upstream_FeedingSegmentsOfPinnedSegmentAndKeywordInputMakers()
    {
        var grounding = new ChainGrounding(_graph.Build(), new ChainCatalog([TargetGraph.Chain]));

        var pool = grounding.ForAnchor(_anchor, SupplyDirection.Upstream);

        // The anchor's pin (整机) defines its needs, not its 0.6 side placement in 部件: so 部件 supplies it, 材料 does not.
        Assert.Equal([_partsMaker, _cellMaker], pool.Members.Keys.Order());
        Assert.Equal("主营精密部件（占营收80%），属于部件环节，供给链主整机厂所在的整机环节", pool.Members[_partsMaker].Text);
        Assert.Equal(0.8, pool.Members[_partsMaker].Fit, 4);
        Assert.Equal("主营动力电芯（占营收70%），是链主整机厂的整机X所需的电芯", pool.Members[_cellMaker].Text);
        Assert.Equal(2, pool.Members[_cellMaker].Edges.Count);
        Assert.Null(pool.Gap);
    }

    [Fact]
    public void ForAnchor_Downstream_SegmentsItFeeds()
    {
        var grounding = new ChainGrounding(_graph.Build(), new ChainCatalog([TargetGraph.Chain]));

        var pool = grounding.ForAnchor(_anchor, SupplyDirection.Downstream);

        Assert.Equal([_operator], pool.Members.Keys);
        Assert.Contains("是链主整机厂所在整机环节的下游客户", pool.Members[_operator].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ForSegment_ParentHoldsChildPlacements_EmptySegmentSaysSo()
    {
        var snapshot = _graph.Build();
        var grounding = new ChainGrounding(snapshot, new ChainCatalog([TargetGraph.Chain]));

        var materials = grounding.ForSegment(TargetGraph.Chain, TargetGraph.Chain.FindSegment("materials")!);
        Assert.Equal([_separatorMaker], materials.Members.Keys);
        Assert.Equal("主营锂电池隔膜（占营收62%），属于隔膜环节", materials.Members[_separatorMaker].Text);

        var emptyChain = TargetGraph.Chain with { Segments = [.. TargetGraph.Chain.Segments, new SegmentTemplate("rockets", "运载火箭", Stage.Midstream, null, [], [], ["运载火箭"])] };
        var empty = new ChainGrounding(snapshot, new ChainCatalog([emptyChain])).ForSegment(emptyChain, emptyChain.FindSegment("rockets")!);
        Assert.Empty(empty.Members);
        Assert.Contains("没有企业被放入运载火箭环节", empty.Gap, StringComparison.Ordinal);
    }

    [Fact]
    public void ForSegment_ManyMainLineMakers_SideLineMakerLeavesPoolWithNote_ThinPoolKeepsIt()
    {
        var separators = TargetGraph.Chain.FindSegment("separator")!;
        var thinGiant = _graph.Enterprise("整车集团", "4201");
        _graph.Place(thinGiant, "separator", 0.1).Makes(thinGiant, "隔膜", 0.1);
        var thin = new ChainGrounding(_graph.Build(), new ChainCatalog([TargetGraph.Chain])).ForSegment(TargetGraph.Chain, separators);
        Assert.Equal([_separatorMaker, thinGiant], thin.Members.Keys.Order());
        Assert.Single(thin.Scope);

        var wide = new TargetGraph();
        var giant = wide.Enterprise("整车集团", "4201");
        wide.Place(giant, "separator", 0.1).Makes(giant, "隔膜", 0.1);
        for (var i = 0; i < ChainGrounding.MainLineQuorum; i++)
        {
            var maker = wide.Enterprise($"隔膜厂{i}", "4403");
            wide.Place(maker, "separator", 0.5).Makes(maker, "锂电池隔膜", 0.5);
        }

        var pool = new ChainGrounding(wide.Build(), new ChainCatalog([TargetGraph.Chain])).ForSegment(TargetGraph.Chain, separators);

        Assert.Equal(ChainGrounding.MainLineQuorum, pool.Members.Count);
        Assert.DoesNotContain(giant, pool.Members.Keys);
        Assert.Equal("不含仅以次要产品线（占营收不足20%）相关的1家企业", pool.Scope[^1]);
    }
}

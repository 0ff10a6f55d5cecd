using ChainGraph.Core.Chains;

namespace ChainGraph.Core.Tests.Chains;

public sealed class SegmentFlowTests
{
    // 材料 (parent of 隔膜, 正极) feeds 电池; 隔膜 also feeds 电池; 电池 and 电驱 feed 整车 (parent of 乘用车).
    private static readonly ChainTemplate s_chain = new("f", "流向", "", [
        S("materials", null, ["battery"]),
        S("separator", "materials", ["battery"]),
        S("cathode", "materials", []),
        S("battery", null, ["vehicles"]),
        S("edrive", null, ["passenger"]),
        S("vehicles", null, []),
        S("passenger", "vehicles", []),
    ]);

    private static SegmentTemplate S(string id, string? parent, IReadOnlyList<string> feeds) => new(id, id, Stage.Midstream, parent, feeds, [], [id]);

    private static string[] Ids(IEnumerable<SegmentTemplate> segments) => segments.Select(s => s.Id).ToArray();

    [Fact]
    public void Suppliers_ParentStandsForItsChildren()
    {
        Assert.Equal(["materials", "separator", "cathode"], Ids(SegmentFlow.Suppliers(s_chain, s_chain.FindSegment("battery")!)));
        // 电驱 feeds the child 乘用车, so it supplies the 整车 family; 电池 feeds the parent, so it supplies 乘用车.
        Assert.Equal(["battery", "edrive"], Ids(SegmentFlow.Suppliers(s_chain, s_chain.FindSegment("vehicles")!)));
        Assert.Equal(["battery", "edrive"], Ids(SegmentFlow.Suppliers(s_chain, s_chain.FindSegment("passenger")!)));
    }

    [Fact]
    public void Customers_ChildInheritsItsParentsFeeds()
    {
        Assert.Equal(["battery"], Ids(SegmentFlow.Customers(s_chain, s_chain.FindSegment("cathode")!)));
        Assert.Equal(["vehicles", "passenger"], Ids(SegmentFlow.Customers(s_chain, s_chain.FindSegment("battery")!)));
        Assert.Empty(SegmentFlow.Customers(s_chain, s_chain.FindSegment("vehicles")!));
    }
}

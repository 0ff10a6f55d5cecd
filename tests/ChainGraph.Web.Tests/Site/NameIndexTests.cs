using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Web.Site;

namespace ChainGraph.Web.Tests.Site;

public sealed class NameIndexTests
{
    private static readonly Provenance s_provenance = new("tests", null, DateTimeOffset.UnixEpoch);

    private static GraphSnapshot Graph()
    {
        var b = new GraphSnapshotBuilder();
        b.AddNode(new GraphNode(NodeKind.Enterprise, "300750.SZ", "宁德时代", s_provenance).WithProperty(EnterpriseProps.FullName, "宁德时代新能源科技股份有限公司"));
        b.AddNode(new GraphNode(NodeKind.Enterprise, "300450.SZ", "先导智能", s_provenance));
        b.AddNode(new GraphNode(NodeKind.Enterprise, "002074.SZ", "国轩高科", s_provenance));
        b.AddNode(new GraphNode(NodeKind.Enterprise, "name:时代新材", "时代新材", s_provenance));
        return b.Build();
    }

    // Regression (issue 14, finding 6): the typo 宁德时带 got no suggestion at all (the store's prefix and substring search
    // find nothing for a wrong character at the end).
    [Theory]
    [InlineData("宁德时带", "宁德时代")]
    [InlineData("宁得时代", "宁德时代")]
    [InlineData("先导智", "先导智能")]
    [InlineData("国轩高科股份有限公司", "国轩高科")]
    public void Suggest_Typo_PutsTheRightEnterpriseFirst(string typed, string expected)
    {
        var hits = NameIndex.For(Graph()).Suggest(typed, 5, 0.4);

        Assert.Equal(expected, hits[0].Node.Name);
    }

    [Fact]
    public void Suggest_NothingAlike_ReturnsNothing()
    {
        Assert.Empty(NameIndex.For(Graph()).Suggest("完全不同的名字", 5, 0.4));
    }
}

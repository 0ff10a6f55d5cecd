using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Web.Targets;

namespace ChainGraph.Web.Tests.Targets;

public sealed class EnterpriseSizeTests
{
    private static readonly Provenance s_provenance = new("tests", null, DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData("80000", false, SizeClass.Large, "注册资本")]
    [InlineData("1000", true, SizeClass.Small, "注册资本")]
    [InlineData(null, true, SizeClass.Medium, "上市企业（估计）")]
    [InlineData(null, false, SizeClass.Small, "关联企业数（估计）")]
    public void Classify_CapitalFirstThenLinksAndListedCompaniesAreAtLeastMedium(string? capital, bool listed, SizeClass expected, string basis)
    {
        var node = new GraphNode(NodeKind.Enterprise, "X", "某公司", s_provenance).WithTags(listed ? [EnterpriseTags.Listed] : []);
        node = capital is null ? node : node.WithProperty(EnterpriseProps.RegisteredCapital, capital);
        var builder = new GraphSnapshotBuilder();
        builder.AddNode(node);

        Assert.Equal((expected, basis), EnterpriseSize.Classify(node, builder.Build()));
    }

    [Fact]
    public void Classify_ManyBusinessLinks_Large()
    {
        var builder = new GraphSnapshotBuilder();
        var hub = builder.AddNode(new GraphNode(NodeKind.Enterprise, "HUB", "枢纽公司", s_provenance));
        for (var i = 0; i < EnterpriseSize.LargeLinks; i++)
        {
            var partner = builder.AddNode(new GraphNode(NodeKind.Enterprise, $"P{i}", $"伙伴{i}", s_provenance));
            builder.AddEdge(RelType.Supplies, partner, hub, s_provenance);
        }

        var snapshot = builder.Build();
        Assert.Equal(SizeClass.Large, EnterpriseSize.Classify(snapshot.Node(hub), snapshot).Size);
    }
}

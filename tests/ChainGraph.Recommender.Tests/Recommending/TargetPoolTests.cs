using ChainGraph.Core.Chains;
using ChainGraph.Core.Model;
using ChainGraph.Recommender.Recommending;

namespace ChainGraph.Recommender.Tests.Recommending;

public sealed class TargetPoolTests
{
    private static readonly Provenance s_provenance = new("tests", null, DateTimeOffset.UnixEpoch);
    private static readonly HomeRegion s_home = new("天津市东丽区", "120110", "天津市", "12", "city");

    private static GraphNode Enterprise(string name, string? fullName = null, string? regionCode = "4403") =>
        new GraphNode(NodeKind.Enterprise, "name:" + name, name, s_provenance)
            .WithProperty(EnterpriseProps.FullName, fullName)
            .WithProperty(EnterpriseProps.RegionCode, regionCode);

    [Theory]
    [InlineData("清华大学", null, false)]
    [InlineData("中国科学院", null, false)]
    [InlineData("某某职业学院", null, false)]
    [InlineData("大学城置业", "深圳大学城置业有限公司", true)]
    [InlineData("宁德时代", "宁德时代新能源科技股份有限公司", true)]
    public void Eligible_UniversitiesAndSchoolsAreNotTargets(string name, string? fullName, bool eligible) =>
        Assert.Equal(eligible, TargetPool.Eligible(Enterprise(name, fullName), relationships: 3, s_home));

    [Fact]
    public void Eligible_LocalIsolatedOrDuplicateEnterprisesAreNotTargets()
    {
        Assert.False(TargetPool.Eligible(Enterprise("本地公司", regionCode: "120110"), 3, s_home));
        Assert.False(TargetPool.Eligible(Enterprise("孤立公司"), 0, s_home));
        Assert.False(TargetPool.Eligible(Enterprise("中汽中心").WithProperty(EnterpriseProps.SameAs, "name:中国汽车技术研究中心"), 3, s_home));
    }
}

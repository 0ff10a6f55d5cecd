using ChainGraph.Core.Model;
using ChainGraph.Recommender.Recommending;

namespace ChainGraph.Recommender.Tests.Recommending;

public sealed class TargetPoolTests
{
    private static readonly Provenance s_provenance = TargetGraph.Test;

    private static GraphNode Enterprise(string name, string? fullName = null, string? regionCode = "4403", string? stockCode = null) =>
        new GraphNode(NodeKind.Enterprise, "name:" + name, name, s_provenance)
            .WithProperty(EnterpriseProps.FullName, fullName)
            .WithProperty(EnterpriseProps.RegionCode, regionCode)
            .WithProperty(EnterpriseProps.StockCode, stockCode);

    [Theory]
    [InlineData("清华大学", null, true)]
    [InlineData("中国科学院", null, true)]
    [InlineData("某某职业学院", null, true)]
    [InlineData("吉林省政府", null, true)]
    [InlineData("大学城置业", "深圳大学城置业有限公司", false)]
    [InlineData("宁德时代", "宁德时代新能源科技股份有限公司", false)]
    public void IsInstitution_UniversitiesAgenciesAreNotCompanies(string name, string? fullName, bool institution) =>
        Assert.Equal(institution, TargetPool.IsInstitution(Enterprise(name, fullName)));

    [Theory]
    [InlineData("中国供应商", true)]
    [InlineData("京津冀某大型钢铁企业", true)]
    [InlineData("国内车企", true)]
    [InlineData("美团App", true)]
    [InlineData("南京金浦新潮创业投资合伙企业", false)]
    [InlineData("海航集团", false)]
    [InlineData("宁德时代", false)]
    public void IsPhrase_GenericNamesAreNotOneEnterprise(string name, bool phrase) =>
        Assert.Equal(phrase, TargetPool.IsPhrase(Enterprise(name)));

    [Theory]
    [InlineData("4403", null, true)]
    [InlineData("65", null, true)]
    [InlineData("71", null, false)]
    [InlineData("8100", null, false)]
    [InlineData(null, "600312.SH", true)]
    [InlineData(null, null, false)]
    public void IsMainland_ProvinceCodeOrAShareListing(string? region, string? stock, bool mainland) =>
        Assert.Equal(mainland, TargetPool.IsMainland(Enterprise("某公司", regionCode: region, stockCode: stock)));

    [Theory]
    [InlineData("*ST百特", "*ST")]
    [InlineData("ST远程", "ST")]
    [InlineData("退市博元", "退市")]
    [InlineData("宝光股份", null)]
    public void RiskOf_ListingNameFlags(string name, string? risk) => Assert.Equal(risk, TargetPool.RiskOf(name));

    [Fact]
    public void Check_PlantNamedAfterTheHomeRegion_IsLocalPresence()
    {
        // Regression (issue 11): 金发科技 (Guangzhou) was proposed to Tianjin although 天津金发新材料有限公司 is there.
        var graph = new TargetGraph();
        var kingfa = graph.Enterprise("金发科技", "4401", "600143.SH", "金发科技股份有限公司");
        graph.Enterprise("天津金发新材料有限公司", "1201");
        var other = graph.Enterprise("普利特", "3100", "002324.SZ");
        var snapshot = graph.Build();
        var pool = new TargetPool(snapshot, TargetGraph.Home(snapshot));

        Assert.Equal("天津金发新材料有限公司", pool.Check(kingfa).LocalPresence);
        Assert.False(pool.Eligible(kingfa, TargetFilter.Default));
        Assert.True(pool.Eligible(kingfa, new TargetFilter { IncludeLocalPresence = true }));
        Assert.Null(pool.Check(other).LocalPresence);
    }

    [Fact]
    public void Check_ControlledLocalSubsidiary_IsLocalPresence()
    {
        var graph = new TargetGraph();
        var parent = graph.Enterprise("远方集团", "4403");
        var plant = graph.Enterprise("滨海制造公司", "1201");
        graph.Link(RelType.Controls, parent, plant);
        var snapshot = graph.Build();

        Assert.Equal("滨海制造公司", new TargetPool(snapshot, TargetGraph.Home(snapshot)).Check(parent).LocalPresence);
    }

    [Fact]
    public void Disqualification_OrderAndFilters()
    {
        var graph = new TargetGraph();
        var taiwan = graph.Enterprise("台积电", "71");
        var unknown = graph.Enterprise("英伟达", null);
        var local = graph.Enterprise("本地公司", "1201");
        var risky = graph.Enterprise("*ST百特", "3200", "603333.SH");
        var phrase = graph.Enterprise("中国供应商", null);
        var snapshot = graph.Build();
        var pool = new TargetPool(snapshot, TargetGraph.Home(snapshot));

        Assert.Equal(Disqualification.OutsideMainland, pool.Check(taiwan).Disqualification(TargetFilter.Default));
        Assert.Equal(Disqualification.OutsideMainland, pool.Check(unknown).Disqualification(TargetFilter.Default));
        Assert.Null(pool.Check(taiwan).Disqualification(new TargetFilter { IncludeOutsideMainland = true }));
        Assert.Equal(Disqualification.Local, pool.Check(local).Disqualification(TargetFilter.Default));
        Assert.Equal(Disqualification.NotCompany, pool.Check(phrase).Disqualification(new TargetFilter { IncludeOutsideMainland = true }));
        Assert.Null(pool.Check(risky).Disqualification(TargetFilter.Default));
        Assert.Equal("*ST", pool.Check(risky).Risk);
        Assert.Equal(Disqualification.Risk, pool.Check(risky).Disqualification(new TargetFilter { ExcludeRisk = true }));
    }
}

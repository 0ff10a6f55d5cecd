using System.IO.Compression;
using ChainGraph.Core.Regions;
using ChainGraph.Core.Tests.TestSupport;

namespace ChainGraph.Core.Tests.Regions;

public sealed class RegionGazetteerTests
{
    private static readonly RegionGazetteer s_gazetteer = Load();

    [Theory]
    [InlineData("湖南华联瓷业股份有限公司", "湖南省", null)]
    [InlineData("邵阳维克液压股份有限公司", "湖南省", "邵阳市")]
    [InlineData("天津津荣天宇精密机械股份有限公司", "天津市", "天津市")]
    [InlineData("泽达易盛（天津）科技股份有限公司", "天津市", "天津市")]
    [InlineData("凯莱英医药集团(天津)股份有限公司", "天津市", "天津市")]
    [InlineData("广东省深圳市某某科技有限公司", "广东省", "深圳市")]
    [InlineData("新疆库尔勒香梨股份有限公司", "新疆维吾尔自治区", null)]
    [InlineData("内蒙古伊利实业集团股份有限公司", "内蒙古自治区", null)]
    [InlineData("吉林敖东药业集团股份有限公司", "吉林省", null)]
    [InlineData("昆山东威科技股份有限公司", "江苏省", "苏州市")]
    [InlineData("香港中华煤气有限公司", "香港特别行政区", null)]
    public void Locate_NameWithPlace_ProvinceAndCity(string fullName, string province, string? city)
    {
        var location = s_gazetteer.Locate(fullName);
        Assert.Equal(province, location.Province?.Name);
        if (city is not null)
        {
            Assert.Equal(city, location.City?.Name);
        }
    }

    [Theory]
    [InlineData("曙光信息产业股份有限公司")]
    [InlineData("东方电气股份有限公司")]
    [InlineData("万科企业股份有限公司")]
    [InlineData("")]
    public void Locate_NameWithoutPlace_Unknown(string fullName) => Assert.False(s_gazetteer.Locate(fullName).IsKnown);

    [Fact]
    public void LocationOf_County_HasCityAndProvince()
    {
        var dongli = s_gazetteer.Find("120110")!;
        var location = s_gazetteer.LocationOf(dongli);
        Assert.Equal(("天津市", "天津市", "东丽区"), (location.Province!.Name, location.City!.Name, location.County!.Name));
    }

    private static RegionGazetteer Load()
    {
        using var pca = new GZipStream(File.OpenRead(RepoPaths.Combine("ingest", "demo", "regions", "pca-code.json.gz")), CompressionMode.Decompress);
        using var special = File.OpenRead(RepoPaths.Combine("ingest", "demo", "regions", "hk-mo-tw.json"));
        return RegionGazetteer.Load(pca, special);
    }
}

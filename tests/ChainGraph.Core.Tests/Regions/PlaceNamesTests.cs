using ChainGraph.Core.Regions;

namespace ChainGraph.Core.Tests.Regions;

public sealed class PlaceNamesTests
{
    [Theory]
    [InlineData("上海市", "上海市", "", "上海市")]
    [InlineData("广东省", "深圳市", "", "广东省深圳市")]
    [InlineData("广东省", "深圳市", " ", "广东省 深圳市")]
    [InlineData("四川省", null, "", "四川省")]
    [InlineData("unknown", null, "", "—")]
    [InlineData(null, null, "", "—")]
    [InlineData("  ", "unknown", "", "—")]
    public void Format_DropsUnknownAndRepeatedMunicipality(string? province, string? city, string separator, string expected) =>
        Assert.Equal(expected, PlaceNames.Format(province, city, separator, "—"));
}

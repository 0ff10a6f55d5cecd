using System.Net;
using System.Text.Json;
using ChainGraph.Web.Tests.Infrastructure;

namespace ChainGraph.Web.Tests.Api;

[Collection(WebAppCollection.Name)]
public sealed class EnterprisesApiTests(WebAppFixture app)
{
    [Theory]
    [InlineData("300450.SZ")]
    [InlineData("先导智能")]
    [InlineData("无锡先导智能装备股份有限公司")]
    public async Task GetEnterprise_ByCodeShortOrFullName_ReturnsTheProfileWithProvenance(string idOrName)
    {
        using var client = app.CreateClient();
        var profile = await client.GetFromJsonAsync<JsonElement>("/api/enterprises/" + Uri.EscapeDataString(idOrName));

        Assert.Equal("300450.SZ", profile.GetProperty("key").GetString());
        Assert.Equal("先导智能", profile.GetProperty("name").GetString());
        Assert.Contains(profile.GetProperty("location").EnumerateArray(), f => f.GetProperty("value").GetString() == "江苏省");
        var products = profile.GetProperty("products").EnumerateArray().ToArray();
        Assert.NotEmpty(products);
        Assert.All(products, p => Assert.Equal("A股上市公司主营构成（年报）", p.GetProperty("provenance").GetProperty("title").GetString()));
        Assert.Equal("A股上市公司名录（交易所公开信息）", profile.GetProperty("provenance").GetProperty("title").GetString());
        Assert.True(profile.GetProperty("graph").GetProperty("nodes").GetArrayLength() > 1);
    }

    [Fact]
    public async Task GetEnterprise_AmbiguousName_Returns404ProblemWithSuggestions()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/enterprises/" + Uri.EscapeDataString("中车"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEmpty(problem.GetProperty("suggestions").EnumerateArray());
        Assert.All(problem.GetProperty("suggestions").EnumerateArray(), s => Assert.Contains("中车", s.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task GetEnterprise_NameWithMarkup_ReturnedAsDataNotInterpreted()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/enterprises/" + WebAppFixture.HostileKey);
        var profile = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(WebAppFixture.HostileName, profile.GetProperty("name").GetString());
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal); // JSON escapes < and >
    }

    [Theory]
    [InlineData("/api/enterprises", "q")]
    [InlineData("/api/enterprises?q=%E4%B8%AD%E8%BD%A6&limit=0", "limit")]
    [InlineData("/api/enterprises?q=%E4%B8%AD%E8%BD%A6&limit=51", "limit")]
    public async Task SearchEnterprises_InvalidInput_Returns400NamingTheField(string url, string field)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task SearchEnterprises_Prefix_FindsMatches()
    {
        using var client = app.CreateClient();
        var hits = await client.GetFromJsonAsync<JsonElement>("/api/enterprises?q=" + Uri.EscapeDataString("先导") + "&limit=5");

        Assert.Contains(hits.EnumerateArray(), h => h.GetProperty("key").GetString() == "300450.SZ");
    }
}

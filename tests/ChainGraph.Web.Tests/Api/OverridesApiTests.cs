using System.Net;
using System.Text.Json;
using ChainGraph.Web.Tests.Infrastructure;

namespace ChainGraph.Web.Tests.Api;

[Collection(WebAppCollection.Name)]
public sealed class OverridesApiTests(WebAppFixture app)
{
    private const string Segment = "/api/chains/nev/segments/battery-metals";

    [Fact]
    public async Task SaveOverride_PinThenRemove_TheSegmentFollows()
    {
        using var client = await app.CreateSignedInClientAsync();
        var before = await client.GetFromJsonAsync<JsonElement>(Segment);
        Assert.DoesNotContain("300450.SZ", Keys(before));

        var pinned = await client.PostAsJsonAsync(Segment + "/overrides", new { enterpriseKey = "300450.SZ", action = "pin", weight = 0.5, reason = "会前核实：锂资源合作" });
        Assert.Equal(HttpStatusCode.OK, pinned.StatusCode);
        var afterPin = await pinned.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("300450.SZ", Keys(afterPin));
        Assert.Equal(before.GetProperty("segment").GetProperty("national").GetInt32() + 1, afterPin.GetProperty("segment").GetProperty("national").GetInt32());
        Assert.Contains((await client.GetFromJsonAsync<JsonElement>("/api/chains/nev/overrides")).EnumerateArray(), o => o.GetProperty("enterpriseKey").GetString() == "300450.SZ");

        var removed = await client.PostAsJsonAsync(Segment + "/overrides", new { enterpriseKey = "300450.SZ", action = "remove" });
        var afterRemove = await removed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain("300450.SZ", Keys(afterRemove));
        Assert.Equal(before.GetProperty("segment").GetProperty("national").GetInt32(), afterRemove.GetProperty("segment").GetProperty("national").GetInt32());
    }

    [Theory]
    [InlineData("{\"enterpriseKey\":\"300450.SZ\",\"action\":\"move\"}", "action")]
    [InlineData("{\"enterpriseKey\":\"300450.SZ\",\"action\":\"pin\",\"weight\":1.5}", "weight")]
    [InlineData("{\"enterpriseKey\":\"NO-SUCH\",\"action\":\"pin\"}", "enterpriseKey")]
    public async Task SaveOverride_InvalidInput_Returns400NamingTheField(string body, string field)
    {
        using var client = await app.CreateSignedInClientAsync();
        var response = await client.PostAsync(Segment + "/overrides", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task SaveOverride_Anonymous_Returns401()
    {
        using var client = app.CreateClient();
        var response = await client.PostAsJsonAsync(Segment + "/overrides", new { enterpriseKey = "300450.SZ", action = "pin" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static string?[] Keys(JsonElement detail) => detail.GetProperty("localEnterprises").EnumerateArray()
        .Concat(detail.GetProperty("nationalEnterprises").EnumerateArray()).Select(e => e.GetProperty("key").GetString()).ToArray();
}

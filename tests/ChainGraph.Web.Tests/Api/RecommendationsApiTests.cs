using System.Net;
using System.Text.Json;
using ChainGraph.Web.Tests.Infrastructure;

namespace ChainGraph.Web.Tests.Api;

[Collection(WebAppCollection.Name)]
public sealed class RecommendationsApiTests(WebAppFixture app)
{
    [Theory]
    [InlineData("/api/recommendations?chain=nev&segment=power-battery&top=0", "top")]
    [InlineData("/api/recommendations?chain=nev&segment=power-battery&top=100000", "top")]
    [InlineData("/api/recommendations?chain=nev", "segment")]
    [InlineData("/api/recommendations", "chain")]
    [InlineData("/api/recommendations?chain=nev&segment=power-battery&anchor=x", "anchor")]
    [InlineData("/api/recommendations?anchor=%E4%B8%AD%E8%BD%A6&direction=sideways", "direction")]
    [InlineData("/api/recommendations?chain=nev&segment=power-battery&size=huge", "size")]
    [InlineData("/api/recommendations/export?chain=nev&segment=power-battery&format=pdf", "format")]
    [InlineData("/api/lists/1/export?format=doc", "format")]
    public async Task Recommendations_InvalidQuery_Returns400NamingTheField(string url, string field)
    {
        // Signed in: saved lists are internal material (a signed-out request gets 401 before validation).
        using var client = await app.CreateSignedInClientAsync();
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"expected an error for '{field}', got {errors}");
    }

    [Fact]
    public async Task GetList_Unknown_Returns404Problem()
    {
        using var client = await app.CreateSignedInClientAsync();
        var response = await client.GetAsync("/api/lists/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

using System.Net;
using ChainGraph.Web.Tests.Infrastructure;

namespace ChainGraph.Web.Tests.Security;

/// <summary>Issue 13, failure 9: saved lists, events, briefings and their PDFs are internal material: signed-out callers get 401 (pages: the sign-in page).</summary>
[Collection(WebAppCollection.Name)]
public sealed class InternalMaterialTests(WebAppFixture app)
{
    [Theory]
    [InlineData("/api/lists")]
    [InlineData("/api/lists/1")]
    [InlineData("/api/lists/1/export?format=xlsx")]
    [InlineData("/api/events")]
    [InlineData("/api/events/1")]
    [InlineData("/api/events/1/briefing")]
    [InlineData("/api/events/1/briefing.pdf")]
    public async Task Get_SignedOut_Returns401Problem(string url)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task BriefingPage_SignedOut_RedirectsToSignInAndBack()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/events/1/briefing");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login.html?return=%2Fevents%2F1%2Fbriefing", response.Headers.Location!.PathAndQuery);
    }
}

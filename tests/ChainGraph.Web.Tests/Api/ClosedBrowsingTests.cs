using System.Net;
using ChainGraph.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChainGraph.Web.Tests.Api;

/// <summary>A second app on the same (already imported) store with ChainGraph:Web:RequireSignInToBrowse=true.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ClosedBrowsingTests(WebAppFixture app)
{
    [Fact]
    public async Task RequireSignInToBrowse_Anonymous_ReadsAre401AndSignInOpensThem()
    {
        await using var closed = app.Factory.WithWebHostBuilder(builder => builder.UseSetting("ChainGraph:Web:RequireSignInToBrowse", "true"));
        using var client = closed.CreateDefaultClient(new CsrfHandler(), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler());

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/chains")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/enterprises/300450.SZ")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/events/1/briefing")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login.html")).StatusCode);

        (await client.PostAsJsonAsync("/api/account/login", new { userName = WebAppFixture.UserName, password = WebAppFixture.Password })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/chains")).StatusCode);
    }
}

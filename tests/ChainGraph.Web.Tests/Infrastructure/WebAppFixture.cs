using System.Net;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Web.Tests.Infrastructure;

/// <summary>
/// One running web app per test run: a temporary SQLite store into which the app itself imports the demo at
/// start (as on a fresh machine), served by Kestrel on a real loopback port so the API tests and the browser
/// tests talk to the same server. Adds one enterprise whose scraped name carries markup, for escaping tests.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    public const string UserName = "tester";
    public const string Password = "test-password-2026";
    public const string HostileKey = "TEST-XSS-1";
    public const string HostileName = "测试<script>window.__xss=1</script>公司";

    private DirectoryInfo? _folder;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public string OutputFolder { get; } = Path.Combine(AppContext.BaseDirectory, "test-output");

    public async Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("chaingraph-web-tests-");
        Directory.CreateDirectory(OutputFolder);
        // Read by WebApplication.CreateBuilder's environment-variable configuration and by SqliteStoreOptions.
        Environment.SetEnvironmentVariable("CHAINGRAPH_DB", Path.Combine(_folder.FullName, "chaingraph.db"));
        Environment.SetEnvironmentVariable("ChainGraph__Web__AdminUser", UserName);
        Environment.SetEnvironmentVariable("ChainGraph__Web__AdminPassword", Password);
        // The app trains its ranking model at start (none is saved in a fresh store); a small recall keeps that
        // to seconds in tests. The ranking quality is the recommender's own tests' business, not these.
        Environment.SetEnvironmentVariable("ChainGraph__Recommender__RecallSize", "60");
        Environment.SetEnvironmentVariable("ChainGraph__Projects__PlansFolder", TestPlans.CreateFolder(_folder.FullName));

        Factory = new WebApplicationFactory<Program>();
        Factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
        await AddHostileEnterpriseAsync();
    }

    /// <summary>A client that, as the pages do, sends the antiforgery token with every write (<see cref="CsrfHandler"/>).</summary>
    public HttpClient CreateClient() => new(new CsrfHandler(CreateHandler())) { BaseAddress = BaseAddress };

    /// <summary>A client without the antiforgery token: what a cross-site page or a careless script sends.</summary>
    public HttpClient CreateClientWithoutToken() => new(CreateHandler()) { BaseAddress = BaseAddress };

    public string DatabasePath => Path.Combine(_folder!.FullName, "chaingraph.db");

    /// <summary>Signs in as <paramref name="userName"/> (created with <paramref name="password"/> beforehand by the test).</summary>
    public async Task<HttpClient> CreateSignedInClientAsync(string userName, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/account/login", new { userName, password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    private static HttpClientHandler CreateHandler() => new() { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };

    public Task<HttpClient> CreateSignedInClientAsync() => CreateSignedInClientAsync(UserName, Password);

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder?.Delete(recursive: true);
    }

    private async Task AddHostileEnterpriseAsync()
    {
        var store = Factory.Services.GetRequiredService<IGraphStore>();
        var provenance = new Provenance("web-tests", "WebAppFixture", DateTimeOffset.UnixEpoch);
        var node = new GraphNode(NodeKind.Enterprise, HostileKey, HostileName, provenance)
            .WithProperty(EnterpriseProps.Province, "江苏省").WithProperty(EnterpriseProps.City, "苏州市");
        await store.UpsertAsync(new GraphBatch("web-tests", [node], []), CancellationToken.None);
        Factory.Services.GetRequiredService<IGraphSnapshotProvider>().Invalidate();
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChainGraph.Web.Tests.Infrastructure;

/// <summary>
/// A second installation of the app with its own empty store and key ring (no demo import, no training, so it
/// starts in a second): for what must not leak between installations, and for tests that would disturb the
/// shared app (locking out sign-ins). Log lines are collected in <see cref="Logs"/>.
/// </summary>
public sealed class IsolatedApp : IAsyncDisposable
{
    public const string AdminUser = "admin";
    public const string AdminPassword = "isolated-admin-2026";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("chaingraph-isolated-");
    private readonly WebApplicationFactory<Program> _factory;

    public IsolatedApp(params (string Key, string Value)[] settings)
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ChainGraph:Sqlite:Path", DatabasePath);
            builder.UseSetting("ChainGraph:Web:ImportDemoWhenEmpty", "false");
            builder.UseSetting("ChainGraph:Web:TrainModelWhenMissing", "false");
            builder.UseSetting("ChainGraph:Web:AdminUser", AdminUser);
            builder.UseSetting("ChainGraph:Web:AdminPassword", AdminPassword);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(Logs));
        });
        _factory.Server.PreserveExecutionContext = true;
    }

    public string DatabasePath => Path.Combine(_folder.FullName, "chaingraph.db");

    public CollectingLoggerProvider Logs { get; } = new();

    public IServiceProvider Services => _factory.Services;

    public HttpClient CreateClient() => _factory.CreateDefaultClient(new CsrfHandler(), new CookieContainerHandler());

    public async Task<HttpClient> CreateSignedInClientAsync(string userName = AdminUser, string password = AdminPassword)
    {
        var client = CreateClient();
        (await client.PostAsJsonAsync("/api/account/login", new { userName, password })).EnsureSuccessStatusCode();
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}

using System.Text.Json;

namespace ChainGraph.Cli.Tests.TestSupport;

/// <summary>The demo database of <see cref="DemoDatabaseFixture"/> with the ranker trained once by <c>chaingraph train</c>.</summary>
public sealed class TrainedDemoFixture : IAsyncLifetime
{
    private readonly DemoDatabaseFixture _demo = new();

    public string Database => _demo.Database;

    public JsonElement Training { get; private set; }

    public async Task InitializeAsync()
    {
        await _demo.InitializeAsync();
        Training = (await CliRunner.RunAsync(Database, "train", "--json")).Json();
    }

    public Task DisposeAsync() => _demo.DisposeAsync();
}

namespace ChainGraph.Cli.Tests.TestSupport;

/// <summary>A temporary database with the demo imported through <c>chaingraph ingest demo</c>, shared by a test class.</summary>
public sealed class DemoDatabaseFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chaingraph-cli-").FullName;

    public string Database => Path.Combine(_folder, "demo.db");

    public CliResult Import { get; private set; } = null!;

    public async Task InitializeAsync() => Import = await CliRunner.RunAsync(Database, "ingest", "demo", "--json");

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

using ChainGraph.Ingest.Loading;

namespace ChainGraph.Ingest.Tests.TestSupport;

/// <summary>The demo imported once into a temporary store, shared by the tests of a class.</summary>
public sealed class DemoStoreFixture : IAsyncLifetime
{
    public TempStore Store { get; private set; } = null!;

    public IReadOnlyList<LoadReport> FirstImport { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Store = await TempStore.CreateAsync();
        FirstImport = await Store.Ingest.IngestDemoAsync(null, CancellationToken.None);
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();
}

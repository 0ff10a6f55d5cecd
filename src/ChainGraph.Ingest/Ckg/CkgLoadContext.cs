using ChainGraph.Core.Io;
using ChainGraph.Core.Model;
using ChainGraph.Ingest.Loading;
using ChainGraph.Ingest.Regions;

namespace ChainGraph.Ingest.Ckg;

/// <summary>What the files of one ckg load share: lookups built by earlier files, provenance and progress.</summary>
internal sealed class CkgLoadContext(string source, DateTimeOffset fetchedAt, IDataFiles files, EnterpriseLocator locator, IProgress<long>? progress)
{
    public IDataFiles Files => files;

    public EnterpriseLocator Locator => locator;

    public Dictionary<string, string> IndustryCodes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> IndustryByName { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, GraphNode> Companies { get; } = new(StringComparer.Ordinal);

    public HashSet<string> ProductKeys { get; } = new(StringComparer.Ordinal);

    public Provenance Provenance(string reference) => new(source, reference, fetchedAt);

    public string Describe(string name) => files.Describe(name);

    public BatchWriter Writer(Core.Store.IGraphStore store, IngestOptions options, string name) =>
        new(store, options.BatchSize, files.Describe(name), progress);
}

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ChainGraph.Core.Graph;

namespace ChainGraph.Core.Chains;

/// <summary>
/// The <see cref="IChainMapService"/> over the current snapshot of the store. A map is a pure function of the
/// snapshot, chain and region, so each is computed once per snapshot and kept with it (a new snapshot after an
/// import starts afresh; the old maps go with the old snapshot). The home region's maps of every chain are computed
/// in the background when a snapshot is loaded (<see cref="ISnapshotWarmUp"/>), so no user waits for them.
/// </summary>
public sealed class ChainMapService(IGraphSnapshotProvider snapshots, ChainCatalog catalog, HomeRegionOptions home, ChainMapOptions options) : IChainMapService, ISnapshotWarmUp
{
    /// <summary>Maps kept per snapshot: the six chains for a few dozen regions.</summary>
    public const int MaxKeptMaps = 256;

    private readonly ConditionalWeakTable<GraphSnapshot, ConcurrentDictionary<(string Chain, string Region), Lazy<ChainMap>>> _maps = [];

    public IReadOnlyList<ChainTemplate> Chains => catalog.Chains;

    public ChainTemplate FindChain(string chain) => catalog.Find(chain);

    public async Task<ChainMap> GetMapAsync(string chain, string? region, CancellationToken cancellationToken)
    {
        var template = catalog.Find(chain);
        var snapshot = await snapshots.GetAsync(cancellationToken);
        return MapOf(snapshot, template, string.IsNullOrWhiteSpace(region) ? home.Region : region.Trim());
    }

    public async Task<IReadOnlyList<SegmentFigures>> GetGapsAsync(string chain, string? region, CancellationToken cancellationToken) =>
        (await GetMapAsync(chain, region, cancellationToken)).Gaps();

    public SegmentExplanation Explain(ChainMap map, string segment) => SegmentExplainer.Explain(map, segment, options);

    public Task WarmUpAsync(GraphSnapshot snapshot, CancellationToken cancellationToken)
    {
        foreach (var chain in catalog.Chains)
        {
            cancellationToken.ThrowIfCancellationRequested();
            MapOf(snapshot, chain, home.Region);
        }

        return Task.CompletedTask;
    }

    // A region that cannot be resolved throws from the Lazy every time it is asked (the exception is kept with it,
    // which is right: the snapshot will not change its answer). Past MaxKeptMaps per snapshot (a region typed by
    // every visitor), maps are computed and not kept.
    private ChainMap MapOf(GraphSnapshot snapshot, ChainTemplate chain, string region)
    {
        var maps = _maps.GetValue(snapshot, _ => new());
        if (maps.TryGetValue((chain.Id, region), out var kept))
        {
            return kept.Value;
        }

        if (maps.Count >= MaxKeptMaps)
        {
            return Compute(snapshot, chain, region);
        }

        return maps.GetOrAdd((chain.Id, region), key => new Lazy<ChainMap>(() => Compute(snapshot, chain, key.Region), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    private ChainMap Compute(GraphSnapshot snapshot, ChainTemplate chain, string region) =>
        ChainMapCalculator.Compute(snapshot, chain, HomeRegionResolver.Resolve(snapshot, region, home.CompareLevel), options);
}

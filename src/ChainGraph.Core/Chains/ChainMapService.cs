using ChainGraph.Core.Graph;

namespace ChainGraph.Core.Chains;

/// <summary>The <see cref="IChainMapService"/> over the current snapshot of the store.</summary>
public sealed class ChainMapService(IGraphSnapshotProvider snapshots, ChainCatalog catalog, HomeRegionOptions home, ChainMapOptions options) : IChainMapService
{
    public IReadOnlyList<ChainTemplate> Chains => catalog.Chains;

    public ChainTemplate FindChain(string chain) => catalog.Find(chain);

    public async Task<ChainMap> GetMapAsync(string chain, string? region, CancellationToken cancellationToken)
    {
        var template = catalog.Find(chain);
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var homeRegion = HomeRegionResolver.Resolve(snapshot, string.IsNullOrWhiteSpace(region) ? home.Region : region, home.CompareLevel);
        return ChainMapCalculator.Compute(snapshot, template, homeRegion, options);
    }

    public async Task<IReadOnlyList<SegmentFigures>> GetGapsAsync(string chain, string? region, CancellationToken cancellationToken) =>
        (await GetMapAsync(chain, region, cancellationToken)).Gaps();

    public SegmentExplanation Explain(ChainMap map, string segment) => SegmentExplainer.Explain(map, segment, options);
}

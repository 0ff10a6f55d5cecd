namespace ChainGraph.Core.Chains;

/// <summary>
/// Chain maps and gap analysis on the current graph snapshot, shared by the CLI, the web app and
/// the recommender (which asks for a chain's gaps). A chain is named by its id (e.g. <c>nev</c>) or
/// its Chinese name (新一代汽车技术); a region override replaces the configured home region for one call.
/// </summary>
public interface IChainMapService
{
    /// <summary>The six (or however many are configured) chain templates, in catalog order.</summary>
    IReadOnlyList<ChainTemplate> Chains { get; }

    /// <summary>Finds a chain by id, Chinese name or alias; throws <see cref="ChainNotFoundException"/> naming the known chains.</summary>
    ChainTemplate FindChain(string chain);

    Task<ChainMap> GetMapAsync(string chain, string? region, CancellationToken cancellationToken);

    /// <summary>The missing and weak segments of the chain, most demanded first.</summary>
    Task<IReadOnlyList<SegmentFigures>> GetGapsAsync(string chain, string? region, CancellationToken cancellationToken);

    /// <summary>The enterprises, facts and arithmetic behind one segment of <paramref name="map"/>.</summary>
    SegmentExplanation Explain(ChainMap map, string segment);
}

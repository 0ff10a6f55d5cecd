namespace ChainGraph.Core.Chains;

/// <summary>
/// A leading industry chain (主导产业链) as its chain lead sees it: segments from upstream to
/// downstream. Loaded from <c>ingest/chains/*.yaml</c> by <see cref="ChainCatalogLoader"/>, which
/// guarantees that parents and feeds targets exist and that feeds has no cycle.
/// </summary>
public sealed record ChainTemplate(string Id, string Name, string Description, IReadOnlyList<SegmentTemplate> Segments)
{
    /// <summary>The file the template came from, for messages.</summary>
    public string Source { get; init; } = "";

    /// <summary>Other names the chain is known by (e.g. 新能源汽车).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public SegmentTemplate? FindSegment(string idOrName) =>
        Segments.FirstOrDefault(s => string.Equals(s.Id, idOrName, StringComparison.OrdinalIgnoreCase))
        ?? Segments.FirstOrDefault(s => string.Equals(s.Name, idOrName.Trim(), StringComparison.Ordinal));

    /// <summary>The store key of a segment node of this chain: <c>chainId/segmentId</c>.</summary>
    public string SegmentKey(SegmentTemplate segment) => $"{Id}/{segment.Id}";
}

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

    /// <summary>Default <see cref="SegmentTemplate.Sectors"/> of the chain's segments; empty: no sector check.</summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];

    /// <summary>The sectors that gate product placement into <paramref name="segment"/>: its own, else the chain's.</summary>
    public IReadOnlyList<string> SectorsOf(SegmentTemplate segment) => segment.Sectors.Count > 0 ? segment.Sectors : Sectors;

    public SegmentTemplate? FindSegment(string idOrName) =>
        Segments.FirstOrDefault(s => string.Equals(s.Id, idOrName, StringComparison.OrdinalIgnoreCase))
        ?? Segments.FirstOrDefault(s => string.Equals(s.Name, idOrName.Trim(), StringComparison.Ordinal));

    /// <summary>The store key of a segment node of this chain: <c>chainId/segmentId</c>.</summary>
    public string SegmentKey(SegmentTemplate segment) => $"{Id}/{segment.Id}";
}

using ChainGraph.Core.Model;

namespace ChainGraph.Core.Store;

/// <summary>A relationship read back from a store; endpoints are store-local node ids.</summary>
public sealed record StoredEdge(
    long Id,
    RelType Type,
    long From,
    long To,
    string Qualifier,
    double? Weight,
    DateOnly? Since,
    IReadOnlyDictionary<string, string> Properties,
    Provenance Provenance);

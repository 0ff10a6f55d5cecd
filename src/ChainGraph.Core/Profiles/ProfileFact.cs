using ChainGraph.Core.Model;

namespace ChainGraph.Core.Profiles;

/// <summary>One relationship of a profiled node, seen from that node: the other end, the figures and where the fact came from.</summary>
public sealed record ProfileFact(
    RelType Type,
    bool Outgoing,
    NodeRef Other,
    string OtherName,
    double? Weight,
    DateOnly? Since,
    string Qualifier,
    IReadOnlyDictionary<string, string> Properties,
    Provenance Provenance);

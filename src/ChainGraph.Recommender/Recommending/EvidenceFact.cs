using ChainGraph.Core.Model;

namespace ChainGraph.Recommender.Recommending;

/// <summary>A relationship of the graph that supports a recommendation, with where it came from.</summary>
public sealed record EvidenceFact(
    string Relation,
    NodeRef From,
    string FromName,
    NodeRef To,
    string ToName,
    DateOnly? Since,
    string Source,
    string? Reference);

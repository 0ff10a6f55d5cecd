using ChainGraph.Core.Model;

namespace ChainGraph.Recommender.Features.Families;

/// <summary>
/// Suppliers of the sources' peers elsewhere: how many of the sources' peers (competitors and members of
/// their smaller industries, see <see cref="QueryState.Peers"/>) the candidate already has the asked
/// relationship with in the asked role, and how many it has any business link with.
/// </summary>
public sealed class PeerSupplierFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } = ["peer_links_same_role", "peer_links_any"];

    public IReadOnlyList<int> Monotone { get; } = [1, 1];

    public void Compute(QueryState state, int candidate, Span<float> values)
    {
        var peers = state.Peers;
        if (peers.Count == 0)
        {
            values[0] = values[1] = 0;
            return;
        }

        values[0] = MathF.Log(1 + SameRole(state, candidate).Count());
        values[1] = MathF.Log(1 + state.Graph.BusinessNeighbours.Count(candidate, peers.Contains));
    }

    public string? Reason(QueryState state, int candidate, int feature, float value)
    {
        if (value <= 0)
        {
            return null;
        }

        var n = feature == 0 ? SameRole(state, candidate).Select(e => state.Graph.Snapshot.Edge(e).Other(candidate)).Distinct().Count() : state.Graph.BusinessNeighbours.Count(candidate, state.Peers.Contains);
        return feature == 0
            ? $"已与{FeatureText.SourceName(state)}的{FeatureText.Count(n)}家同行企业有{FeatureText.Relation(state.Query.Relation)}关系"
            : $"与{FeatureText.SourceName(state)}的{FeatureText.Count(n)}家同行企业有业务往来";
    }

    public IEnumerable<int> Evidence(QueryState state, int candidate) => SameRole(state, candidate).Take(3);

    // Edges of the asked type with the candidate in the asked role and a peer at the other end.
    private static IEnumerable<int> SameRole(QueryState state, int candidate)
    {
        var g = state.Graph.Snapshot;
        var asTail = state.Query.CandidateIsTail;
        var edges = (asTail ? g.InEdges(candidate) : g.OutEdges(candidate)).ToArray();
        foreach (var e in edges)
        {
            if (g.EdgeType(e) == state.Query.Relation && state.Peers.Contains(asTail ? g.EdgeFrom(e) : g.EdgeTo(e)))
            {
                yield return e;
            }
        }
    }
}

using ChainGraph.Core.Chains;
using ChainGraph.Core.Model;

namespace ChainGraph.Core.Changes;

/// <summary>
/// 产业链动态: what changed in one chain between the graph as of <see cref="From"/> and as of <see cref="To"/>
/// (window (From, To]: a fact dated <see cref="From"/> itself was already there). See docs/changes.md for
/// what counts as a new or ended relationship, a new placement and a status change.
/// </summary>
public sealed record ChainChanges(
    string ChainId,
    string ChainName,
    HomeRegion Home,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<ChainChanges.RelationshipChange> Relationships,
    IReadOnlyList<ChainChanges.PlacementChange> Placements,
    IReadOnlyList<ChainChanges.StatusChange> Statuses)
{
    /// <summary>The date of the change and where the fact came from.</summary>
    public sealed record Evidence(DateOnly Date, Provenance Source);

    /// <summary>An enterprise-to-enterprise relationship with at least one end placed in the chain.</summary>
    public sealed record RelationshipChange(
        ChangeKind Kind,
        RelType Type,
        Party From,
        Party To,
        string? Qualifier,
        bool BothInChain,
        Evidence Evidence);

    /// <summary>One end of a relationship: whether it is in the chain (and in which segments) and local to the home region.</summary>
    public sealed record Party(string Key, string Name, string? Province, string? City, bool InChain, bool IsLocal, IReadOnlyList<string> Segments);

    /// <summary>An enterprise placed in a segment (or no longer placed), dated by the fact that placed it.</summary>
    public sealed record PlacementChange(
        ChangeKind Kind,
        string SegmentId,
        string Segment,
        Party Enterprise,
        double Weight,
        Evidence Evidence);

    /// <summary>A segment whose status on the chain map differs between the two dates.</summary>
    public sealed record StatusChange(
        string SegmentId,
        string Segment,
        SegmentStatus Before,
        SegmentStatus After,
        int LocalBefore,
        int LocalAfter,
        double? LqBefore,
        double? LqAfter);

    public int Count => Relationships.Count + Placements.Count + Statuses.Count;

    public ChangeCounts Counts => ChangeCounts.Of(this);
}

using ChainGraph.Core.Model;

namespace ChainGraph.Core.Profiles;

/// <summary>A node with every relationship touching it, grouped the way a profile page shows them.</summary>
public sealed record NodeProfile(GraphNode Node, IReadOnlyList<ProfileFact> Facts)
{
    public IEnumerable<ProfileFact> Industries => Facts.Where(f => f.Outgoing && f.Type is RelType.InIndustry or RelType.ActiveIn);

    /// <summary>Products made, largest revenue share first.</summary>
    public IEnumerable<ProfileFact> Products => Facts.Where(f => f.Outgoing && f.Type == RelType.Makes).OrderByDescending(f => f.Weight ?? 0);

    public IEnumerable<ProfileFact> Chains => Facts.Where(f => f.Outgoing && f.Type is RelType.Anchors or RelType.InSegment);

    /// <summary>Business relationships with other enterprises (supply, cooperation, investment, control …), in and out.</summary>
    public IEnumerable<ProfileFact> Relationships => Facts.Where(f => GraphNames.EnterpriseLinks.Contains(f.Type));

    public IEnumerable<ProfileFact> Others => Facts.Where(f =>
        !GraphNames.EnterpriseLinks.Contains(f.Type) && !(f.Outgoing && f.Type is RelType.InIndustry or RelType.ActiveIn or RelType.Makes or RelType.Anchors or RelType.InSegment));
}

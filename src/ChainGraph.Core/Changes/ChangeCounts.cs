namespace ChainGraph.Core.Changes;

/// <summary>How many changes of each kind a <see cref="ChainChanges"/> holds (the figures of the page, the summary and the CLI).</summary>
public sealed record ChangeCounts(int NewRelationships, int NewWithinChain, int EndedRelationships, int NewPlacements, int EndedPlacements, int StatusChanges)
{
    public static ChangeCounts Of(ChainChanges changes)
    {
        var added = changes.Relationships.Where(r => r.Kind == ChangeKind.Added).ToList();
        var placed = changes.Placements.Count(p => p.Kind == ChangeKind.Added);
        return new ChangeCounts(
            added.Count, added.Count(r => r.BothInChain), changes.Relationships.Count - added.Count,
            placed, changes.Placements.Count - placed, changes.Statuses.Count);
    }
}

namespace ChainGraph.Core.Chains;

/// <summary>
/// How goods flow through a chain template: which segments supply a segment (their <c>feeds</c> name it) and
/// which it supplies. A parent segment stands for its children: a child inherits its parent's feeds, and a
/// segment that feeds a parent (or a child) supplies the whole family.
/// </summary>
public static class SegmentFlow
{
    /// <summary>The parent, grandparent, … of <paramref name="segment"/>.</summary>
    public static IEnumerable<SegmentTemplate> Ancestors(ChainTemplate chain, SegmentTemplate segment)
    {
        var current = segment;
        for (var guard = 0; guard < chain.Segments.Count && current.Parent is { } parent; guard++)
        {
            current = chain.FindSegment(parent)!;
            yield return current;
        }
    }

    /// <summary><paramref name="segment"/> and every segment below it.</summary>
    public static IReadOnlyList<SegmentTemplate> WithDescendants(ChainTemplate chain, SegmentTemplate segment) =>
        chain.Segments.Where(s => s == segment || Ancestors(chain, s).Contains(segment)).ToList();

    /// <summary>Segments that feed <paramref name="segment"/>'s family (it, its ancestors, its descendants), with their descendants.</summary>
    public static IReadOnlyList<SegmentTemplate> Suppliers(ChainTemplate chain, SegmentTemplate segment)
    {
        var family = Family(chain, segment);
        return Expand(chain, chain.Segments.Where(t => !family.Contains(t.Id) && t.Feeds.Any(family.Contains)), family);
    }

    /// <summary>Segments that <paramref name="segment"/>'s family feeds, with their descendants.</summary>
    public static IReadOnlyList<SegmentTemplate> Customers(ChainTemplate chain, SegmentTemplate segment)
    {
        var family = Family(chain, segment);
        var fed = chain.Segments.Where(s => family.Contains(s.Id)).SelectMany(s => s.Feeds).Where(id => !family.Contains(id)).ToHashSet(StringComparer.Ordinal);
        return Expand(chain, chain.Segments.Where(s => fed.Contains(s.Id)), family);
    }

    private static HashSet<string> Family(ChainTemplate chain, SegmentTemplate segment) =>
        WithDescendants(chain, segment).Concat(Ancestors(chain, segment)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

    private static IReadOnlyList<SegmentTemplate> Expand(ChainTemplate chain, IEnumerable<SegmentTemplate> roots, HashSet<string> family)
    {
        var ids = roots.SelectMany(r => WithDescendants(chain, r)).Select(s => s.Id).Where(id => !family.Contains(id)).ToHashSet(StringComparer.Ordinal);
        return chain.Segments.Where(s => ids.Contains(s.Id)).ToList();
    }
}

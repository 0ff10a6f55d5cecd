using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Core.Regions;

namespace ChainGraph.Core.Changes;

/// <summary>
/// Compares two snapshots of the same graph, as of <c>from</c> and as of <c>to</c> (<see cref="GraphSnapshot.AsOfDate"/>),
/// for one chain: a fact in the later snapshot only was added in the window, one in the earlier only ended in it.
/// Only the snapshots are read, so both stores give the same answer. Pure: the same snapshots and arguments give
/// the same result.
/// </summary>
public static class ChainChangesCalculator
{
    private const RelType Placement = RelType.InSegment;

    public static ChainChanges Compute(GraphSnapshot before, GraphSnapshot after, ChainTemplate chain, HomeRegion home, ChainMapOptions options, DateOnly from, DateOnly to)
    {
        var mapBefore = ChainMapCalculator.Compute(before, chain, home, options);
        var mapAfter = ChainMapCalculator.Compute(after, chain, home, options);
        var segments = chain.Segments.Select(s => (Template: s, Node: after.Find(new NodeRef(NodeKind.Segment, chain.SegmentKey(s))))).Where(s => s.Node is not null).ToList();
        var (placedBefore, placedAfter) = (PlacementsOf(before, segments), PlacementsOf(after, segments));
        var members = new Dictionary<int, List<string>>();
        foreach (var ((enterprise, segment), _) in placedAfter.Concat(placedBefore))
        {
            var names = members.TryGetValue(enterprise, out var list) ? list : members[enterprise] = [];
            var name = chain.FindSegment(segment)!.Name;
            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }

        var local = mapAfter.Segments.Concat(mapBefore.Segments).SelectMany(s => s.LocalEnterprises).ToHashSet();
        ChainChanges.Party PartyOf(int e) => new(
            after.Node(e).Key, after.Name(e), PlaceNames.Known(after.Node(e).Property(EnterpriseProps.Province)), PlaceNames.Known(after.Node(e).Property(EnterpriseProps.City)),
            members.ContainsKey(e), local.Contains(e) || home.Contains(after.Node(e).Property(EnterpriseProps.RegionCode)),
            members.TryGetValue(e, out var names) ? names : []);

        var relationships = new List<ChainChanges.RelationshipChange>();
        Relationships(after, before, members.Keys, ChangeKind.Added, to, PartyOf, relationships);
        Relationships(before, after, members.Keys, ChangeKind.Ended, to, PartyOf, relationships);

        var placements = new List<ChainChanges.PlacementChange>();
        var placer = new ChainPlacer(after);
        foreach (var ((e, segment), edge) in placedAfter.Where(p => !placedBefore.ContainsKey(p.Key)))
        {
            var date = after.EdgeSince(edge) ?? to;
            placements.Add(new(ChangeKind.Added, segment, chain.FindSegment(segment)!.Name, PartyOf(e), after.EdgeWeight(edge),
                new(date, PlacementSource(after, placer, e, chain, chain.FindSegment(segment)!, date) ?? after.EdgeProvenance(edge))));
        }

        foreach (var ((e, segment), edge) in placedBefore.Where(p => !placedAfter.ContainsKey(p.Key)))
        {
            placements.Add(new(ChangeKind.Ended, segment, chain.FindSegment(segment)!.Name, PartyOf(e), before.EdgeWeight(edge),
                new(before.EdgeUntil(edge) ?? to, before.EdgeProvenance(edge))));
        }

        var statuses = mapAfter.Segments.Zip(mapBefore.Segments)
            .Where(p => p.First.Status != p.Second.Status)
            .Select(p => new ChainChanges.StatusChange(p.First.SegmentId, p.First.Segment, p.Second.Status, p.First.Status, p.Second.Local, p.First.Local, p.Second.Lq, p.First.Lq))
            .ToList();
        return new ChainChanges(
            chain.Id, chain.Name, home, from, to,
            relationships.OrderByDescending(r => r.Evidence.Date).ThenBy(r => r.Kind).ThenBy(r => r.From.Name, StringComparer.Ordinal).ThenBy(r => r.To.Name, StringComparer.Ordinal).ToList(),
            placements.OrderByDescending(p => p.Evidence.Date).ThenBy(p => p.Kind).ThenBy(p => p.Enterprise.Name, StringComparer.Ordinal).ToList(),
            statuses);
    }

    /// <summary>The latest date the graph carries (a relationship's start or end), the default end of a window.</summary>
    public static DateOnly? LatestDate(GraphSnapshot snapshot)
    {
        DateOnly? latest = null;
        for (var e = 0; e < snapshot.EdgeCount; e++)
        {
            foreach (var date in new[] { snapshot.EdgeSince(e), snapshot.EdgeUntil(e) })
            {
                if (date > latest || (latest is null && date is not null))
                {
                    latest = date;
                }
            }
        }

        return latest;
    }

    /// <summary>(enterprise, segment id) → its IN_SEGMENT edge, for the chain's own placements (not the parents' roll-up).</summary>
    private static Dictionary<(int, string), int> PlacementsOf(GraphSnapshot snapshot, List<(SegmentTemplate Template, int? Node)> segments)
    {
        var result = new Dictionary<(int, string), int>();
        foreach (var (template, node) in segments)
        {
            foreach (var e in snapshot.InEdges(node!.Value))
            {
                if (snapshot.EdgeType(e) == Placement && snapshot.Kind(snapshot.EdgeFrom(e)) == NodeKind.Enterprise)
                {
                    result.TryAdd((snapshot.EdgeFrom(e), template.Id), e);
                }
            }
        }

        return result;
    }

    /// <summary>Enterprise links touching a chain member that are in <paramref name="present"/> but not in <paramref name="absent"/>.</summary>
    private static void Relationships(
        GraphSnapshot present, GraphSnapshot absent, IEnumerable<int> members, ChangeKind kind, DateOnly to,
        Func<int, ChainChanges.Party> party, List<ChainChanges.RelationshipChange> into)
    {
        var seen = new HashSet<int>();
        var absentKeys = new HashSet<(RelType, int, int, string)>();
        var memberList = members.ToList();
        foreach (var m in memberList)
        {
            foreach (var e in Touching(absent, m))
            {
                absentKeys.Add((absent.EdgeType(e), absent.EdgeFrom(e), absent.EdgeTo(e), absent.EdgeQualifier(e)));
            }
        }

        var memberSet = memberList.ToHashSet();
        foreach (var m in memberList)
        {
            foreach (var e in Touching(present, m))
            {
                if (!seen.Add(e) || absentKeys.Contains((present.EdgeType(e), present.EdgeFrom(e), present.EdgeTo(e), present.EdgeQualifier(e))))
                {
                    continue;
                }

                var date = (kind == ChangeKind.Added ? present.EdgeSince(e) : present.EdgeUntil(e)) ?? to;
                into.Add(new(kind, present.EdgeType(e), party(present.EdgeFrom(e)), party(present.EdgeTo(e)),
                    present.EdgeQualifier(e) is { Length: > 0 } q ? q : null,
                    memberSet.Contains(present.EdgeFrom(e)) && memberSet.Contains(present.EdgeTo(e)),
                    new(date, present.EdgeProvenance(e))));
            }
        }
    }

    private static List<int> Touching(GraphSnapshot snapshot, int node)
    {
        var edges = new List<int>();
        foreach (var e in snapshot.OutEdges(node))
        {
            if (GraphNames.EnterpriseLinks.Contains(snapshot.EdgeType(e)) && snapshot.Kind(snapshot.EdgeTo(e)) == NodeKind.Enterprise)
            {
                edges.Add(e);
            }
        }

        foreach (var e in snapshot.InEdges(node))
        {
            if (GraphNames.EnterpriseLinks.Contains(snapshot.EdgeType(e)) && snapshot.Kind(snapshot.EdgeFrom(e)) == NodeKind.Enterprise)
            {
                edges.Add(e);
            }
        }

        return edges;
    }

    /// <summary>The provenance of the dated fact that placed the enterprise on <paramref name="date"/> (an ICKG 归属于行业 fact, say).</summary>
    private static Provenance? PlacementSource(GraphSnapshot snapshot, ChainPlacer placer, int enterprise, ChainTemplate chain, SegmentTemplate segment, DateOnly date)
    {
        foreach (var fact in placer.Evidence(enterprise, chain, segment).Where(f => f.Since == date))
        {
            foreach (var e in snapshot.OutEdges(enterprise))
            {
                var type = snapshot.EdgeType(e);
                var target = snapshot.Node(snapshot.EdgeTo(e));
                if (snapshot.EdgeSince(e) == date
                    && ((type == RelType.InIndustry && fact.Kind == ChainPlacer.IndustryEvidence && target.Key == fact.Target)
                        || (type == RelType.Makes && fact.Kind == ChainPlacer.ProductEvidence && target.Name == fact.Target)))
                {
                    return snapshot.EdgeProvenance(e);
                }
            }
        }

        return null;
    }
}

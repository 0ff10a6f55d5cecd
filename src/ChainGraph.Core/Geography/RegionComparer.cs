using ChainGraph.Core.Chains;
using ChainGraph.Core.Model;

namespace ChainGraph.Core.Geography;

/// <summary>
/// Puts the chain maps of the home region and its peers side by side (对标). Nothing is re-derived: counts,
/// location quotients and statuses are read from each region's <see cref="ChainMap"/>.
/// </summary>
public static class RegionComparer
{
    /// <summary>The default peers of the 对标 page: regions the plans name as models (苏州, 合肥) and key regions (北京, 成渝).</summary>
    public static IReadOnlyList<string> DefaultPeers { get; } = ["苏州市", "合肥市", "北京市", "成都市"];

    /// <summary>At most this many peers in one comparison (each is one chain map).</summary>
    public const int MaxPeers = 8;

    public static RegionComparison Compare(ChainMap home, IReadOnlyList<ChainMap> peers)
    {
        foreach (var peer in peers)
        {
            if (peer.Chain.Id != home.Chain.Id)
            {
                throw new ArgumentException($"Peer map of chain {peer.Chain.Id} cannot be compared with chain {home.Chain.Id}.", nameof(peers));
            }
        }

        // A peer that is the home region (or another peer) again adds nothing.
        var maps = new List<ChainMap> { home };
        foreach (var peer in peers.Where(p => maps.All(m => m.Region.CompareCode != p.Region.CompareCode)))
        {
            maps.Add(peer);
        }

        var rows = home.Segments.Select((s, i) => new RegionComparison.SegmentRow(
            s.SegmentId, s.Segment, s.Stage, s.Parent, s.Demand,
            maps.Select(m => Figures(m.Segments[i])).ToList())).ToList();
        var strengths = new List<RegionComparison.PeerStrength>();
        for (var i = 0; i < home.Segments.Count; i++)
        {
            var mine = home.Segments[i];
            if (mine.Status == SegmentStatus.Strong)
            {
                continue;
            }

            foreach (var peer in maps.Skip(1))
            {
                var theirs = peer.Segments[i];
                if (theirs.Status == SegmentStatus.Strong)
                {
                    strengths.Add(new RegionComparison.PeerStrength(
                        mine.SegmentId, mine.Segment, mine.Status, mine.Demand,
                        peer.Region.Name, peer.Region.CompareName, PlaceOf(peer), peer.Region.CompareCode, theirs.Local, theirs.LocalWeight, theirs.Lq));
                }
            }
        }

        var ordered = strengths
            .OrderBy(s => s.HomeStatus == SegmentStatus.Missing ? 0 : 1)
            .ThenByDescending(s => s.HomeDemand)
            .ThenByDescending(s => s.PeerLq ?? 0)
            .ToList();
        return new RegionComparison(home.Chain.Id, home.Chain.Name, maps.Select(m => m.Region).ToList(), rows, ordered);
    }

    private static string PlaceOf(ChainMap map) =>
        map.Snapshot.Find(new NodeRef(NodeKind.Region, map.Region.CompareCode)) is { } node ? map.Snapshot.Name(node) : map.Region.CompareName;

    private static RegionComparison.RegionFigures Figures(SegmentFigures s) => new(s.Local, s.LocalWeight, s.Lq, s.Status);
}

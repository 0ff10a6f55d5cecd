using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;

namespace ChainGraph.Recommender.Features;

/// <summary>
/// Per-snapshot indexes every feature family and baseline shares: undirected neighbour lists (all relatedness
/// relationships, see <see cref="IsRelatedness"/>, and the business network only), degrees, per-type role counts, latest activity and
/// industry/product memberships. Built once per snapshot in O(edges); read-only afterwards, so many
/// queries may use it in parallel. Everything here comes from <see cref="Snapshot"/>, which callers cut
/// with <see cref="GraphSnapshot.AsOfDate"/> to keep the future out.
/// Sized for a million enterprises: adjacency lists are filled by counting into one array per list kind
/// (<see cref="NodeLists"/>, no array per node), role
/// counts are kept only for the relationship types asked about, and ranks come from counting the
/// values (ranks of small integers need no sort of the enterprises).
/// </summary>
public sealed class FeatureGraph
{
    private FeatureGraph(GraphSnapshot snapshot)
    {
        Snapshot = snapshot;
        var n = snapshot.NodeCount;
        AllNeighbours = Neighbours(snapshot, IsRelatedness);
        BusinessNeighbours = Neighbours(snapshot, GraphNames.EnterpriseLinks.Contains);
        SupplyNeighbours = Neighbours(snapshot, IsSupplyNetwork);
        LatestDay = new int[n];
        Array.Fill(LatestDay, int.MinValue);
        RecentCount = new int[n];
        var lastDay = int.MinValue;
        for (var e = 0; e < snapshot.EdgeCount; e++)
        {
            if (snapshot.EdgeSince(e) is { } d)
            {
                lastDay = Math.Max(lastDay, d.DayNumber);
            }
        }

        Today = snapshot.AsOf?.DayNumber ?? (lastDay == int.MinValue ? DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber : lastDay);
        for (var e = 0; e < snapshot.EdgeCount; e++)
        {
            var (from, to) = (snapshot.EdgeFrom(e), snapshot.EdgeTo(e));
            if (snapshot.EdgeSince(e) is { } since)
            {
                var day = since.DayNumber;
                LatestDay[from] = Math.Max(LatestDay[from], day);
                LatestDay[to] = Math.Max(LatestDay[to], day);
                if (Today - day < RecentWindowDays)
                {
                    RecentCount[from]++;
                    RecentCount[to]++;
                }
            }
        }

        Industries = IndustriesOf(snapshot);
        UpstreamTargets = Targets(snapshot, t => t is RelType.UpstreamOf);
        UpstreamSources = Sources(snapshot, t => t is RelType.UpstreamOf);
        DegreeRank = RankOf(n, snapshot.NodesOf(NodeKind.Enterprise), node => AllNeighbours[node].Length);
        RecentRank = RankOf(n, snapshot.NodesOf(NodeKind.Enterprise), node => RecentCount[node]);
        Products = Targets(snapshot, t => t is RelType.Makes);
    }

    /// <summary>Edges dated within this many days of <see cref="Today"/> count as recent activity.</summary>
    public const int RecentWindowDays = 30;

    public GraphSnapshot Snapshot { get; }

    /// <summary>The day number features treat as "now": the snapshot's cut date, else its latest dated edge.</summary>
    public int Today { get; }

    public NodeLists AllNeighbours { get; }

    public NodeLists BusinessNeighbours { get; }

    /// <summary>Neighbours over supply, cooperation, investment, joint venture, acquisition and control.</summary>
    public NodeLists SupplyNeighbours { get; }

    public int[] LatestDay { get; }

    public int[] RecentCount { get; }

    /// <summary>Industries (IN_INDUSTRY / ACTIVE_IN targets) per node.</summary>
    public NodeLists Industries { get; }

    /// <summary>Products (MAKES targets) per node.</summary>
    public NodeLists Products { get; }

    /// <summary>Nodes each node is upstream of (UPSTREAM_OF targets), for industries and products.</summary>
    public NodeLists UpstreamTargets { get; }

    /// <summary>Nodes upstream of each node (UPSTREAM_OF sources).</summary>
    public NodeLists UpstreamSources { get; }

    /// <summary>
    /// 1-based rank of each enterprise by degree among all enterprises (ties share the best rank).
    /// Ranks, unlike raw degrees, mean the same in a small early graph and a larger later one, so a
    /// model trained at an earlier internal cut-off transfers.
    /// </summary>
    public int[] DegreeRank { get; }

    /// <summary>1-based rank of each enterprise by recent activity (edges in the last <see cref="RecentWindowDays"/> days).</summary>
    public int[] RecentRank { get; }

    private readonly Dictionary<(RelType, bool), int[]> _roleCounts = [];
    private readonly Dictionary<(RelType, bool), int[]> _roleRanks = [];

    /// <summary>1-based rank of each enterprise by how often it plays the given role in <paramref name="type"/> relationships.</summary>
    public int[] RoleRank(RelType type, bool asTail)
    {
        var counts = RoleCounts(type, asTail);
        lock (_roleRanks)
        {
            if (!_roleRanks.TryGetValue((type, asTail), out var ranks))
            {
                ranks = RankOf(Snapshot.NodeCount, Snapshot.NodesOf(NodeKind.Enterprise), node => counts[node]);
                _roleRanks[(type, asTail)] = ranks;
            }

            return ranks;
        }
    }

    /// <summary>Computes the role ranks a recommendation asks for first (supply, both directions) now, off the request path.</summary>
    public void Prepare()
    {
        foreach (var asTail in new[] { false, true })
        {
            RoleRank(RelType.Supplies, asTail);
        }
    }

    /// <summary>
    /// Ranks with ties sharing the best rank (1 + how many enterprises have a larger value), by counting
    /// values: O(enterprises + largest value), no sort.
    /// </summary>
    private static int[] RankOf(int nodeCount, IReadOnlyList<int> nodes, Func<int, int> value)
    {
        var values = new int[nodes.Count];
        var max = 0;
        for (var i = 0; i < nodes.Count; i++)
        {
            values[i] = Math.Max(0, value(nodes[i]));
            max = Math.Max(max, values[i]);
        }

        // above[v] = enterprises whose value is greater than v.
        var above = new int[max + 2];
        foreach (var v in values)
        {
            above[v]++;
        }

        var greater = 0;
        for (var v = max; v >= 0; v--)
        {
            var here = above[v];
            above[v] = greater;
            greater += here;
        }

        var ranks = new int[nodeCount];
        for (var i = 0; i < nodes.Count; i++)
        {
            ranks[nodes[i]] = above[values[i]] + 1;
        }

        return ranks;
    }

    // Per node, how many relationships of one type it is the source (or target) of; built on first use of the type.
    private int[] RoleCounts(RelType type, bool asTail)
    {
        lock (_roleCounts)
        {
            if (!_roleCounts.TryGetValue((type, asTail), out var counts))
            {
                counts = new int[Snapshot.NodeCount];
                for (var e = 0; e < Snapshot.EdgeCount; e++)
                {
                    if (Snapshot.EdgeType(e) == type)
                    {
                        counts[asTail ? Snapshot.EdgeTo(e) : Snapshot.EdgeFrom(e)]++;
                    }
                }

                _roleCounts[(type, asTail)] = counts;
            }

            return counts;
        }
    }

    private static NodeLists Sources(GraphSnapshot snapshot, Func<RelType, bool> include) =>
        Lists(snapshot, e => include(snapshot.EdgeType(e)) ? (snapshot.EdgeTo(e), snapshot.EdgeFrom(e)) : null, undirected: false);

    public static FeatureGraph Create(GraphSnapshot snapshot) => new(snapshot);

    /// <summary>
    /// Relationships that relate two nodes as facts of the world; a chain map's own placements, anchor marks, template
    /// links, locations and document mentions are not (two firms in one province or one segment are not close).
    /// </summary>
    public static bool IsRelatedness(RelType type) =>
        type is not (RelType.InSegment or RelType.Anchors or RelType.PartOf or RelType.Feeds or RelType.LocatedIn or RelType.Mentions or RelType.Attends);

    public static bool IsSupplyNetwork(RelType type) =>
        type is RelType.Supplies or RelType.Cooperates or RelType.Invests or RelType.JointVenture or RelType.Acquires or RelType.Controls;

    /// <summary>How many <paramref name="type"/> relationships <paramref name="node"/> takes part in as source (head) or target (tail).</summary>
    public int RoleCount(int node, RelType type, bool asTail) => RoleCounts(type, asTail)[node];

    private static NodeLists Neighbours(GraphSnapshot snapshot, Func<RelType, bool> include) =>
        Lists(snapshot, e => include(snapshot.EdgeType(e)) && snapshot.EdgeFrom(e) != snapshot.EdgeTo(e) ? (snapshot.EdgeFrom(e), snapshot.EdgeTo(e)) : null, undirected: true);

    // IN_INDUSTRY / ACTIVE_IN from the enterprise, and CONTAINS from an industry to it (ICKG's 包含).
    private static NodeLists IndustriesOf(GraphSnapshot snapshot) => Lists(
        snapshot,
        e => snapshot.EdgeType(e) switch
        {
            RelType.InIndustry or RelType.ActiveIn => (snapshot.EdgeFrom(e), snapshot.EdgeTo(e)),
            RelType.Contains when snapshot.Kind(snapshot.EdgeFrom(e)) == NodeKind.Industry && snapshot.Kind(snapshot.EdgeTo(e)) == NodeKind.Enterprise => (snapshot.EdgeTo(e), snapshot.EdgeFrom(e)),
            _ => null,
        },
        undirected: false);

    private static NodeLists Targets(GraphSnapshot snapshot, Func<RelType, bool> include) =>
        Lists(snapshot, e => include(snapshot.EdgeType(e)) ? (snapshot.EdgeFrom(e), snapshot.EdgeTo(e)) : null, undirected: false);

    private static NodeLists Lists(GraphSnapshot snapshot, Func<int, (int Owner, int Member)?> pair, bool undirected) =>
        NodeLists.Build(snapshot.NodeCount, snapshot.EdgeCount, pair, undirected);
}

using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;

namespace ChainGraph.Recommender.Features;

/// <summary>
/// Per-snapshot indexes every feature family and baseline shares: undirected neighbour lists (all relatedness
/// relationships, see <see cref="IsRelatedness"/>, and the business network only), degrees, per-type role counts, latest activity and
/// industry/product memberships. Built once per snapshot in O(edges); read-only afterwards, so many
/// queries may use it in parallel. Everything here comes from <see cref="Snapshot"/>, which callers cut
/// with <see cref="GraphSnapshot.AsOfDate"/> to keep the future out.
/// </summary>
public sealed class FeatureGraph
{
    private static readonly int s_typeCount = Enum.GetValues<RelType>().Length;

    private FeatureGraph(GraphSnapshot snapshot)
    {
        Snapshot = snapshot;
        var n = snapshot.NodeCount;
        AllNeighbours = Neighbours(snapshot, IsRelatedness);
        BusinessNeighbours = Neighbours(snapshot, GraphNames.EnterpriseLinks.Contains);
        SupplyNeighbours = Neighbours(snapshot, IsSupplyNetwork);
        RoleCounts = new int[n * s_typeCount * 2];
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
            var (from, to, type) = (snapshot.EdgeFrom(e), snapshot.EdgeTo(e), (int)snapshot.EdgeType(e));
            RoleCounts[(((from * s_typeCount) + type) * 2) + 0]++;
            RoleCounts[(((to * s_typeCount) + type) * 2) + 1]++;
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

    public int[][] AllNeighbours { get; }

    public int[][] BusinessNeighbours { get; }

    /// <summary>Neighbours over supply, cooperation, investment, joint venture, acquisition and control.</summary>
    public int[][] SupplyNeighbours { get; }

    public int[] LatestDay { get; }

    public int[] RecentCount { get; }

    /// <summary>Industries (IN_INDUSTRY / ACTIVE_IN targets) per node.</summary>
    public int[][] Industries { get; }

    /// <summary>Products (MAKES targets) per node.</summary>
    public int[][] Products { get; }

    /// <summary>Nodes each node is upstream of (UPSTREAM_OF targets), for industries and products.</summary>
    public int[][] UpstreamTargets { get; }

    /// <summary>Nodes upstream of each node (UPSTREAM_OF sources).</summary>
    public int[][] UpstreamSources { get; }

    /// <summary>
    /// 1-based rank of each enterprise by degree among all enterprises (ties share the best rank).
    /// Ranks, unlike raw degrees, mean the same in a small early graph and a larger later one, so a
    /// model trained at an earlier internal cut-off transfers.
    /// </summary>
    public int[] DegreeRank { get; }

    /// <summary>1-based rank of each enterprise by recent activity (edges in the last <see cref="RecentWindowDays"/> days).</summary>
    public int[] RecentRank { get; }

    private int[] RoleCounts { get; }

    private readonly Dictionary<(RelType, bool), int[]> _roleRanks = [];

    /// <summary>1-based rank of each enterprise by how often it plays the given role in <paramref name="type"/> relationships.</summary>
    public int[] RoleRank(RelType type, bool asTail)
    {
        lock (_roleRanks)
        {
            if (!_roleRanks.TryGetValue((type, asTail), out var ranks))
            {
                ranks = RankOf(Snapshot.NodeCount, Snapshot.NodesOf(NodeKind.Enterprise), node => RoleCount(node, type, asTail));
                _roleRanks[(type, asTail)] = ranks;
            }

            return ranks;
        }
    }

    private static int[] RankOf(int nodeCount, IReadOnlyList<int> nodes, Func<int, int> value)
    {
        var ranks = new int[nodeCount];
        var ordered = nodes.Select(node => (node, v: value(node))).OrderByDescending(x => x.v).ToArray();
        for (var i = 0; i < ordered.Length; i++)
        {
            ranks[ordered[i].node] = i > 0 && ordered[i].v == ordered[i - 1].v ? ranks[ordered[i - 1].node] : i + 1;
        }

        return ranks;
    }

    private static int[][] Sources(GraphSnapshot snapshot, Func<RelType, bool> include)
    {
        var sets = new List<int>?[snapshot.NodeCount];
        for (var e = 0; e < snapshot.EdgeCount; e++)
        {
            if (include(snapshot.EdgeType(e)))
            {
                (sets[snapshot.EdgeTo(e)] ??= []).Add(snapshot.EdgeFrom(e));
            }
        }

        return sets.Select(s => s is null ? [] : s.Distinct().Order().ToArray()).ToArray();
    }

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
    public int RoleCount(int node, RelType type, bool asTail) => RoleCounts[(((node * s_typeCount) + (int)type) * 2) + (asTail ? 1 : 0)];

    private static int[][] Neighbours(GraphSnapshot snapshot, Func<RelType, bool> include)
    {
        var sets = new List<int>?[snapshot.NodeCount];
        for (var e = 0; e < snapshot.EdgeCount; e++)
        {
            if (!include(snapshot.EdgeType(e)))
            {
                continue;
            }

            var (a, b) = (snapshot.EdgeFrom(e), snapshot.EdgeTo(e));
            if (a == b)
            {
                continue;
            }

            (sets[a] ??= []).Add(b);
            (sets[b] ??= []).Add(a);
        }

        return sets.Select(s => s is null ? [] : s.Distinct().Order().ToArray()).ToArray();
    }

    // IN_INDUSTRY / ACTIVE_IN from the enterprise, and CONTAINS from an industry to it (ICKG's 包含).
    private static int[][] IndustriesOf(GraphSnapshot snapshot)
    {
        var sets = new List<int>?[snapshot.NodeCount];
        for (var e = 0; e < snapshot.EdgeCount; e++)
        {
            var (type, from, to) = (snapshot.EdgeType(e), snapshot.EdgeFrom(e), snapshot.EdgeTo(e));
            if (type is RelType.InIndustry or RelType.ActiveIn)
            {
                (sets[from] ??= []).Add(to);
            }
            else if (type is RelType.Contains && snapshot.Kind(from) == NodeKind.Industry && snapshot.Kind(to) == NodeKind.Enterprise)
            {
                (sets[to] ??= []).Add(from);
            }
        }

        return sets.Select(s => s is null ? [] : s.Distinct().Order().ToArray()).ToArray();
    }

    private static int[][] Targets(GraphSnapshot snapshot, Func<RelType, bool> include)
    {
        var sets = new List<int>?[snapshot.NodeCount];
        for (var e = 0; e < snapshot.EdgeCount; e++)
        {
            if (include(snapshot.EdgeType(e)))
            {
                (sets[snapshot.EdgeFrom(e)] ??= []).Add(snapshot.EdgeTo(e));
            }
        }

        return sets.Select(s => s is null ? [] : s.Distinct().Order().ToArray()).ToArray();
    }
}

using ChainGraph.Core.Model;

namespace ChainGraph.Recommender.Features;

/// <summary>
/// Per-query scratch that several feature families and baselines share, computed lazily once:
/// path counts from the sources over the supply network, Adamic–Adar and common-neighbour scores,
/// personalized PageRank, the sources' industries and products. Not thread-safe; one per query.
/// </summary>
public sealed class QueryState
{
    private Dictionary<int, float>[]? _paths;
    private Dictionary<int, float>? _commonAll;
    private Dictionary<int, float>? _adamicAll;
    private Dictionary<int, float>? _commonBusiness;
    private Dictionary<int, float>? _adamicBusiness;
    private Dictionary<int, float>? _pageRank;
    private Dictionary<int, int>? _pageRankRanks;
    private HashSet<int>? _sourceIndustries;
    private HashSet<int>? _sourceProducts;
    private HashSet<int>? _sourceNeighbours;
    private HashSet<int>? _peers;

    /// <summary>Industries with more members than this do not make their members peers (too broad to mean anything).</summary>
    public const int MaxPeerIndustrySize = 500;

    public QueryState(FeatureGraph graph, RankQuery query, FeatureSettings settings)
    {
        Graph = graph;
        Query = query;
        Settings = settings;
    }

    public FeatureGraph Graph { get; }

    public RankQuery Query { get; }

    public FeatureSettings Settings { get; }

    /// <summary>Weighted number of walks of length 1, 2 and 3 from the sources over the supply network ([0] is length 1).</summary>
    public IReadOnlyList<Dictionary<int, float>> SupplyPaths => _paths ??= Walks(Graph.SupplyNeighbours, 3);

    public Dictionary<int, float> CommonNeighboursAll => _commonAll ??= Proximity(Graph.AllNeighbours, adamicAdar: false);

    public Dictionary<int, float> AdamicAdarAll => _adamicAll ??= Proximity(Graph.AllNeighbours, adamicAdar: true);

    public Dictionary<int, float> CommonNeighboursBusiness => _commonBusiness ??= Proximity(Graph.BusinessNeighbours, adamicAdar: false);

    public Dictionary<int, float> AdamicAdarBusiness => _adamicBusiness ??= Proximity(Graph.BusinessNeighbours, adamicAdar: true);

    public Dictionary<int, float> PageRank => _pageRank ??= PersonalizedPageRank.Push(Graph.AllNeighbours, Query.Sources, Settings.PageRankRestart, Settings.PageRankTolerance);

    /// <summary>1-based rank of each enterprise reached by <see cref="PageRank"/> among the enterprises reached.</summary>
    public Dictionary<int, int> PageRankRanks => _pageRankRanks ??= PageRank
        .Where(kv => Graph.Snapshot.Kind(kv.Key) == NodeKind.Enterprise)
        .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key)
        .Select((kv, i) => (kv.Key, i + 1)).ToDictionary(x => x.Key, x => x.Item2);

    public HashSet<int> SourceIndustries => _sourceIndustries ??= Query.Sources.SelectMany(s => Graph.Industries.Members(s)).ToHashSet();

    public HashSet<int> SourceProducts => _sourceProducts ??= Query.Sources.SelectMany(s => Graph.Products.Members(s)).ToHashSet();

    /// <summary>Direct business partners of the sources.</summary>
    public HashSet<int> SourceNeighbours => _sourceNeighbours ??= Query.Sources.SelectMany(s => Graph.BusinessNeighbours.Members(s)).ToHashSet();

    /// <summary>
    /// The sources' peers: their competitors (COMPETES) and the enterprises of their smaller industries
    /// (at most <see cref="MaxPeerIndustrySize"/> members), never a source itself.
    /// </summary>
    public HashSet<int> Peers => _peers ??= ComputePeers();

    public static float Get(Dictionary<int, float> map, int node) => map.TryGetValue(node, out var v) ? v : 0f;

    /// <summary>
    /// Common neighbours |N(s) ∩ N(c)| and Adamic–Adar Σ_{z ∈ N(s) ∩ N(c)} 1 / ln |N(z)|
    /// (Adamic and Adar 2003, "Friends and neighbors on the Web"), summed over the weighted sources; neighbours z above
    /// <see cref="FeatureSettings.MaxHubDegree"/> are left out of both.
    /// </summary>
    private Dictionary<int, float> Proximity(NodeLists neighbours, bool adamicAdar)
    {
        var scores = new Dictionary<int, float>();
        for (var i = 0; i < Query.Sources.Count; i++)
        {
            var weight = Query.Weight(i);
            foreach (var z in neighbours[Query.Sources[i]])
            {
                // A hub (an industry of a city's thousands) is shared by nearly everyone: it says almost nothing about two
                // firms (Adamic–Adar would give it 1/ln 5000 ≈ 0.12) and costs a pass over all its members per query. The
                // demo's largest node has under 2,000 partners, so its features are unchanged.
                var degree = neighbours[z].Length;
                if (degree > Settings.MaxHubDegree)
                {
                    continue;
                }

                var add = weight * (adamicAdar ? (float)(1 / Math.Log(Math.Max(degree, 2))) : 1f);
                foreach (var c in neighbours[z])
                {
                    scores[c] = Get(scores, c) + add;
                }
            }
        }

        return scores;
    }

    private HashSet<int> ComputePeers()
    {
        var g = Graph.Snapshot;
        var peers = new HashSet<int>();
        foreach (var source in Query.Sources)
        {
            foreach (var e in g.OutEdges(source))
            {
                if (g.EdgeType(e) == RelType.Competes)
                {
                    peers.Add(g.EdgeTo(e));
                }
            }

            foreach (var e in g.InEdges(source))
            {
                if (g.EdgeType(e) == RelType.Competes)
                {
                    peers.Add(g.EdgeFrom(e));
                }
            }
        }

        foreach (var industry in SourceIndustries)
        {
            var members = Graph.AllNeighbours.Members(industry);
            if (members.Count <= MaxPeerIndustrySize)
            {
                peers.UnionWith(members.Where(m => g.Kind(m) == NodeKind.Enterprise));
            }
        }

        peers.ExceptWith(Query.Sources);
        return peers;
    }

    /// <summary>
    /// Weighted walk counts of length 1..<paramref name="length"/> from the sources. Each step visits at most
    /// <see cref="FeatureSettings.MaxWalkExpansions"/> neighbours: when the frontier's degrees add up to more,
    /// its nodes are expanded in order of walk weight (ties by node), heaviest first, until the budget is
    /// spent, so work per query is bounded whatever the hubs on the way.
    /// </summary>
    private Dictionary<int, float>[] Walks(NodeLists neighbours, int length)
    {
        var result = new Dictionary<int, float>[length];
        var frontier = new Dictionary<int, float>();
        for (var i = 0; i < Query.Sources.Count; i++)
        {
            frontier[Query.Sources[i]] = Get(frontier, Query.Sources[i]) + Query.Weight(i);
        }

        for (var step = 0; step < length; step++)
        {
            var (expanded, visits) = Expansion(frontier, neighbours);
            // Sized for the visits ahead (bounded by the expansion budget): growing a map of 200,000 by doubling copied it a dozen times.
            var next = new Dictionary<int, float>((int)Math.Min(visits, Settings.MaxWalkExpansions));
            foreach (var (node, count) in expanded)
            {
                foreach (var c in neighbours[node])
                {
                    next[c] = Get(next, c) + count;
                }
            }

            result[step] = next;
            frontier = next;
        }

        return result;
    }

    // The frontier's nodes to expand this step, and how many neighbours they will visit.
    private (IEnumerable<KeyValuePair<int, float>> Nodes, long Visits) Expansion(Dictionary<int, float> frontier, NodeLists neighbours)
    {
        long visits = 0;
        foreach (var (node, _) in frontier)
        {
            visits += neighbours[node].Length;
        }

        if (visits <= Settings.MaxWalkExpansions)
        {
            return (frontier, visits);
        }

        var ordered = frontier.ToArray();
        Array.Sort(ordered, (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key));
        var kept = new List<KeyValuePair<int, float>>();
        visits = 0;
        foreach (var entry in ordered)
        {
            var degree = neighbours[entry.Key].Length;
            if (visits + degree > Settings.MaxWalkExpansions && kept.Count > 0)
            {
                continue;
            }

            visits += degree;
            kept.Add(entry);
        }

        return (kept, visits);
    }
}

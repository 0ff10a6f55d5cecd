using ChainGraph.Core.Model;
using ChainGraph.Recommender.Features;

namespace ChainGraph.Recommender.Ranking;

/// <summary>
/// Stage one of the two-stage ranker: a cheap, wide recall of a few hundred candidates per query from
/// several independent signals (graph proximity, personalized PageRank, role popularity, overall degree,
/// shared industry), so the model only reranks candidates at least one signal finds plausible.
/// </summary>
public sealed class CandidateGenerator
{
    private readonly Dictionary<(RelType, bool), int[]> _byRole = [];
    private readonly int[] _byDegree;
    private readonly FeatureGraph _graph;
    private readonly bool[] _pool;

    public CandidateGenerator(FeatureGraph graph, bool[] pool, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 10);
        _graph = graph;
        _pool = pool;
        Size = size;
        _byDegree = Enumerable.Range(0, pool.Length).Where(n => pool[n])
            .OrderByDescending(n => graph.AllNeighbours[n].Length).ThenBy(n => n).Take(size).ToArray();
    }

    /// <summary>The most candidates one query yields.</summary>
    public int Size { get; }

    /// <summary>Up to <see cref="Size"/> candidates for <paramref name="state"/>'s query, never a source, in ascending node order.</summary>
    public int[] Recall(QueryState state)
    {
        var sources = state.Query.Sources.ToHashSet();
        var chosen = new HashSet<int>();
        var share = Size / 6;
        Take(chosen, sources, Ranked(state.AdamicAdarBusiness), share);
        Take(chosen, sources, Ranked(state.SupplyPaths[1]), share / 2);
        Take(chosen, sources, Ranked(state.PageRank), share * 2);
        Take(chosen, sources, ByRole(state.Query.Relation, state.Query.CandidateIsTail), share);
        Take(chosen, sources, _byDegree, share / 2);
        Take(chosen, sources, Ranked(state.AdamicAdarAll), share);
        Take(chosen, sources, SameIndustry(state), share);
        Take(chosen, sources, Ranked(state.PageRank), Size - chosen.Count);
        Take(chosen, sources, _byDegree, Size - chosen.Count);
        return chosen.Order().ToArray();
    }

    /// <summary>
    /// Nodes by descending score (ties by node), produced lazily from a heap: O(n) to build, O(log n) per node
    /// taken, so keeping a few dozen of a score map that covers half a city costs no full sort.
    /// </summary>
    private static IEnumerable<int> Ranked(Dictionary<int, float> scores)
    {
        var heap = new PriorityQueue<int, (float NegativeScore, int Node)>(scores.Select(kv => (kv.Key, (-kv.Value, kv.Key))));
        while (heap.TryDequeue(out var node, out _))
        {
            yield return node;
        }
    }

    private void Take(HashSet<int> chosen, HashSet<int> sources, IEnumerable<int> ranked, int count)
    {
        var added = 0;
        foreach (var n in ranked)
        {
            if (added >= count || chosen.Count >= Size)
            {
                return;
            }

            if (_pool[n] && !sources.Contains(n) && chosen.Add(n))
            {
                added++;
            }
        }
    }

    private int[] ByRole(RelType relation, bool asTail)
    {
        lock (_byRole)
        {
            if (!_byRole.TryGetValue((relation, asTail), out var list))
            {
                list = Enumerable.Range(0, _pool.Length).Where(n => _pool[n] && _graph.RoleCount(n, relation, asTail) > 0)
                    .OrderByDescending(n => _graph.RoleCount(n, relation, asTail)).ThenByDescending(n => _graph.AllNeighbours[n].Length).ThenBy(n => n)
                    .Take(Size).ToArray();
                _byRole[(relation, asTail)] = list;
            }

            return list;
        }
    }

    private IEnumerable<int> SameIndustry(QueryState state) => state.SourceIndustries
        .Where(i => _graph.AllNeighbours[i].Length <= 20_000)
        .SelectMany(i => _graph.AllNeighbours.Members(i))
        .Distinct()
        .Where(n => _pool[n])
        .OrderByDescending(n => _graph.AllNeighbours[n].Length).ThenBy(n => n);
}

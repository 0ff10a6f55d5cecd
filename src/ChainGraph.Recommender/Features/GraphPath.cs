using System.Runtime.CompilerServices;

namespace ChainGraph.Recommender.Features;

/// <summary>
/// The shortest path (at most <see cref="MaxHops"/> relationships) from a query's sources to a candidate, through
/// nodes of at most <see cref="MaxIntermediateDegree"/> relationships: the path a proximity reason must show before it
/// claims closeness (a province or an industry of thousands is not closeness). Meet in the middle: the sources' one-
/// and two-step neighbourhoods are built once per query, then each candidate needs only its own neighbours.
/// </summary>
public static class GraphPath
{
    public const int MaxHops = 3;

    /// <summary>Intermediate nodes with more relationships than this are not walked through.</summary>
    public const int MaxIntermediateDegree = QueryState.MaxPeerIndustrySize;

    private static readonly ConditionalWeakTable<QueryState, Reach> s_reach = [];

    /// <summary>Nodes from a source to <paramref name="candidate"/> (both included), or null when none is within reach.</summary>
    public static IReadOnlyList<int>? Find(QueryState state, int candidate)
    {
        var reach = s_reach.GetValue(state, s => new Reach(s));
        lock (reach)
        {
            if (!reach.Paths.TryGetValue(candidate, out var path))
            {
                reach.Paths[candidate] = path = reach.Find(candidate);
            }

            return path;
        }
    }

    /// <summary>Edges along <paramref name="path"/>, one per step.</summary>
    public static IEnumerable<int> Edges(QueryState state, IReadOnlyList<int> path)
    {
        for (var i = 0; i + 1 < path.Count; i++)
        {
            foreach (var e in FeatureText.EdgesBetween(state, path[i], path[i + 1], _ => true).Take(1))
            {
                yield return e;
            }
        }
    }

    private sealed class Reach
    {
        private readonly NodeLists _neighbours;
        private readonly HashSet<int> _sources;
        private readonly Dictionary<int, int> _oneStep = [];   // node → the source it neighbours
        private readonly Dictionary<int, int> _twoSteps = [];  // node → the one-step node it neighbours

        public Reach(QueryState state)
        {
            _neighbours = state.Graph.AllNeighbours;
            _sources = state.Query.Sources.ToHashSet();
            foreach (var source in state.Query.Sources)
            {
                foreach (var n in _neighbours[source])
                {
                    _oneStep.TryAdd(n, source);
                }
            }

            foreach (var (middle, _) in _oneStep.OrderBy(kv => kv.Key))
            {
                if (_neighbours[middle].Length <= MaxIntermediateDegree && !_sources.Contains(middle))
                {
                    foreach (var n in _neighbours[middle])
                    {
                        _twoSteps.TryAdd(n, middle);
                    }
                }
            }
        }

        public Dictionary<int, IReadOnlyList<int>?> Paths { get; } = [];

        public IReadOnlyList<int>? Find(int candidate)
        {
            if (_oneStep.TryGetValue(candidate, out var source))
            {
                return [source, candidate];
            }

            if (_twoSteps.TryGetValue(candidate, out var middle))
            {
                return [_oneStep[middle], middle, candidate];
            }

            foreach (var z in _neighbours[candidate])
            {
                if (_neighbours[z].Length <= MaxIntermediateDegree && !_sources.Contains(z) && _twoSteps.TryGetValue(z, out var m) && m != z)
                {
                    return [_oneStep[m], m, z, candidate];
                }
            }

            return null;
        }
    }
}

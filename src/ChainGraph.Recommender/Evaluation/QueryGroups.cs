using ChainGraph.Core.Model;
using ChainGraph.Recommender.Features;

namespace ChainGraph.Recommender.Evaluation;

/// <summary>Turns target facts into query groups against a known graph.</summary>
public static class QueryGroups
{
    /// <summary>
    /// Keeps each distinct (head, relation, tail) whose head and tail are both candidates of the known
    /// graph and are not already linked by that relation there (a repeated report is not a new link),
    /// and groups them by (head, relation) in a stable order; with <paramref name="reverse"/> by
    /// (tail, relation), the candidates then being heads (who will supply this enterprise).
    /// </summary>
    public static IReadOnlyList<QueryGroup> Build(FeatureGraph known, IEnumerable<(int Head, RelType Relation, int Tail)> targets, bool[] pool, bool reverse = false)
    {
        var g = known.Snapshot;
        var groups = new SortedDictionary<(int, RelType), SortedSet<int>>();
        foreach (var (head, relation, tail) in targets)
        {
            if (head < 0 || tail < 0 || head == tail || !pool[head] || !pool[tail] || Linked(known, head, tail, relation))
            {
                continue;
            }

            var (source, target) = reverse ? (tail, head) : (head, tail);
            if (!groups.TryGetValue((source, relation), out var tails))
            {
                groups[(source, relation)] = tails = [];
            }

            tails.Add(target);
        }

        return groups.Select(kv =>
        {
            var knownTails = new List<int>();
            foreach (var e in reverse ? g.InEdges(kv.Key.Item1) : g.OutEdges(kv.Key.Item1))
            {
                if (g.EdgeType(e) == kv.Key.Item2)
                {
                    knownTails.Add(reverse ? g.EdgeFrom(e) : g.EdgeTo(e));
                }
            }

            return new QueryGroup(kv.Key.Item1, kv.Key.Item2, !reverse, kv.Value.ToArray(), knownTails.Distinct().Order().ToArray());
        }).ToArray();
    }

    /// <summary>Candidates of a graph: enterprises that take part in at least one relationship.</summary>
    public static bool[] CandidatePool(FeatureGraph graph)
    {
        var g = graph.Snapshot;
        var pool = new bool[g.NodeCount];
        foreach (var n in g.NodesOf(NodeKind.Enterprise))
        {
            pool[n] = graph.AllNeighbours[n].Length > 0;
        }

        return pool;
    }

    // Whether head and tail are already linked by relation, looking from whichever has fewer edges: a hub
    // with thousands of partners is never scanned once per new link of it (training windows at city scale).
    private static bool Linked(FeatureGraph known, int head, int tail, RelType relation)
    {
        var g = known.Snapshot;
        var (near, far) = g.OutDegree(head) + g.InDegree(head) <= g.OutDegree(tail) + g.InDegree(tail) ? (head, tail) : (tail, head);
        foreach (var e in g.OutEdges(near))
        {
            if (g.EdgeTo(e) == far && g.EdgeType(e) == relation)
            {
                return true;
            }
        }

        foreach (var e in g.InEdges(near))
        {
            if (g.EdgeFrom(e) == far && g.EdgeType(e) == relation)
            {
                return true;
            }
        }

        return false;
    }
}

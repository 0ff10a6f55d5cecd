namespace ChainGraph.Recommender.Features;

/// <summary>
/// The shortest path (at most <see cref="MaxHops"/> relationships) from a query's sources to a candidate, through
/// nodes of at most <see cref="MaxIntermediateDegree"/> relationships: the path a proximity reason must show before it
/// claims closeness (a province or an industry of thousands is not closeness). Breadth-first from the candidate.
/// </summary>
public static class GraphPath
{
    public const int MaxHops = 3;

    /// <summary>Intermediate nodes with more relationships than this are not walked through.</summary>
    public const int MaxIntermediateDegree = QueryState.MaxPeerIndustrySize;

    /// <summary>Nodes from a source to <paramref name="candidate"/> (both included), or null when none is within reach.</summary>
    public static IReadOnlyList<int>? Find(QueryState state, int candidate)
    {
        var neighbours = state.Graph.AllNeighbours;
        var sources = state.Query.Sources.ToHashSet();
        var parent = new Dictionary<int, int> { [candidate] = -1 };
        var frontier = new List<int> { candidate };
        for (var hop = 0; hop < MaxHops && frontier.Count > 0; hop++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                if (node != candidate && neighbours[node].Length > MaxIntermediateDegree)
                {
                    continue;
                }

                foreach (var other in neighbours[node])
                {
                    if (!parent.TryAdd(other, node))
                    {
                        continue;
                    }

                    if (sources.Contains(other))
                    {
                        return Walk(parent, other);
                    }

                    next.Add(other);
                }
            }

            frontier = next;
        }

        return null;
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

    // source … candidate, following the breadth-first parents back from the source reached.
    private static List<int> Walk(Dictionary<int, int> parent, int source)
    {
        var path = new List<int>();
        for (var node = source; node != -1; node = parent[node])
        {
            path.Add(node);
        }

        return path;
    }
}

using ChainGraph.Core.Model;

namespace ChainGraph.Recommender.Features;

/// <summary>Chinese words for relationship types and helpers that reason texts share.</summary>
public static class FeatureText
{
    public static string Relation(RelType type) => type switch
    {
        RelType.Supplies => "供应",
        RelType.Cooperates => "合作",
        RelType.Invests => "投资",
        RelType.JointVenture => "合资",
        RelType.Acquires => "并购",
        RelType.Controls => "控股",
        RelType.Competes => "竞争",
        RelType.InIndustry or RelType.ActiveIn => "所属行业",
        RelType.Makes => "主营产品",
        RelType.UpstreamOf => "上游于",
        RelType.InSegment => "属于环节",
        RelType.Feeds => "供给",
        RelType.LocatedIn => "位于",
        RelType.HoldsPatent => "持有专利",
        RelType.Contains => "包含",
        RelType.Anchors => "是链主",
        _ => type.Name(),
    };

    /// <summary>The source's display name: the single source, or "本地企业" for several.</summary>
    public static string SourceName(QueryState state) => state.Query.Sources.Count == 1
        ? state.Graph.Snapshot.Name(state.Query.Sources[0])
        : "本地企业";

    /// <summary>Counts written the way a briefing would (一/两/三 … for small numbers).</summary>
    public static string Count(int n) => n switch
    {
        1 => "一",
        2 => "两",
        3 => "三",
        4 => "四",
        5 => "五",
        6 => "六",
        7 => "七",
        8 => "八",
        9 => "九",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The first node of <paramref name="among"/> the sources and <paramref name="candidate"/> both relate to (at most
    /// <see cref="GraphPath.MaxIntermediateDegree"/> relationships), with an edge from each side: the evidence a
    /// shared-neighbour reason names.
    /// </summary>
    public static (int Shared, IReadOnlyList<int> Edges)? SharedNeighbour(QueryState state, int candidate, NodeLists among)
    {
        var sources = state.Query.Sources;
        foreach (var z in among[candidate])
        {
            if (among[z].Length > GraphPath.MaxIntermediateDegree)
            {
                continue;
            }

            foreach (var s in sources)
            {
                if (among[s].BinarySearch(z) >= 0)
                {
                    var edges = EdgesBetween(state, candidate, z, _ => true).Take(1).Concat(EdgesBetween(state, s, z, _ => true).Take(1)).ToArray();
                    return (z, edges);
                }
            }
        }

        return null;
    }

    /// <summary>「与X同属Y行业」/「与X都生产Y」/「与X有共同的合作伙伴Y」 for a shared neighbour.</summary>
    public static string? SharedText(QueryState state, int shared)
    {
        var g = state.Graph.Snapshot;
        var source = SourceName(state);
        return g.Kind(shared) switch
        {
            NodeKind.Industry => $"与{source}同属{g.Name(shared)}行业",
            NodeKind.Product => $"与{source}都生产{g.Name(shared)}",
            NodeKind.Enterprise => $"与{source}有共同的合作伙伴{g.Name(shared)}",
            _ => null,
        };
    }

    /// <summary>Edges between <paramref name="a"/> and <paramref name="b"/> in either direction, passing <paramref name="include"/>.</summary>
    public static IEnumerable<int> EdgesBetween(QueryState state, int a, int b, Func<RelType, bool> include)
    {
        var g = state.Graph.Snapshot;
        foreach (var e in g.OutEdges(a).ToArray())
        {
            if (g.EdgeTo(e) == b && include(g.EdgeType(e)))
            {
                yield return e;
            }
        }

        foreach (var e in g.InEdges(a).ToArray())
        {
            if (g.EdgeFrom(e) == b && include(g.EdgeType(e)))
            {
                yield return e;
            }
        }
    }
}

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
        RelType.UpstreamOf => "上游",
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

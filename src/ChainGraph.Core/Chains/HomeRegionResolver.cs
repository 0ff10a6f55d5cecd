using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;

namespace ChainGraph.Core.Chains;

/// <summary>
/// Resolves a region name (天津市东丽区, 东丽区, 天津市, or a GB/T 2260 code) against the Region
/// nodes of the snapshot and picks the region local enterprises are counted in. For the four
/// municipalities the city level is the municipality itself (天津市), since GB/T 2260 lists only a
/// placeholder (市辖区) between them and their districts.
/// </summary>
public static class HomeRegionResolver
{
    private static readonly HashSet<string> s_placeholders = new(StringComparer.Ordinal) { "市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划" };

    /// <summary>True for the GB/T 2260 placeholders between a province and its counties (市辖区, 县, 省直辖县级行政区划, …).</summary>
    internal static bool IsPlaceholder(string name) => s_placeholders.Contains(name);

    public static HomeRegion Resolve(GraphSnapshot snapshot, string region, string compareLevel)
    {
        var text = region.Trim();
        var regions = snapshot.NodesOf(NodeKind.Region);
        if (regions.Count == 0)
        {
            throw new ChainNotFoundException("The graph has no Region nodes, so the home region cannot be placed; run `chaingraph ingest demo` (or `ingest ckg`) first.");
        }

        var paths = regions.Select(r => (Node: r, Path: PathOf(snapshot, r))).ToList();
        var exact = paths.Where(p => p.Path.Name == text || snapshot.Node(p.Node).Key == text).ToList();
        var matches = exact.Count > 0 ? exact : paths.Where(p => p.Path.Name.EndsWith(text, StringComparison.Ordinal)).ToList();
        if (matches.Count == 0)
        {
            throw new ChainNotFoundException($"No region '{text}'. Give a name as in GB/T 2260 (e.g. 天津市东丽区, 天津市, 山东省聊城市) or a code (e.g. 120110).");
        }

        if (matches.Count > 1 && matches.Select(m => m.Path.Name).Distinct().Count() == 1)
        {
            // 天津市 the province and 天津市 its city level: the same place, take the wider one.
            matches = [matches.MinBy(m => m.Path.Chain.Count)];
        }

        if (matches.Count > 1)
        {
            throw new ChainNotFoundException($"Region '{text}' is ambiguous: {string.Join(", ", matches.Take(8).Select(m => m.Path.Name))}; write it with its province or city.");
        }

        var chosen = matches[0].Path;
        var targetLevel = compareLevel switch { "province" => 1, "city" => 2, _ => 3 };
        var candidates = chosen.Chain.Where(c => c.Level <= targetLevel).ToList();
        var compare = candidates.Count > 0 ? candidates[^1] : chosen.Chain[0];
        if (compare.Level == 2 && (s_placeholders.Contains(snapshot.Name(compare.Node)) || snapshot.Name(compare.Node) == snapshot.Name(chosen.Chain[0].Node)))
        {
            compare = chosen.Chain[0];
        }

        var compareName = JoinNames(snapshot, chosen.Chain.TakeWhile(c => c.Level <= compare.Level));
        return new HomeRegion(chosen.Name, snapshot.Node(matches[0].Node).Key, compareName, snapshot.Node(compare.Node).Key, compareLevel);
    }

    private static (string Name, List<(int Node, int Level)> Chain) PathOf(GraphSnapshot snapshot, int region)
    {
        var chain = new List<(int Node, int Level)>();
        var current = region;
        for (var guard = 0; guard < 5; guard++)
        {
            var level = int.TryParse(snapshot.Node(current).Property("level"), out var l) ? l : 3 - guard;
            chain.Insert(0, (current, level));
            var parent = -1;
            foreach (var e in snapshot.OutEdges(current))
            {
                if (snapshot.EdgeType(e) == RelType.PartOf && snapshot.Kind(snapshot.EdgeTo(e)) == NodeKind.Region)
                {
                    parent = snapshot.EdgeTo(e);
                    break;
                }
            }

            if (parent < 0)
            {
                break;
            }

            current = parent;
        }

        return (JoinNames(snapshot, chain), chain);
    }

    /// <summary>天津市 + 天津市 (the municipality's city level) + 东丽区 → 天津市东丽区: placeholders and repeats are dropped.</summary>
    private static string JoinNames(GraphSnapshot snapshot, IEnumerable<(int Node, int Level)> path)
    {
        var names = new List<string>();
        foreach (var name in path.Select(p => snapshot.Name(p.Node)))
        {
            if (!s_placeholders.Contains(name) && (names.Count == 0 || names[^1] != name))
            {
                names.Add(name);
            }
        }

        return string.Concat(names);
    }
}

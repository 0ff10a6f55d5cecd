using ChainGraph.Core.Io;

namespace ChainGraph.Core.Chains;

/// <summary>The structural checks of a chain template: known industry codes, existing parents and feeds targets, no cycles.</summary>
internal static class ChainTemplateValidator
{
    public static void Validate(ChainTemplate chain, IReadOnlyDictionary<string, long> lines, long sectorsLine)
    {
        if (chain.Sectors.FirstOrDefault(c => !ShenwanCodes.Names.ContainsKey(c)) is { } badSector)
        {
            throw new InputFormatException(chain.Source, sectorsLine, "sectors", $"'{badSector}' {NotACode}");
        }

        var ids = chain.Segments.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var segment in chain.Segments)
        {
            var line = lines[segment.Id];
            foreach (var (field, codes) in new[] { ("industries", segment.IndustryCodes), ("sectors", segment.Sectors) })
            {
                if (codes.FirstOrDefault(c => !ShenwanCodes.Names.ContainsKey(c)) is { } code)
                {
                    throw Error(chain, segment, line, field, $"'{code}' {NotACode}");
                }
            }

            if (segment.IndustryNeedsProduct && (segment.IndustryCodes.Count == 0 || segment.ProductKeywords.Count == 0))
            {
                throw Error(chain, segment, line, "industryNeedsProduct", "needs both industries and products: the industry code only adds weight to enterprises a product keyword places");
            }

            foreach (var target in segment.Feeds)
            {
                if (!ids.Contains(target) || target == segment.Id)
                {
                    throw Error(chain, segment, line, "feeds", $"'{target}' is not another segment of chain '{chain.Id}'; feeds must name segment ids of the same file ({string.Join(", ", ids.Order(StringComparer.Ordinal))})");
                }
            }

            if (segment.Parent is { } parent && (!ids.Contains(parent) || parent == segment.Id))
            {
                throw Error(chain, segment, line, "parent", $"'{parent}' is not another segment of chain '{chain.Id}'");
            }

            if (segment.IndustryCodes.Count == 0 && segment.ProductKeywords.Count == 0 && !chain.Segments.Any(s => s.Parent == segment.Id))
            {
                throw Error(chain, segment, line, "industries", "a segment needs industry codes or product keywords (or child segments) to place enterprises in it");
            }
        }

        if (FindCycle(chain, s => s.Feeds) is { } feedsCycle)
        {
            throw Error(chain, feedsCycle[0], lines[feedsCycle[0].Id], "feeds", $"feeds form a cycle: {string.Join(" → ", feedsCycle.Select(s => s.Id))} → {feedsCycle[0].Id}; a chain flows one way, upstream to downstream");
        }

        if (FindCycle(chain, s => s.Parent is null ? [] : [s.Parent]) is { } parentCycle)
        {
            throw Error(chain, parentCycle[0], lines[parentCycle[0].Id], "parent", $"parents form a cycle: {string.Join(" → ", parentCycle.Select(s => s.Id))}");
        }
    }

    private const string NotACode = "is not a Shenwan 2021 industry code (six digits, e.g. 280000 汽车, 280204 汽车零部件); see industries.jsonl";

    private static InputFormatException Error(ChainTemplate chain, SegmentTemplate segment, long line, string field, string problem) =>
        new(chain.Source, line, $"segments[{segment.Id}].{field}", problem);

    /// <summary>Depth-first search with colours (white/grey/black); a grey node reached again closes a cycle.</summary>
    private static List<SegmentTemplate>? FindCycle(ChainTemplate chain, Func<SegmentTemplate, IReadOnlyList<string>> next)
    {
        var byId = chain.Segments.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new List<SegmentTemplate>();

        List<SegmentTemplate>? Visit(SegmentTemplate segment)
        {
            state[segment.Id] = 1;
            stack.Add(segment);
            foreach (var target in next(segment))
            {
                var to = byId[target];
                var seen = state.GetValueOrDefault(to.Id);
                if (seen == 1)
                {
                    return stack[stack.IndexOf(to)..];
                }

                if (seen == 0 && Visit(to) is { } cycle)
                {
                    return cycle;
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[segment.Id] = 2;
            return null;
        }

        foreach (var segment in chain.Segments)
        {
            if (state.GetValueOrDefault(segment.Id) == 0 && Visit(segment) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }
}

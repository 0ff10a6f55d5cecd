namespace ChainGraph.Core.Chains;

/// <summary>
/// The product keywords of every segment of a chain indexed by their first character, so matching a
/// product name against a whole chain is one pass over the name instead of segments × keywords
/// substring searches. Gives the same answer as <see cref="ChainPlacer.Matches"/> per segment: the first
/// keyword in the segment's list order that the name contains, unless an exclusion also matches.
/// </summary>
internal sealed class KeywordIndex
{
    private readonly ChainTemplate _chain;
    private readonly Dictionary<char, List<(int Segment, int Order, string Keyword)>> _byFirstChar = [];

    public KeywordIndex(ChainTemplate chain)
    {
        _chain = chain;
        for (var s = 0; s < chain.Segments.Count; s++)
        {
            var keywords = chain.Segments[s].ProductKeywords;
            for (var k = 0; k < keywords.Count; k++)
            {
                if (keywords[k].Length == 0)
                {
                    continue;
                }

                if (!_byFirstChar.TryGetValue(keywords[k][0], out var list))
                {
                    _byFirstChar[keywords[k][0]] = list = [];
                }

                list.Add((s, k, keywords[k]));
            }
        }
    }

    /// <summary>Per segment index, the keyword the product matches (null where none or excluded).</summary>
    public string?[] Match(string product)
    {
        string?[]? best = null;
        int[]? order = null;
        for (var i = 0; i < product.Length; i++)
        {
            if (!_byFirstChar.TryGetValue(product[i], out var candidates))
            {
                continue;
            }

            foreach (var (segment, k, keyword) in candidates)
            {
                if (product.AsSpan(i).StartsWith(keyword, StringComparison.Ordinal))
                {
                    best ??= new string?[_chain.Segments.Count];
                    order ??= Enumerable.Repeat(int.MaxValue, _chain.Segments.Count).ToArray();
                    if (k < order[segment])
                    {
                        order[segment] = k;
                        best[segment] = keyword;
                    }
                }
            }
        }

        if (best is null)
        {
            return s_none;
        }

        for (var s = 0; s < best.Length; s++)
        {
            if (best[s] is not null && _chain.Segments[s].ExcludeKeywords.Any(x => product.Contains(x, StringComparison.Ordinal)))
            {
                best[s] = null;
            }
        }

        return best;
    }

    private static readonly string?[] s_none = [];
}

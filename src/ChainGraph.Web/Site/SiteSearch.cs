using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Web.Chains;
using ChainGraph.Web.Enterprises;

namespace ChainGraph.Web.Site;

/// <summary>
/// The header search box: enterprises (names, aliases, codes; near matches when nothing matches exactly) and
/// chain segments (by name, description or product keyword), with each segment's status in the home region.
/// </summary>
public sealed class SiteSearch(IGraphStore store, IGraphSnapshotProvider snapshots, ChainViews chains)
{
    public const int MaxQueryLength = 100;

    /// <summary>Near matches below this similarity are not offered.</summary>
    public const double MinSimilarity = 0.4;

    public sealed record SegmentHit(string ChainId, string Chain, string SegmentId, string Segment, SegmentStatus Status, bool Urgent, string MatchedBy);

    /// <summary><see cref="NearMatches"/> is true when no enterprise matched the text and the list holds similar names instead.</summary>
    public sealed record Result(string Query, IReadOnlyList<EnterpriseSummary> Enterprises, bool NearMatches, IReadOnlyList<SegmentHit> Segments);

    public async Task<Result> SearchAsync(string text, int limit, CancellationToken cancellationToken)
    {
        var q = text.Trim();
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var found = await store.SearchAsync(q, NodeKind.Enterprise, limit, cancellationToken);
        var near = false;
        var enterprises = found
            .Select(n => snapshot.Find(n.Ref) is { } i ? snapshot.Node(snapshot.Canonical(i)) : n)
            .DistinctBy(n => n.Key)
            .ToList();
        if (enterprises.Count == 0)
        {
            near = true;
            enterprises = NameIndex.For(snapshot).Suggest(q, limit, MinSimilarity).Select(x => x.Node).ToList();
        }

        return new Result(q, enterprises.Select(EnterpriseProfileService.Summarize).ToArray(), near, await SegmentsAsync(q, limit, cancellationToken));
    }

    private async Task<IReadOnlyList<SegmentHit>> SegmentsAsync(string q, int limit, CancellationToken cancellationToken)
    {
        var hits = new List<(int Rank, SegmentHit Hit)>();
        foreach (var chain in chains.Chains)
        {
            var (map, _) = await chains.GetAsync(chain.Id, null, cancellationToken);
            foreach (var segment in chain.Segments)
            {
                var (rank, by) = Match(segment, q);
                if (rank < int.MaxValue && map.FindSegment(segment.Id) is { } f)
                {
                    hits.Add((rank, new SegmentHit(chain.Id, chain.Name, segment.Id, segment.Name, f.Status, f.Urgent, by)));
                }
            }
        }

        return hits.OrderBy(h => h.Rank).Take(limit).Select(h => h.Hit).ToArray();
    }

    // Name first, then keyword, then description; 0 is best.
    private static (int Rank, string By) Match(SegmentTemplate segment, string q)
    {
        if (segment.Name.Contains(q, StringComparison.OrdinalIgnoreCase) || (q.Length >= 2 && q.Contains(segment.Name, StringComparison.Ordinal)))
        {
            return (segment.Name == q ? 0 : 1, "环节名称");
        }

        if (segment.ProductKeywords.FirstOrDefault(k => k.Length >= 2 && (k.Contains(q, StringComparison.OrdinalIgnoreCase) || q.Contains(k, StringComparison.OrdinalIgnoreCase))) is { } keyword)
        {
            return (2, $"产品关键词「{keyword}」");
        }

        return q.Length >= 2 && segment.Description.Contains(q, StringComparison.OrdinalIgnoreCase) ? (3, "环节说明") : (int.MaxValue, "");
    }
}

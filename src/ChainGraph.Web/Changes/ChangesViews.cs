using ChainGraph.Core.Changes;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Model;
using ChainGraph.Web.Targets;

namespace ChainGraph.Web.Changes;

/// <summary>产业链动态 for the pages and the API: one chain's changes, the 近30天 summary of every chain, exports.</summary>
public sealed class ChangesViews(ChainChangesService changes, IChainMapService chains)
{
    /// <summary>Items named per chain in the 总览 summary.</summary>
    public const int SummaryItems = 3;

    public Task<ChainChanges> GetAsync(string chain, DateOnly? from, DateOnly? to, string? region, CancellationToken cancellationToken) =>
        changes.GetAsync(chain, from, to, region, cancellationToken);

    public async Task<ChangesView> ViewAsync(string chain, DateOnly? from, DateOnly? to, string? region, CancellationToken cancellationToken)
    {
        var c = await changes.GetAsync(chain, from, to, region, cancellationToken);
        return new ChangesView(c.ChainId, c.ChainName, c.Home, c.From, c.To, c.Counts, ChangesTable.Rows(c));
    }

    /// <summary>Counts and the latest few items of every chain, for the 近30天 block of 产业链总览.</summary>
    public async Task<IReadOnlyList<ChangeSummary>> SummaryAsync(DateOnly? from, DateOnly? to, string? region, CancellationToken cancellationToken)
    {
        var result = new List<ChangeSummary>();
        foreach (var chain in chains.Chains)
        {
            var c = await changes.GetAsync(chain.Id, from, to, region, cancellationToken);
            var added = c.Relationships.Where(r => r.Kind == ChangeKind.Added).ToList();
            var highlights = c.Statuses.Select(s => $"{s.Segment}：{StatusZh(s.Before)}→{StatusZh(s.After)}")
                .Concat(c.Placements.Where(p => p.Kind == ChangeKind.Added).Select(p => $"{p.Enterprise.Name} 进入「{p.Segment}」"))
                .Concat(added.OrderByDescending(r => r.BothInChain).ThenByDescending(r => r.From.IsLocal || r.To.IsLocal)
                    .Select(r => $"{r.From.Name} {RelationZh(r.Type)} {r.To.Name}"))
                .Take(SummaryItems).ToList();
            result.Add(new ChangeSummary(chain.Id, chain.Name, c.From, c.To, c.Counts, highlights));
        }

        return result;
    }

    public static string StatusZh(SegmentStatus status) => status switch
    {
        SegmentStatus.Missing => "缺失",
        SegmentStatus.Weak => "薄弱",
        _ => "较强",
    };

    public static string RelationZh(RelType type) => RelationLabels.Of(type.Name());
}

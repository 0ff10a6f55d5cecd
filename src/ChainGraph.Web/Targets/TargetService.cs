using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Core.Regions;
using ChainGraph.Core.Store;
using ChainGraph.Recommender.Recommending;
using ChainGraph.Web.Enterprises;
using ChainGraph.Web.Site;

namespace ChainGraph.Web.Targets;

/// <summary>
/// Builds 招商目标 lists: asks the shared <see cref="IRecommender"/> (the same one the CLI uses), then applies
/// the page's filters (region, tags, size) on the snapshot and renumbers the rows. The chain, segment and anchor
/// are checked first, so a typo is answered in words with near matches (<see cref="TargetQueryException"/>).
/// </summary>
public sealed partial class TargetService(
    IServiceProvider services, IGraphSnapshotProvider snapshots, ChainCatalog catalog, IGraphStore store, TimeProvider clock, ILogger<TargetService> logger)
{
    /// <summary>When filtering, this many times <c>top</c> candidates are ranked so enough survive the filters.</summary>
    public const int FilterOverfetch = 5;

    private readonly IRecommender? _recommender = services.GetService<IRecommender>();

    /// <summary>False while no recommender is registered (e.g. a build without the recommender project).</summary>
    public bool IsAvailable => _recommender is not null;

    /// <exception cref="TargetQueryException">Unknown chain, segment or anchor, no trained model, or nothing to rank for.</exception>
    public async Task<TargetResult> QueryAsync(TargetQuery query, CancellationToken cancellationToken)
    {
        var recommender = _recommender ?? throw new TargetQueryException("暂时无法生成名单", "本系统没有安装排序模型，无法为招商目标排序。请联系管理员。");
        await CheckAsync(query, cancellationToken);
        try
        {
            return await RankAsync(recommender, query, cancellationToken);
        }
        catch (RecommendException ex)
        {
            // The recommender's own words are for the log and the CLI; the page gets what it can act on.
            LogRecommendFailed(query.Describe(), ex.Message);
            throw new TargetQueryException("暂时无法生成名单",
                query.IsSegmentForm
                    ? "这个环节目前没有可依据的本地需求（本地没有企业依赖它，本链也没有链主），无法排序。请换一个急需或薄弱环节，或改用“按链主企业上下游”查询。"
                    : "这家链主企业在图谱中没有可依据的上下游关系，无法排序。请换一家链主企业，或改用“按缺失/薄弱环节”查询。");
        }
        catch (InvalidDataException ex)
        {
            LogRecommendFailed(query.Describe(), ex.Message);
            throw new TargetQueryException("排序模型需要重新训练", "保存的排序模型与当前版本不匹配，名单暂时无法生成。请联系管理员重新训练模型。");
        }
    }

    private async Task<TargetResult> RankAsync(IRecommender recommender, TargetQuery query, CancellationToken cancellationToken)
    {
        var filtered = query.Region is not null || query.Tags.Count > 0 || query.Size is not null;
        var options = new RecommendOptions
        {
            // A region filter (对标分析 links to one peer region) keeps few of a national ranking: rank the whole pool.
            Top = query.Region is not null ? RecommendOptions.MaxTop
                : filtered ? Math.Min(RecommendOptions.MaxTop, Math.Max(query.Top * FilterOverfetch, 100)) : query.Top,
            Filter = query.Filter,
        };
        var list = query.IsSegmentForm
            ? await recommender.RecommendForSegmentAsync(query.Chain!, query.Segment!, options, cancellationToken)
            : await recommender.RecommendForAnchorAsync(query.Anchor!, query.Direction ?? SupplyDirection.Upstream, options, cancellationToken);
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = list.Items.Select(item => ToRow(item, snapshot, today)).ToArray();
        var kept = rows.Where(r => Matches(r, query)).Take(query.Top).Select((r, i) => r with { Rank = i + 1 }).ToArray();
        return new TargetResult(Title(query), list.HomeRegion, ModelText(list.Model), list.CandidatesScored, rows.Length - rows.Count(r => Matches(r, query)), kept)
        {
            Notes = list.Notes,
            Pool = list.Pool,
        };
    }

    // The chain, segment and anchor named in words the page can show, before the recommender is asked.
    private async Task CheckAsync(TargetQuery query, CancellationToken cancellationToken)
    {
        if (query.IsSegmentForm)
        {
            var template = catalog.TryFind(query.Chain!)
                ?? throw new TargetQueryException("没有找到这条产业链", $"没有名为「{query.Chain}」的产业链。现有产业链：{string.Join("、", catalog.Chains.Select(c => c.Name))}。");
            _ = template.FindSegment(query.Segment!)
                ?? throw new TargetQueryException("没有找到这个环节", $"产业链「{template.Name}」中没有环节「{query.Segment}」。请从环节列表中选择。");
            return;
        }

        var snapshot = await snapshots.GetAsync(cancellationToken);
        if (snapshot.FindByName(query.Anchor!, NodeKind.Enterprise).Count > 0)
        {
            return;
        }

        var hits = await store.SearchAsync(query.Anchor!, NodeKind.Enterprise, 8, cancellationToken);
        var suggestions = hits.Count > 0 ? hits : NameIndex.For(snapshot).Suggest(query.Anchor!, 8, SiteSearch.MinSimilarity).Select(x => x.Node).ToArray();
        throw new TargetQueryException("没有找到这家链主企业",
            suggestions.Count == 0
                ? $"图谱中没有名为「{query.Anchor}」的企业。请填写企业全称或常用简称，如 平高电气、中国通号。"
                : $"图谱中没有恰好名为「{query.Anchor}」的企业。您是否要找下面的企业？点击名称即可按它查询。",
            suggestions.Select(EnterpriseProfileService.Summarize).ToArray());
    }

    // "cg.db.model（训练数据截至 2025-07-21）" → "排序模型（训练数据截至 2025-07-21）": the folder name means nothing to a chain lead.
    private static string ModelText(string model) =>
        TrainedUpTo().Match(model) is { Success: true } m ? $"排序模型（训练数据截至 {m.Groups[1].Value}）" : "排序模型";

    [System.Text.RegularExpressions.GeneratedRegex(@"(\d{4}-\d{2}-\d{2})")]
    private static partial System.Text.RegularExpressions.Regex TrainedUpTo();

    [LoggerMessage(Level = LogLevel.Information, Message = "No target list for {Query}: {Reason}")]
    private partial void LogRecommendFailed(string query, string reason);

    // Titles name the chain and segment in Chinese even when the query used ids (nev, power-battery).
    private string Title(TargetQuery query)
    {
        if (!query.IsSegmentForm)
        {
            return query.Describe();
        }

        var template = catalog.TryFind(query.Chain!);
        var segment = template?.FindSegment(query.Segment!);
        return (query with { Chain = template?.Name ?? query.Chain, Segment = segment?.Name ?? query.Segment }).Describe();
    }

    private static bool Matches(TargetRow row, TargetQuery query)
    {
        if (query.Region is { } region && !region.Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries)
                .Any(place => (row.Province ?? "").Contains(place, StringComparison.Ordinal) || (row.City ?? "").Contains(place, StringComparison.Ordinal)))
        {
            return false;
        }

        return query.Tags.All(tag => row.Tags.Contains(tag, StringComparer.Ordinal)) && (query.Size is null || query.Size == row.Size);
    }

    private static TargetRow ToRow(Recommendation item, GraphSnapshot snapshot, DateOnly today)
    {
        var node = snapshot.Find(item.Enterprise) is { } index ? snapshot.Node(index) : null;
        var (size, basis) = EnterpriseSize.Classify(node, snapshot, today);
        return new TargetRow(
            item.Rank,
            item.Enterprise.Key,
            item.Name,
            PlaceNames.Known(item.Province),
            PlaceNames.Known(item.City),
            node?.Tags ?? [],
            size,
            basis,
            item.Score,
            item.Reasons.Select(r => r.Text).ToArray(),
            item.Evidence.Select(e => new TargetRow.EvidenceLine(
                RelationLabels.Sentence(e.Relation, e.FromName, e.ToName) + (e.Since is { } since ? $"（{since:yyyy-MM-dd}起）" : ""),
                SourceLabels.TitleOf(e.Source, e.Reference),
                SourceLabels.Of(e.Source, e.Reference).Record)).ToArray())
        {
            Risk = item.Risk,
            LocalPresence = item.LocalPresence,
        };
    }
}

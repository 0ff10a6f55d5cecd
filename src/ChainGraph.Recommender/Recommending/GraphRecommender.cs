using System.Runtime.CompilerServices;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Core.Regions;
using ChainGraph.Recommender.Features;
using ChainGraph.Recommender.Ranking;

namespace ChainGraph.Recommender.Recommending;

/// <summary>
/// The recommender on the store's current snapshot. Candidates are grounded in the chain (<see cref="ChainGrounding"/>):
/// a gap segment's placed enterprises, or an anchor's suppliers/customers by the template's feeds and the product
/// chain. Only real, attractable targets of that pool are ranked (<see cref="TargetPool"/>); the score is the trained
/// ranker's margin plus <see cref="RecommenderOptions.ChainFitWeight"/> × chain fit, and each target is explained by its
/// chain reason first, then by its SHAP contributions with their evidence. A query the chain does not ground gets an
/// empty list that says why, never a global list.
/// </summary>
public sealed class GraphRecommender(
    IGraphSnapshotProvider snapshots,
    IChainMapService chains,
    HomeRegionOptions home,
    RecommenderOptions options,
    FeatureSet features,
    FeatureSettings settings,
    RankerStore rankers) : IRecommender, ISnapshotWarmUp
{
    private readonly ConditionalWeakTable<GraphSnapshot, Prepared> _prepared = [];

    public async Task<RecommendationList> RecommendForAnchorAsync(string anchor, SupplyDirection direction, RecommendOptions request, CancellationToken cancellationToken)
    {
        request.Validate();
        var prepared = Prepare(await snapshots.GetAsync(cancellationToken), request);
        var g = prepared.Graph.Snapshot;
        var matches = g.FindByName(anchor, NodeKind.Enterprise).Select(g.Canonical).Distinct().ToList();
        if (matches.Count == 0)
        {
            throw new RecommendException($"图谱中没有名为“{anchor}”的企业。请输入企业简称、全称或别名（如 平高、中汽中心）。");
        }

        var node = matches.OrderByDescending(n => g.Node(n).Tags.Contains(EnterpriseTags.Anchor)).ThenByDescending(n => prepared.Graph.AllNeighbours[n].Length).ThenBy(n => n).First();
        var pool = prepared.Grounding.ForAnchor(node, direction);
        var query = RecommendQueries.ForAnchor(g, node, direction);
        var text = $"{g.Name(node)} {(direction == SupplyDirection.Upstream ? "上游供应商" : "下游客户")}";
        return Rank(prepared, new QueryState(prepared.Graph, query, settings), pool, text, request);
    }

    public async Task<RecommendationList> RecommendForSegmentAsync(string chain, string segment, RecommendOptions request, CancellationToken cancellationToken)
    {
        request.Validate();
        ChainMap map;
        try
        {
            map = await chains.GetMapAsync(chain, null, cancellationToken);
        }
        catch (ChainNotFoundException)
        {
            throw new RecommendException($"没有名为“{chain}”的产业链。可选：{string.Join("、", chains.Chains.Select(c => c.Name))}。");
        }

        var template = map.Chain.FindSegment(segment)
            ?? throw new RecommendException($"{map.Chain.Name}没有“{segment}”环节。可选环节：{string.Join("、", map.Chain.Segments.Select(s => s.Name))}。");
        var figures = map.FindSegment(template.Id)!;
        var prepared = Prepare(map.Snapshot, request);
        var pool = prepared.Grounding.ForSegment(map.Chain, template);
        // A segment that feeds nobody local and a chain without anchors still gets its grounded pool, ranked without sources.
        var query = RecommendQueries.ForSegment(map, figures) ?? new RankQuery([], RelType.Supplies, CandidateIsTail: false);
        return Rank(prepared, new QueryState(prepared.Graph, query, settings), pool, $"{map.Chain.Name} / {figures.Segment} 补链", request);
    }

    private RecommendationList Rank(Prepared prepared, QueryState state, ChainPool pool, string queryText, RecommendOptions request)
    {
        var ranker = rankers.Get();
        var g = prepared.Graph.Snapshot;
        var excluded = new Dictionary<Disqualification, int>();
        var eligible = new List<int>();
        foreach (var n in pool.Members.Keys.Order())
        {
            if (prepared.Targets.Check(n).Disqualification(request.Filter) is { } why)
            {
                excluded[why] = excluded.GetValueOrDefault(why) + 1;
            }
            else
            {
                eligible.Add(n);
            }
        }

        // The pool is the chain's, so it is small; past the recall size keep the best-fitting members.
        var candidates = eligible.OrderByDescending(n => pool.Members[n].Fit).ThenBy(n => n).Take(options.RecallSize).Order().ToArray();
        var summary = new PoolSummary(pool.Members.Count, eligible.Count, excluded, eligible.Count(n => prepared.Targets.Check(n).Risk is not null));
        var notes = PoolNotes.Describe(pool, summary, request, prepared.Targets.Home);
        var model = $"{Path.GetFileName(rankers.Folder.TrimEnd('/'))}（训练数据截至 {ranker.Report.DataTo:yyyy-MM-dd}）";
        if (candidates.Length == 0)
        {
            return new RecommendationList(queryText, prepared.Targets.Home.Name, model, 0, []) { Notes = notes, Pool = summary };
        }

        var rows = features.Compute(state, candidates);
        var margins = ranker.Score(rows);
        var scores = Enumerable.Range(0, candidates.Length).Select(i => margins[i] + (options.ChainFitWeight * pool.Members[candidates[i]].Fit)).ToArray();
        var top = Enumerable.Range(0, candidates.Length).OrderByDescending(i => scores[i]).ThenBy(i => candidates[i]).Take(request.Top).ToArray();
        var topRows = top.SelectMany(i => rows.AsSpan(i * features.Count, features.Count).ToArray()).ToArray();
        var contributions = ranker.Contributions(topRows);
        var items = new List<Recommendation>(top.Length);
        for (var r = 0; r < top.Length; r++)
        {
            var node = candidates[top[r]];
            var link = pool.Members[node];
            var (reasons, evidence) = Explainer.Explain(
                features, state, node, topRows.AsSpan(r * features.Count, features.Count), contributions.AsSpan(r * (features.Count + 1), features.Count + 1),
                link, options.ChainFitWeight * link.Fit, request);
            var n = g.Node(node);
            var check = prepared.Targets.Check(node);
            // A place the source does not know is no place: null, never the store's "unknown" (it reached JSON and exports).
            items.Add(new Recommendation(r + 1, n.Ref, n.Name, PlaceNames.Known(n.Property(EnterpriseProps.Province)), PlaceNames.Known(n.Property(EnterpriseProps.City)), Math.Round(scores[top[r]], 4), reasons, evidence)
            {
                ChainFit = Math.Round(link.Fit, 4),
                Risk = check.Risk,
                LocalPresence = check.LocalPresence,
            });
        }

        return new RecommendationList(queryText, prepared.Targets.Home.Name, model, candidates.Length, items) { Notes = notes, Pool = summary };
    }

    /// <summary>Builds the feature graph, target pool and first role ranks of <paramref name="snapshot"/> before any query needs them.</summary>
    public Task WarmUpAsync(GraphSnapshot snapshot, CancellationToken cancellationToken)
    {
        lock (_prepared)
        {
            _prepared.GetValue(snapshot, Build).Graph.Prepare();
        }

        return Task.CompletedTask;
    }

    private Prepared Prepare(GraphSnapshot snapshot, RecommendOptions request)
    {
        if (request.AsOf is { } asOf)
        {
            return Build(snapshot.AsOfDate(asOf));
        }

        lock (_prepared)
        {
            return _prepared.GetValue(snapshot, Build);
        }
    }

    private Prepared Build(GraphSnapshot snapshot)
    {
        var region = HomeRegionResolver.Resolve(snapshot, home.Region, home.CompareLevel);
        return new Prepared(FeatureGraph.Create(snapshot), new TargetPool(snapshot, region), new ChainGrounding(snapshot, new ChainCatalog(chains.Chains)));
    }

    private sealed record Prepared(FeatureGraph Graph, TargetPool Targets, ChainGrounding Grounding);
}

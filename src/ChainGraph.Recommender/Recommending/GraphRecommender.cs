using System.Runtime.CompilerServices;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Recommender.Features;
using ChainGraph.Recommender.Ranking;

namespace ChainGraph.Recommender.Recommending;

/// <summary>
/// The recommender on the store's current snapshot: candidates are non-local enterprises (outside the
/// home region, compared at its configured level); stage one recalls a few hundred, the trained ranker
/// reranks them, and the top ones are explained with SHAP contributions and evidence facts.
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
        var matches = g.FindByName(anchor, NodeKind.Enterprise);
        if (matches.Count == 0)
        {
            throw new RecommendException($"No enterprise is named '{anchor}'. Use 'chaingraph find {anchor}' to look it up by part of its name.");
        }

        var node = matches.OrderByDescending(n => prepared.Graph.AllNeighbours[n].Length).ThenBy(n => n).First();
        var query = RecommendQueries.ForAnchor(node, direction);
        var state = new QueryState(prepared.Graph, query, settings);
        var candidates = prepared.Recall.Recall(state);
        var text = $"{g.Name(node)} {(direction == SupplyDirection.Upstream ? "上游供应商" : "下游客户")}";
        return Rank(prepared, state, candidates, text, null, request);
    }

    public async Task<RecommendationList> RecommendForSegmentAsync(string chain, string segment, RecommendOptions request, CancellationToken cancellationToken)
    {
        request.Validate();
        ChainMap map;
        try
        {
            map = await chains.GetMapAsync(chain, null, cancellationToken);
        }
        catch (ChainNotFoundException ex)
        {
            throw new RecommendException(ex.Message);
        }

        var figures = map.FindSegment(segment)
            ?? throw new RecommendException($"Chain {map.Chain.Name} has no segment '{segment}'. Segments: {string.Join(", ", map.Segments.Select(s => s.Segment))}.");
        var prepared = Prepare(map.Snapshot, request);
        var query = RecommendQueries.ForSegment(map, figures)
            ?? throw new RecommendException($"Segment {figures.Segment} of {map.Chain.Name} feeds no local enterprise and the chain has no anchor; nothing to recommend for.");
        var state = new QueryState(prepared.Graph, query, settings);
        var inSegment = figures.NationalEnterprises.Where(n => prepared.Pool[n]).ToArray();
        var recalled = prepared.Recall.Recall(state).ToHashSet();
        var candidates = inSegment.Where(recalled.Contains).Concat(inSegment.Where(n => !recalled.Contains(n)).Take(options.RecallSize)).Distinct().ToArray();
        return Rank(prepared, state, candidates, $"{map.Chain.Name} / {figures.Segment} 补链", $"属于{figures.Segment}环节", request);
    }

    private RecommendationList Rank(Prepared prepared, QueryState state, int[] candidates, string queryText, string? fitReason, RecommendOptions request)
    {
        var ranker = rankers.Get();
        var rows = features.Compute(state, candidates);
        var scores = ranker.Score(rows);
        var top = Enumerable.Range(0, candidates.Length).OrderByDescending(i => scores[i]).ThenBy(i => candidates[i]).Take(request.Top).ToArray();
        var topRows = top.SelectMany(i => rows.AsSpan(i * features.Count, features.Count).ToArray()).ToArray();
        var contributions = ranker.Contributions(topRows);
        var g = prepared.Graph.Snapshot;
        var items = new List<Recommendation>(top.Length);
        for (var r = 0; r < top.Length; r++)
        {
            var node = candidates[top[r]];
            var (reasons, evidence) = Explainer.Explain(
                features, state, node, topRows.AsSpan(r * features.Count, features.Count), contributions.AsSpan(r * (features.Count + 1), features.Count + 1), request);
            if (fitReason is not null)
            {
                reasons = [new RecommendationReason("segment_fit", fitReason, 0), .. reasons];
            }

            var n = g.Node(node);
            items.Add(new Recommendation(r + 1, n.Ref, n.Name, n.Property(EnterpriseProps.Province), n.Property(EnterpriseProps.City), Math.Round(scores[top[r]], 4), reasons, evidence));
        }

        return new RecommendationList(queryText, prepared.Home.Name, $"{Path.GetFileName(rankers.Folder.TrimEnd('/'))}（训练数据截至 {ranker.Report.DataTo:yyyy-MM-dd}）", candidates.Length, items);
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
        var graph = FeatureGraph.Create(snapshot);
        var region = HomeRegionResolver.Resolve(snapshot, home.Region, home.CompareLevel);
        var pool = new bool[snapshot.NodeCount];
        foreach (var n in snapshot.NodesOf(NodeKind.Enterprise))
        {
            pool[n] = TargetPool.Eligible(snapshot.Node(n), graph.AllNeighbours[n].Length, region);
        }

        return new Prepared(graph, pool, new CandidateGenerator(graph, pool, options.RecallSize), region);
    }

    private sealed record Prepared(FeatureGraph Graph, bool[] Pool, CandidateGenerator Recall, HomeRegion Home);
}

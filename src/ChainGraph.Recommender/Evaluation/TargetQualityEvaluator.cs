using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Recommender.Recommending;

namespace ChainGraph.Recommender.Evaluation;

/// <summary>
/// The target-quality report (issue 11): every anchor × direction and every gap segment of the chains, asked as a
/// chain lead would, and each top-N list checked against the graph independently of how it was built — is every row
/// grounded in the chain (placed in the asked segment or in a segment that feeds / is fed by the anchor's, or linked
/// by a product relation, as its evidence shows), is any row disqualified (outside mainland China, not a company,
/// local, an unmarked local plant, an unflagged risk), do anchors of different chains share rows, and which queries
/// come back with fewer than N targets.
/// </summary>
public sealed class TargetQualityEvaluator(IRecommender recommender, IChainMapService chains, IGraphSnapshotProvider snapshots, HomeRegionOptions home)
{
    public async Task<TargetQualityReport> RunAsync(int top, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var region = HomeRegionResolver.Resolve(snapshot, home.Region, home.CompareLevel);
        var targets = new TargetPool(snapshot, region);
        var catalog = new ChainCatalog(chains.Chains);
        var grounding = new ChainGrounding(snapshot, catalog);
        var options = new RecommendOptions { Top = top };
        var queries = new List<TargetQueryQuality>();
        foreach (var anchor in Anchors(snapshot))
        {
            var segments = grounding.AnchorSegments(anchor);
            var anchorChains = segments.Select(s => s.Chain.Id).Distinct().Order(StringComparer.Ordinal).ToList();
            foreach (var direction in new[] { SupplyDirection.Upstream, SupplyDirection.Downstream })
            {
                var list = await recommender.RecommendForAnchorAsync(snapshot.Name(anchor), direction, options, cancellationToken);
                var expected = segments.SelectMany(s => direction == SupplyDirection.Upstream ? SegmentFlow.Suppliers(s.Chain, s.Segment) : SegmentFlow.Customers(s.Chain, s.Segment))
                    .Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
                queries.Add(Judge(snapshot, targets, list, "anchor", string.Join(",", anchorChains), expected, top));
            }
        }

        foreach (var chain in chains.Chains)
        {
            var map = await chains.GetMapAsync(chain.Id, null, cancellationToken);
            foreach (var gap in map.Gaps())
            {
                var list = await recommender.RecommendForSegmentAsync(chain.Id, gap.SegmentId, options, cancellationToken);
                var expected = SegmentFlow.WithDescendants(chain, chain.FindSegment(gap.SegmentId)!).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
                queries.Add(Judge(snapshot, targets, list, "gap", chain.Id, expected, top));
            }
        }

        return new TargetQualityReport(top, queries, Overlaps(queries));
    }

    // Anchors of the plan: enterprises with an ANCHORS edge that are not a duplicate node of another.
    private static IEnumerable<int> Anchors(GraphSnapshot snapshot) => snapshot.NodesOf(NodeKind.Enterprise)
        .Where(n => snapshot.Node(n).Property(EnterpriseProps.SameAs) is null && snapshot.OutEdges(n).ToArray().Any(e => snapshot.EdgeType(e) == RelType.Anchors))
        .OrderBy(n => snapshot.Node(n).Key, StringComparer.Ordinal);

    private static TargetQueryQuality Judge(GraphSnapshot snapshot, TargetPool targets, RecommendationList list, string form, string chains, HashSet<string> segments, int top)
    {
        var grounded = 0;
        var disqualified = new List<string>();
        foreach (var item in list.Items)
        {
            var chainReason = item.Reasons.FirstOrDefault(r => r.Feature == RecommendationReason.ChainFeature);
            var facts = chainReason?.Evidence ?? [];
            if (facts.Any(f => f.Relation == Features.FeatureText.Relation(RelType.UpstreamOf))
                || facts.Any(f => f.Relation == Features.FeatureText.Relation(RelType.InSegment) && segments.Contains(f.ToName)))
            {
                grounded++;
            }

            if (snapshot.Find(item.Enterprise) is { } node && Problem(snapshot.Node(node), targets.Check(node), item) is { } problem)
            {
                disqualified.Add($"{item.Name}：{problem}");
            }
        }

        return new TargetQueryQuality(form, chains, list.Query, list.Items.Count, grounded, disqualified, list.Items.Select(i => i.Enterprise.Key).ToList(), list.Notes);
    }

    // Checked from the node itself, not from the recommender's verdict.
    private static string? Problem(GraphNode node, TargetCheck check, Recommendation item) =>
        !TargetPool.IsMainland(node) ? "注册地不在中国大陆或未知"
        : TargetPool.IsInstitution(node) || TargetPool.IsPhrase(node) ? "不是企业"
        : check.IsLocal ? "已是本地企业"
        : check.LocalPresence is not null && item.LocalPresence is null ? $"已在本地有企业（{check.LocalPresence}）未标注"
        : TargetPool.RiskOf(node.Name) is not null && item.Risk is null ? "风险警示未标注"
        : null;

    private static IReadOnlyList<TargetOverlap> Overlaps(IReadOnlyList<TargetQueryQuality> queries)
    {
        var anchors = queries.Where(q => q.Form == "anchor" && q.Keys.Count > 0).ToList();
        var overlaps = new List<TargetOverlap>();
        for (var i = 0; i < anchors.Count; i++)
        {
            for (var j = i + 1; j < anchors.Count; j++)
            {
                var (a, b) = (anchors[i], anchors[j]);
                if (a.Chains.Split(',').Intersect(b.Chains.Split(',')).Any())
                {
                    continue;
                }

                var shared = a.Keys.Intersect(b.Keys).Count();
                if (shared > 0)
                {
                    overlaps.Add(new TargetOverlap(a.Query, b.Query, shared, (double)shared / a.Keys.Union(b.Keys).Count()));
                }
            }
        }

        return overlaps.OrderByDescending(o => o.Jaccard).ToList();
    }
}

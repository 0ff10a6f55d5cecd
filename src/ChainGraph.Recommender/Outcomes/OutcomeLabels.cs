using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Recommender.Features;
using ChainGraph.Recommender.Recommending;

namespace ChainGraph.Recommender.Outcomes;

/// <summary>
/// Collects the labels of every registered <see cref="IOutcomeLabelSource"/> and places them on a snapshot:
/// the candidate becomes a node, the query becomes the <c>RankQuery</c> the recommender serves for it
/// (<see cref="RecommendQueries"/>). Labels whose enterprise, chain, segment or anchor is not in the graph are
/// skipped with the reason.
/// </summary>
public sealed class OutcomeLabels(IEnumerable<IOutcomeLabelSource> sources, IChainMapService chains)
{
    public async Task<OutcomeSet> ResolveAsync(GraphSnapshot snapshot, CancellationToken cancellationToken)
    {
        var labels = new List<OutcomeLabel>();
        foreach (var source in sources)
        {
            labels.AddRange(await source.GetLabelsAsync(cancellationToken));
        }

        if (labels.Count == 0)
        {
            return OutcomeSet.Empty;
        }

        var resolved = new List<ResolvedOutcome>();
        var skipped = new List<string>();
        var segments = new Dictionary<string, (RankQuery? Query, IReadOnlyList<int>? Candidates, string? Problem)>(StringComparer.Ordinal);
        foreach (var label in labels.OrderBy(l => l.Query.Key, StringComparer.Ordinal).ThenBy(l => l.Date).ThenBy(l => l.Source, StringComparer.Ordinal))
        {
            if (snapshot.Find(label.Enterprise) is not { } node)
            {
                skipped.Add($"{label.Source}: enterprise {label.Enterprise.Key} is not in the graph");
                continue;
            }

            RankQuery? query;
            IReadOnlyList<int>? candidates = null;
            string? problem;
            if (label.Query.IsSegmentForm)
            {
                if (!segments.TryGetValue(label.Query.Key, out var segment))
                {
                    segments[label.Query.Key] = segment = await SegmentQueryAsync(snapshot, label.Query, cancellationToken);
                }

                (query, candidates, problem) = segment;
            }
            else
            {
                (query, problem) = AnchorQuery(snapshot, label.Query);
            }

            if (query is null)
            {
                skipped.Add($"{label.Source}: {problem}");
                continue;
            }

            resolved.Add(new ResolvedOutcome(label.Query.Key, query, node, label.Date, label.Positive, candidates));
        }

        return new OutcomeSet(resolved, skipped);
    }

    private async Task<(RankQuery?, IReadOnlyList<int>?, string?)> SegmentQueryAsync(GraphSnapshot snapshot, OutcomeQuery outcome, CancellationToken cancellationToken)
    {
        ChainMap map;
        try
        {
            map = await chains.GetMapAsync(outcome.Chain!, null, cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            return (null, null, ex.Message);
        }

        if (map.FindSegment(outcome.Segment!) is not { } figures)
        {
            return (null, null, $"chain {map.Chain.Name} has no segment '{outcome.Segment}'");
        }

        if (RecommendQueries.ForSegment(map, figures) is not { } query)
        {
            return (null, null, $"segment {figures.Segment} feeds no local enterprise and the chain has no anchor");
        }

        // The map may come from a newer snapshot than the one being trained on: carry nodes over by their keys.
        int? Carry(int node) => ReferenceEquals(map.Snapshot, snapshot) ? node : snapshot.Find(map.Snapshot.Node(node).Ref);
        var sources = query.Sources.Select((s, i) => (Node: Carry(s), Weight: query.Weight(i))).Where(s => s.Node is not null).ToArray();
        if (sources.Length == 0)
        {
            return (null, null, $"the enterprises segment {figures.Segment} serves are not in the graph being trained on");
        }

        var carried = query with { Sources = sources.Select(s => s.Node!.Value).ToArray(), Weights = sources.Select(s => s.Weight).ToArray() };
        var candidates = figures.NationalEnterprises.Select(Carry).OfType<int>().ToArray();
        return (carried, candidates, null);
    }

    private static (RankQuery?, string?) AnchorQuery(GraphSnapshot snapshot, OutcomeQuery outcome)
    {
        var anchor = snapshot.Find(new NodeRef(NodeKind.Enterprise, outcome.Anchor!))
            ?? snapshot.FindByName(outcome.Anchor!, NodeKind.Enterprise).Order().Cast<int?>().FirstOrDefault();
        return anchor is { } node
            ? (RecommendQueries.ForAnchor(snapshot, node, outcome.Direction), null)
            : (null, $"anchor {outcome.Anchor} is not in the graph");
    }
}

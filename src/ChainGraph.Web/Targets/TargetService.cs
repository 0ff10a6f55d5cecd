using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Core.Regions;
using ChainGraph.Recommender.Recommending;
using ChainGraph.Web.Enterprises;

namespace ChainGraph.Web.Targets;

/// <summary>
/// Builds 招商目标 lists: asks the shared <see cref="IRecommender"/> (the same one the CLI uses), then applies
/// the page's filters (region, tags, size) on the snapshot and renumbers the rows.
/// </summary>
public sealed class TargetService(IServiceProvider services, IGraphSnapshotProvider snapshots, IChainMapService chains)
{
    /// <summary>When filtering, this many times <c>top</c> candidates are ranked so enough survive the filters.</summary>
    public const int FilterOverfetch = 5;

    private readonly IRecommender? _recommender = services.GetService<IRecommender>();

    /// <summary>False while no recommender is registered (e.g. a build without the recommender project).</summary>
    public bool IsAvailable => _recommender is not null;

    /// <exception cref="RecommendException">Unknown chain, segment or anchor, or no trained model.</exception>
    public async Task<TargetResult> QueryAsync(TargetQuery query, CancellationToken cancellationToken)
    {
        var recommender = _recommender ?? throw new RecommendException("The recommender is not available in this build; targets cannot be ranked.");
        var filtered = query.Region is not null || query.Tags.Count > 0 || query.Size is not null;
        var options = new RecommendOptions
        {
            Top = filtered ? Math.Min(RecommendOptions.MaxTop, Math.Max(query.Top * FilterOverfetch, 100)) : query.Top,
            Filter = query.Filter,
        };
        var list = query.IsSegmentForm
            ? await recommender.RecommendForSegmentAsync(query.Chain!, query.Segment!, options, cancellationToken)
            : await recommender.RecommendForAnchorAsync(query.Anchor!, query.Direction ?? SupplyDirection.Upstream, options, cancellationToken);
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var rows = list.Items.Select(item => ToRow(item, snapshot)).ToArray();
        var kept = rows.Where(r => Matches(r, query)).Take(query.Top).Select((r, i) => r with { Rank = i + 1 }).ToArray();
        return new TargetResult(Title(query), list.HomeRegion, list.Model, list.CandidatesScored, rows.Length - rows.Count(r => Matches(r, query)), kept)
        {
            Notes = list.Notes,
            Pool = list.Pool,
        };
    }

    // Titles name the chain and segment in Chinese even when the query used ids (nev, power-battery).
    private string Title(TargetQuery query)
    {
        if (!query.IsSegmentForm)
        {
            return query.Describe();
        }

        var template = chains.Chains.FirstOrDefault(c => string.Equals(c.Id, query.Chain, StringComparison.OrdinalIgnoreCase) || c.Name == query.Chain || c.Aliases.Contains(query.Chain!));
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

    private static TargetRow ToRow(Recommendation item, GraphSnapshot snapshot)
    {
        var node = snapshot.Find(item.Enterprise) is { } index ? snapshot.Node(index) : null;
        var (size, basis) = EnterpriseSize.Classify(node, snapshot);
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
                $"{e.FromName} {RelationLabels.Of(e.Relation)} {e.ToName}{(e.Since is { } since ? $"（{since:yyyy-MM-dd}起）" : "")}",
                e.Source,
                e.Reference)).ToArray())
        {
            Risk = item.Risk,
            LocalPresence = item.LocalPresence,
        };
    }
}

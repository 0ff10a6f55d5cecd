using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Core.Regions;
using ChainGraph.Web.Chains;
using ChainGraph.Web.Enterprises;
using ChainGraph.Web.Site;

namespace ChainGraph.Web.Events;

/// <summary>Builds <see cref="Briefing"/>s from an event and the chain map of its chain.</summary>
public sealed class BriefingService(ChainViews chains, TimeProvider clock)
{
    /// <summary>Partners listed per direction and attendee: a briefing is read on paper.</summary>
    public const int MaxPartners = 6;

    public async Task<Briefing> BuildAsync(ChainEvent chainEvent, CancellationToken cancellationToken)
    {
        var (map, _) = await chains.GetAsync(chainEvent.Chain, null, cancellationToken);
        var snapshot = map.Snapshot;
        var segmentsOf = new Dictionary<int, List<SegmentFigures>>();
        foreach (var segment in map.Segments)
        {
            foreach (var enterprise in segment.NationalEnterprises)
            {
                (segmentsOf.TryGetValue(enterprise, out var list) ? list : segmentsOf[enterprise] = []).Add(segment);
            }
        }

        var context = new Context(map, snapshot, segmentsOf, map.Anchors.ToHashSet());
        var attendees = new List<Briefing.AttendeeBrief>();
        var unresolved = new List<string>();
        foreach (var attendee in chainEvent.Attendees)
        {
            if (attendee.EnterpriseKey is { } key && snapshot.Find(new NodeRef(NodeKind.Enterprise, key)) is { } node)
            {
                attendees.Add(Brief(attendee.InputName, node, context));
            }
            else
            {
                unresolved.Add(attendee.InputName);
            }
        }

        return new Briefing(chainEvent.Id, chainEvent.Name, chainEvent.Date, map.Chain.Id, map.Chain.Name, map.Region, map.Summary,
            map.Gaps().Select(g => $"{g.Segment}（{StatusLabel(g.Status)}{(g.Urgent ? "·急需" : "")}）").ToArray(), attendees, unresolved, clock.GetUtcNow());
    }

    public static string StatusLabel(SegmentStatus status) => status switch
    {
        SegmentStatus.Missing => "缺失",
        SegmentStatus.Weak => "薄弱",
        _ => "较强",
    };

    private static Briefing.AttendeeBrief Brief(string inputName, int node, Context context)
    {
        var snapshot = context.Snapshot;
        var enterprise = snapshot.Node(node);
        var segments = context.SegmentsOf.GetValueOrDefault(node) ?? [];
        var positions = segments.Select(s => new Briefing.Position(s.SegmentId, s.Segment, s.Stage, s.Status, s.Lq)).ToArray();
        var supply = DirectPartners(node, Direction.Out, context).Concat(SegmentPartners(segments, downstream: true, context));
        var buy = DirectPartners(node, Direction.In, context).Concat(SegmentPartners(segments, downstream: false, context));
        var couldSupply = Distinct(supply, enterprise.Key);
        var couldBuy = Distinct(buy, enterprise.Key);
        var gaps = segments.Where(s => s.Status != SegmentStatus.Strong)
            .Select(s => $"{s.Segment}（本地{StatusLabel(s.Status)}，区位熵 {(s.Lq is { } lq ? lq.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "—")}）").ToArray();
        var isLocal = context.Map.Region.Contains(enterprise.Property(EnterpriseProps.RegionCode));
        return new Briefing.AttendeeBrief(inputName, enterprise.Key, enterprise.Name, PlaceNames.Known(enterprise.Property(EnterpriseProps.Province)), PlaceNames.Known(enterprise.Property(EnterpriseProps.City)),
            enterprise.Tags, isLocal, positions, couldSupply, couldBuy, gaps,
            TalkingPoints.For(enterprise, isLocal, positions, couldSupply, couldBuy, context.Map.Region.CompareName));
    }

    // Observed SUPPLIES facts with local enterprises: Out = the attendee supplies them, In = they supply the attendee.
    private static IEnumerable<Briefing.Partner> DirectPartners(int node, Direction direction, Context context)
    {
        foreach (var edge in context.Snapshot.Edges(node, RelType.Supplies, direction))
        {
            var other = edge.Other(node);
            if (context.Map.Region.Contains(context.Snapshot.Node(other).Property(EnterpriseProps.RegionCode)))
            {
                var segment = context.SegmentsOf.GetValueOrDefault(other)?.FirstOrDefault()?.Segment ?? "";
                yield return new Briefing.Partner(context.Snapshot.Node(other).Key, context.Snapshot.Name(other), context.Anchors.Contains(other), segment,
                    $"已有供应关系（{(edge.Since is { } since ? $"{since:yyyy-MM-dd} 起，" : "")}来源：{SourceLabels.ShortTitleOf(edge.Provenance.Source, edge.Provenance.Reference)}）");
            }
        }
    }

    // Local enterprises in the segments the attendee's segments feed (downstream) or that feed them (upstream); anchors first.
    private static IEnumerable<Briefing.Partner> SegmentPartners(IReadOnlyList<SegmentFigures> segments, bool downstream, Context context)
    {
        var ids = segments.Select(s => s.SegmentId).ToHashSet(StringComparer.Ordinal);
        var partners = downstream
            ? context.Map.Segments.Where(t => segments.Any(s => s.Feeds.Contains(t.SegmentId)))
            : context.Map.Segments.Where(t => t.Feeds.Any(ids.Contains));
        return partners
            .SelectMany(t => t.LocalEnterprises.Select(e => (Segment: t, Enterprise: e)))
            .OrderByDescending(x => context.Anchors.Contains(x.Enterprise))
            .Select(x => new Briefing.Partner(context.Snapshot.Node(x.Enterprise).Key, context.Snapshot.Name(x.Enterprise), context.Anchors.Contains(x.Enterprise), x.Segment.Segment,
                downstream ? $"本企业环节供给「{x.Segment.Segment}」" : $"「{x.Segment.Segment}」供给本企业环节"));
    }

    private static Briefing.Partner[] Distinct(IEnumerable<Briefing.Partner> partners, string self) =>
        partners.Where(p => p.Key != self).DistinctBy(p => p.Key).Take(MaxPartners).ToArray();

    private sealed record Context(ChainMap Map, GraphSnapshot Snapshot, Dictionary<int, List<SegmentFigures>> SegmentsOf, HashSet<int> Anchors);
}

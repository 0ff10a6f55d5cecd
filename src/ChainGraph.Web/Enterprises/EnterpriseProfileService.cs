using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Web.Site;
using ChainGraph.Web.Targets;

namespace ChainGraph.Web.Enterprises;

/// <summary>
/// Builds enterprise profiles from the store (node and its relationships with provenance) and
/// names the other ends from the snapshot. Lookup: key or code first, then exact normalized name,
/// else the store's search gives suggestions, else near matches from the <see cref="NameIndex"/>.
/// Facts, relations and sources are put in words here (codes, file names and internal keys stay out of the page).
/// </summary>
public sealed class EnterpriseProfileService(IGraphStore store, IGraphSnapshotProvider snapshots)
{
    /// <summary>Relationships listed per profile; hubs with thousands of links are cut to the first ones by type.</summary>
    public const int MaxLinks = 400;

    /// <summary>Neighbours drawn in the relationship graph view (more is unreadable on a page).</summary>
    public const int MaxGraphNeighbours = 36;

    /// <summary>Business partners drawn before the enterprise's segments, industries and products (so the graph shows all kinds).</summary>
    public const int MaxGraphPartners = 24;

    public const int MaxSuggestions = 10;

    private static readonly Dictionary<string, string> s_labels = new(StringComparer.Ordinal)
    {
        [EnterpriseProps.FullName] = "全称", [EnterpriseProps.StockCode] = "股票代码", [EnterpriseProps.CreditCode] = "统一社会信用代码",
        [EnterpriseProps.Exchange] = "交易所", [EnterpriseProps.ListDate] = "上市日期", [EnterpriseProps.Founded] = "成立日期",
        [EnterpriseProps.RegisteredCapital] = "注册资本", [EnterpriseProps.Province] = "省份", [EnterpriseProps.City] = "城市",
        [EnterpriseProps.County] = "区县", [EnterpriseProps.RegionCode] = "行政区划代码", [EnterpriseProps.LocationBasis] = "定位依据",
        ["note"] = "备注",
    };

    private static readonly string[] s_codeFields = [EnterpriseProps.StockCode, EnterpriseProps.CreditCode, EnterpriseProps.Exchange];
    private static readonly string[] s_locationFields = [EnterpriseProps.Province, EnterpriseProps.City, EnterpriseProps.County, EnterpriseProps.RegionCode, EnterpriseProps.LocationBasis];

    public async Task<EnterpriseLookup> FindAsync(string idOrName, CancellationToken cancellationToken)
    {
        var text = idOrName.Trim();
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var node = await store.GetNodeAsync(new NodeRef(NodeKind.Enterprise, text), cancellationToken);
        if (node is null)
        {
            var byName = snapshot.FindByName(text, NodeKind.Enterprise);
            if (byName.Count != 1)
            {
                var hits = byName.Count > 1
                    ? byName.Take(MaxSuggestions).Select(i => snapshot.Node(i)).ToArray()
                    : await store.SearchAsync(text, NodeKind.Enterprise, MaxSuggestions, cancellationToken);
                if (hits.Count == 0)
                {
                    hits = NameIndex.For(snapshot).Suggest(text, MaxSuggestions, SiteSearch.MinSimilarity).Select(x => x.Node).ToArray();
                }

                return new EnterpriseLookup(null, hits.Select(Summarize).ToArray());
            }

            node = snapshot.Node(snapshot.Canonical(byName[0]));
        }

        var edges = await store.GetEdgesAsync(node.Ref, cancellationToken);
        return new EnterpriseLookup(Build(node, edges, snapshot), []);
    }

    public async Task<IReadOnlyList<EnterpriseSummary>> SearchAsync(string text, int limit, CancellationToken cancellationToken) =>
        (await store.SearchAsync(text, NodeKind.Enterprise, limit, cancellationToken)).Select(Summarize).ToArray();

    public static EnterpriseSummary Summarize(GraphNode node) =>
        new(node.Key, EnterpriseCodes.Display(node.Key, node), node.Name, Core.Regions.PlaceNames.Known(node.Property(EnterpriseProps.Province)),
            Core.Regions.PlaceNames.Known(node.Property(EnterpriseProps.City)), node.Tags);

    private static EnterpriseProfile Build(GraphNode node, IReadOnlyList<GraphEdge> edges, GraphSnapshot snapshot)
    {
        var links = edges.Select(e => ToLink(node.Ref, e, snapshot)).ToArray();
        var industries = links.Where(l => l.Type is "IN_INDUSTRY" or "ACTIVE_IN").ToArray();
        var products = links.Where(l => l.Type == "MAKES").OrderByDescending(l => l.Weight ?? 0).ToArray();
        var segments = links.Where(l => l.Type is "IN_SEGMENT" or "ANCHORS").ToArray();
        var relationships = links.Where(l => l.Type is not ("IN_INDUSTRY" or "ACTIVE_IN" or "MAKES" or "IN_SEGMENT" or "ANCHORS" or "LOCATED_IN"))
            .OrderBy(l => l.Type, StringComparer.Ordinal).ThenBy(l => l.OtherName, StringComparer.Ordinal).Take(MaxLinks).ToArray();

        return new EnterpriseProfile(
            node.Key,
            EnterpriseCodes.Display(node.Key, node),
            node.Name,
            node.Aliases,
            node.Tags,
            Facts(node, s_codeFields),
            Facts(node, s_locationFields),
            Facts(node, node.Properties.Keys.Except(s_codeFields).Except(s_locationFields).Where(s_labels.ContainsKey)),
            industries,
            products,
            segments,
            relationships,
            GraphOf(node, relationships.Where(IsBusinessLink).Take(MaxGraphPartners).Concat(segments).Concat(industries).Concat(products.Take(6))
                .Concat(relationships.Where(IsBusinessLink).Skip(MaxGraphPartners)).Concat(relationships.Where(l => !IsBusinessLink(l)))),
            SourceOf(node.Provenance));
    }

    // Business partners first in the graph (the view is capped at MaxGraphNeighbours): patents and mentions come last.
    private static bool IsBusinessLink(EnterpriseProfile.Link link) =>
        GraphNames.TryParseRelType(link.Type, out var type) && GraphNames.EnterpriseLinks.Contains(type);

    /// <summary>How each way of locating an enterprise (see EnterpriseLocator, AnchorResolver) reads on the page.</summary>
    private static readonly Dictionary<string, string> s_locationBases = new(StringComparer.Ordinal)
    {
        ["fullName"] = "由企业全称推断", ["name"] = "由企业简称推断", ["supplement"] = "人工补充的注册地",
        ["plan"] = "招商规划文件", [EnterpriseProps.Unknown] = "未能定位",
    };

    private static EnterpriseProfile.Source SourceOf(Provenance provenance)
    {
        var label = SourceLabels.Of(provenance.Source, provenance.Reference);
        return new EnterpriseProfile.Source(label.Title, label.Record, provenance.FetchedAt);
    }

    private static EnterpriseProfile.Fact[] Facts(GraphNode node, IEnumerable<string> fields) => fields
        .Select(f => (Field: f, Value: node.Property(f)))
        .Where(f => !string.IsNullOrEmpty(f.Value))
        .Select(f => new EnterpriseProfile.Fact(f.Field, s_labels.GetValueOrDefault(f.Field, f.Field), Display(f.Field, f.Value!)))
        .ToArray();

    private static string Display(string field, string value) => field switch
    {
        EnterpriseProps.LocationBasis => s_locationBases.GetValueOrDefault(value, value),
        _ when value == EnterpriseProps.Unknown => "不详",
        _ => value,
    };

    private static EnterpriseProfile.Link ToLink(NodeRef self, GraphEdge edge, GraphSnapshot snapshot)
    {
        var outgoing = edge.From == self;
        var other = outgoing ? edge.To : edge.From;
        var name = snapshot.Find(other) is { } index ? snapshot.Name(index) : other.Key;
        return new EnterpriseProfile.Link(
            edge.Type.Name(), RelationLabels.Of(edge.Type, outgoing), outgoing ? "out" : "in", other.Kind.Label(), NodeKindLabels.Of(other.Kind), other.Key, name,
            string.IsNullOrEmpty(edge.Qualifier) ? null : edge.Qualifier, edge.Weight, edge.Since, SourceOf(edge.Provenance));
    }

    private static EnterpriseProfile.GraphView GraphOf(GraphNode center, IEnumerable<EnterpriseProfile.Link> links)
    {
        var centerId = center.Ref.ToString();
        var nodes = new Dictionary<string, EnterpriseProfile.GraphNodeView>(StringComparer.Ordinal)
        {
            [centerId] = new(centerId, center.Name, center.Kind.Label(), NodeKindLabels.Of(center.Kind), true, center.Key),
        };
        var graphLinks = new List<EnterpriseProfile.GraphLinkView>();
        foreach (var link in links)
        {
            var id = $"{link.OtherKind}:{link.OtherKey}";
            if (!nodes.ContainsKey(id))
            {
                if (nodes.Count > MaxGraphNeighbours)
                {
                    continue;
                }

                nodes[id] = new(id, link.OtherName, link.OtherKind, link.OtherKindLabel, false, link.OtherKind == NodeKind.Enterprise.Label() ? link.OtherKey : null);
            }

            var sourceEnd = RelationLabels.Of(GraphNames.ParseRelType(link.Type), outgoing: true);
            graphLinks.Add(link.Direction == "out" ? new(centerId, id, link.Type, sourceEnd) : new(id, centerId, link.Type, sourceEnd));
        }

        return new EnterpriseProfile.GraphView(nodes.Values.ToArray(), graphLinks);
    }
}

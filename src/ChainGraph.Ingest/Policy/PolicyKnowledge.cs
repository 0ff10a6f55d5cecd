using ChainGraph.Core.Model;
using ChainGraph.Core.Regions;
using ChainGraph.Core.Store;
using ChainGraph.Ingest.Resolution;

namespace ChainGraph.Ingest.Policy;

/// <summary>
/// What the graph already knows, prepared for reading a document: resolvers for enterprises,
/// funds and chains, and the dictionary of names to look for in the text (enterprise names of
/// at least <see cref="MinEnterpriseNameLength"/> characters, every alias of an anchor (链主),
/// fund and chain names, and place names from the gazetteer for the regions in the store).
/// </summary>
public sealed class PolicyKnowledge
{
    /// <summary>Shorter enterprise names (平高, 天管) are only looked for when they belong to an anchor: short names are too often ordinary words.</summary>
    public const int MinEnterpriseNameLength = 4;

    // Macro-regions plans name that are no GB/T 2260 division: reported as unresolved region mentions.
    private static readonly string[] s_macroRegions = ["京津冀", "长三角", "珠三角", "粤港澳大湾区", "粤港澳", "成渝", "环渤海", "长江经济带", "雄安新区"];

    // Place short names that are ordinary words or company-name parts (东方财信 is not in 东方市).
    private static readonly HashSet<string> s_ambiguousPlaceNames =
    [
        "东方", "永安", "新华", "长安", "开平", "通化", "华容", "太平", "和平", "南方", "北方", "中原", "江南", "城中", "城区", "郊区", "矿区",
        "新城", "高新", "开发", "大同", "长治", "白山", "安康", "新区", "中山", "宝山", "普陀", "鼓楼", "青山", "东区", "西区", "南区", "北区",
    ];

    private PolicyKnowledge(Dictionary<NodeKind, EntityResolver> resolvers, NameDictionary names, IReadOnlyDictionary<string, string> regionCodes)
    {
        Resolvers = resolvers;
        Names = names;
        RegionCodes = regionCodes;
    }

    public IReadOnlyDictionary<NodeKind, EntityResolver> Resolvers { get; }

    public NameDictionary Names { get; }

    /// <summary>Place name → region code, for regions that exist as nodes.</summary>
    public IReadOnlyDictionary<string, string> RegionCodes { get; }

    public static async Task<PolicyKnowledge> LoadAsync(IGraphStore store, RegionGazetteer gazetteer, CancellationToken cancellationToken)
    {
        var byKind = new Dictionary<NodeKind, List<GraphNode>> { [NodeKind.Enterprise] = [], [NodeKind.Fund] = [], [NodeKind.Chain] = [] };
        var regionKeys = new HashSet<string>(StringComparer.Ordinal);
        var known = new List<KnownName>();
        await foreach (var stored in store.ReadNodesAsync(cancellationToken))
        {
            var node = stored.Node;
            if (node.Kind == NodeKind.Region)
            {
                regionKeys.Add(node.Key);
                continue;
            }

            // A duplicate marked sameAs is represented by the company it is (which carries its names as aliases).
            if (!byKind.TryGetValue(node.Kind, out var list) || node.Property(EnterpriseProps.SameAs) is not null)
            {
                continue;
            }

            list.Add(node);
            var kind = node.Kind switch { NodeKind.Fund => MentionKind.Fund, NodeKind.Chain => MentionKind.Chain, _ => MentionKind.Enterprise };
            var minLength = node.Kind != NodeKind.Enterprise || node.Tags.Contains(EnterpriseTags.Anchor) ? 2 : MinEnterpriseNameLength;
            foreach (var name in new[] { node.Name, node.Property(EnterpriseProps.FullName) }.Concat(node.Aliases))
            {
                // Names ending in 企业 (链主企业, 龙头企业) are categories that entity extraction upstream took for companies.
                if (name is { } text && text.Length >= minLength && !text.EndsWith("企业", StringComparison.Ordinal)
                    && !(minLength == MinEnterpriseNameLength && text.Length <= 4 && MentionPatterns.IsGenericEnterpriseWord(text)))
                {
                    known.Add(new KnownName(text, kind, node.Ref));
                }
            }
        }

        var regionCodes = RegionNames(gazetteer, regionKeys);
        known.AddRange(regionCodes.Select(r => new KnownName(r.Key, MentionKind.Region, new NodeRef(NodeKind.Region, r.Value))));
        // Macro-regions carry an empty key: found as mentions, reported unresolved.
        known.AddRange(s_macroRegions.Select(r => new KnownName(r, MentionKind.Region, new NodeRef(NodeKind.Region, ""))));
        var resolvers = byKind.ToDictionary(kv => kv.Key, kv => new EntityResolver(kv.Value));
        return new PolicyKnowledge(resolvers, new NameDictionary(known), regionCodes);
    }

    private static Dictionary<string, string> RegionNames(RegionGazetteer gazetteer, HashSet<string> inStore)
    {
        // Higher levels first: 北京市 is both the province (11) and its city (1101); the province wins.
        // Two divisions of the same level with one name (朝阳区 in Beijing and Changchun) are left out as ambiguous.
        var names = new Dictionary<string, (string Code, int Level)>(StringComparer.Ordinal);
        var duplicates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var region in gazetteer.Regions.Where(r => inStore.Contains(r.Code) && !(r.Level == 3 && IsOutsideMainland(r.Code))).OrderBy(r => r.Level))
        {
            var candidates = region.Level <= 2 ? new[] { region.Name, region.ShortName } : [region.Name];
            foreach (var name in candidates.Where(n => n.Length >= (region.Level <= 2 ? 2 : 3) && !s_ambiguousPlaceNames.Contains(n) && n is not ("市辖区" or "县" or "省直辖县级行政区划")))
            {
                if (!names.TryAdd(name, (region.Code, region.Level)) && names[name].Level == region.Level && names[name].Code != region.Code)
                {
                    duplicates.Add(name);
                }
            }
        }

        return names.Where(n => !duplicates.Contains(n.Key)).ToDictionary(n => n.Key, n => n.Value.Code, StringComparer.Ordinal);
    }

    // Districts of Hong Kong, Macao and Taiwan (codes 71, 81, 82) have names that read as ordinary words in mainland plans (大园区).
    private static bool IsOutsideMainland(string code) => code.StartsWith("71", StringComparison.Ordinal) || code.StartsWith("81", StringComparison.Ordinal) || code.StartsWith("82", StringComparison.Ordinal);
}

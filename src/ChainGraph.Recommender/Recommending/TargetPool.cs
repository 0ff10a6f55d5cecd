using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Core.Text;

namespace ChainGraph.Recommender.Recommending;

/// <summary>
/// Who can be a 招商 target, judged once per snapshot and home region: a company (not a university, an agency, a
/// phrase such as 中国供应商 or a duplicate node), registered in mainland China, not in the home region and without
/// a plant or subsidiary there already. Risk flags (ST, *ST, 退市) are read from the listing name and shown; they
/// disqualify only when <see cref="TargetFilter.ExcludeRisk"/> asks.
/// </summary>
public sealed class TargetPool
{
    private static readonly string[] s_institutionEndings = ["大学", "学院", "学校", "研究所", "研究院", "政府", "委员会", "管理局", "协会", "联盟", "医院"];

    // Generic nouns a news extractor returns for "some company" (中国供应商, 国内车企, 某新能源企业): not one enterprise.
    private static readonly string[] s_genericEndings = ["供应商", "厂商", "企业", "车企", "客户", "品牌", "厂家", "巨头", "机构", "部门", "龙头", "同行", "用户", "伙伴", "们", "App", "APP"];

    // Registered forms that make a name a legal entity even when it ends like a generic noun (…合伙企业).
    private static readonly string[] s_legalEndings = ["有限公司", "股份公司", "合伙企业", "有限责任公司", "集团"];

    // Trailing words of short names that do not identify the firm (金发科技 → 金发), for spotting 天津金发新材料.
    private static readonly string[] s_genericTails = ["科技", "股份", "集团", "控股", "电气", "电子", "新材", "材料", "实业", "发展", "技术", "智能", "能源", "环保", "医药", "药业", "生物", "重工", "机械", "装备", "电器", "通信", "信息", "精工", "工业"];

    private readonly GraphSnapshot _snapshot;
    private readonly HomeRegion _home;
    private readonly string[] _homePlaces;
    private readonly (string[] Remainders, int[] Locals, int[] Orders) _localNames;
    private readonly TargetCheck?[] _checks;
    private readonly HashSet<int> _sited;

    public TargetPool(GraphSnapshot snapshot, HomeRegion home)
    {
        _snapshot = snapshot;
        _home = home;
        _homePlaces = HomePlaceNames(home.CompareName);
        _checks = new TargetCheck?[snapshot.NodeCount];
        _sited = SitedAnchors(snapshot, home);
        _localNames = LocalNames();
    }

    public HomeRegion Home => _home;

    /// <summary>The verdict on <paramref name="enterprise"/> (computed once per snapshot).</summary>
    public TargetCheck Check(int enterprise) => _checks[enterprise] ??= Judge(enterprise);

    /// <summary>True when <paramref name="enterprise"/> may be shown under <paramref name="filter"/>.</summary>
    public bool Eligible(int enterprise, TargetFilter filter) => Check(enterprise).Disqualification(filter) is null;

    /// <summary>A university, school, research institute, agency or hospital (unless its full name is a company's).</summary>
    public static bool IsInstitution(GraphNode enterprise) =>
        s_institutionEndings.Any(e => enterprise.Name.EndsWith(e, StringComparison.Ordinal))
        && enterprise.Property(EnterpriseProps.FullName)?.EndsWith("公司", StringComparison.Ordinal) != true;

    /// <summary>A generic phrase rather than one enterprise: 中国供应商, 某大型钢铁企业, 美团App.</summary>
    public static bool IsPhrase(GraphNode enterprise)
    {
        var name = enterprise.Name;
        if (name.Contains('某', StringComparison.Ordinal))
        {
            return true;
        }

        return s_genericEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal))
            && !s_legalEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal) || enterprise.Property(EnterpriseProps.FullName)?.EndsWith(e, StringComparison.Ordinal) == true);
    }

    /// <summary>ST, *ST or 退市 from an A-share listing name (风险警示 and delisting marks), else null.</summary>
    public static string? RiskOf(string name) =>
        name.StartsWith("*ST", StringComparison.Ordinal) || name.StartsWith("S*ST", StringComparison.Ordinal) ? "*ST"
        : name.StartsWith("ST", StringComparison.Ordinal) || name.StartsWith("SST", StringComparison.Ordinal) ? "ST"
        : name.StartsWith("退市", StringComparison.Ordinal) || name.EndsWith("退", StringComparison.Ordinal) ? "退市"
        : null;

    /// <summary>
    /// Registered in mainland China: a GB/T 2260 code of provinces 11–65, or an A-share code (.SH/.SZ/.BJ) whose
    /// exact location the data lacks. Hong Kong (81), Macao (82), Taiwan (71) and unknown locations are not.
    /// </summary>
    public static bool IsMainland(GraphNode enterprise)
    {
        if (enterprise.Property(EnterpriseProps.RegionCode) is { Length: >= 2 } code && int.TryParse(code.AsSpan(0, 2), out var province))
        {
            return province is >= 11 and <= 65;
        }

        return enterprise.Property(EnterpriseProps.StockCode) is { } stock
            && (stock.EndsWith(".SH", StringComparison.Ordinal) || stock.EndsWith(".SZ", StringComparison.Ordinal) || stock.EndsWith(".BJ", StringComparison.Ordinal));
    }

    private TargetCheck Judge(int n)
    {
        var node = _snapshot.Node(n);
        return new TargetCheck(
            IsCompany: !IsInstitution(node) && !IsPhrase(node),
            IsDuplicate: node.Property(EnterpriseProps.SameAs) is not null,
            IsMainland: IsMainland(node),
            IsLocal: IsLocal(n),
            LocalPresence: IsLocal(n) ? null : PresenceOf(n),
            Risk: RiskOf(node.Name));
    }

    private bool IsLocal(int n) => _home.Contains(_snapshot.Node(n).Property(EnterpriseProps.RegionCode)) || _sited.Contains(n);

    // Anchors a plan places in the home region (ANCHORS siteRegion, e.g. 平高's Dongli base) are local, as on the chain map.
    private static HashSet<int> SitedAnchors(GraphSnapshot snapshot, HomeRegion home)
    {
        var sited = new HashSet<int>();
        foreach (var chain in snapshot.NodesOf(NodeKind.Chain))
        {
            foreach (var e in snapshot.InEdges(chain))
            {
                if (snapshot.EdgeType(e) == RelType.Anchors && snapshot.EdgeProperties(e).TryGetValue(ChainMapCalculator.SiteRegionProperty, out var site) && home.Contains(site))
                {
                    sited.Add(snapshot.EdgeFrom(e));
                }
            }
        }

        return sited;
    }

    /// <summary>
    /// A local enterprise that is the candidate's: one it controls, invests in or formed a joint venture as, or one
    /// named after the home region plus the candidate's distinctive name (天津 + 金发 → 天津金发新材料有限公司).
    /// </summary>
    private string? PresenceOf(int n)
    {
        foreach (var e in _snapshot.OutEdges(n))
        {
            if (_snapshot.EdgeType(e) is RelType.Controls or RelType.Invests or RelType.JointVenture && IsLocal(_snapshot.EdgeTo(e)))
            {
                return _snapshot.Name(_snapshot.EdgeTo(e));
            }
        }

        foreach (var stem in Stems(_snapshot.Node(n)))
        {
            // The local names starting with the stem are one run of the sorted index; of them, the one recorded first
            // (as a scan in recording order would find), never the enterprise itself.
            var (remainders, locals, orders) = _localNames;
            var at = Array.BinarySearch(remainders, stem, StringComparer.Ordinal);
            var best = -1;
            for (var i = at >= 0 ? at : ~at; i < remainders.Length && remainders[i].StartsWith(stem, StringComparison.Ordinal); i++)
            {
                if (locals[i] != n && (best < 0 || orders[i] < orders[best]))
                {
                    best = i;
                }
            }

            if (best >= 0)
            {
                return _snapshot.Name(locals[best]);
            }
        }

        return null;
    }

    // The local enterprises' names without their place, sorted (ordinal), with their enterprise and the order they were
    // recorded in (the first enterprise of a name keeps it): a prefix look-up is a binary search, not a scan of every
    // local enterprise per target (at a city's size, a third of a recommendation).
    private (string[] Remainders, int[] Locals, int[] Orders) LocalNames()
    {
        var recorded = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var n in _snapshot.NodesOf(NodeKind.Enterprise))
        {
            if (IsLocal(n))
            {
                foreach (var name in Names(_snapshot.Node(n)))
                {
                    if (StripPlace(NameNormalizer.Normalize(name)) is { Length: >= 2 } remainder)
                    {
                        recorded.TryAdd(remainder, n);
                    }
                }
            }
        }

        var entries = recorded.Select((kv, order) => (kv.Key, kv.Value, order)).ToArray();
        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return (entries.Select(e => e.Key).ToArray(), entries.Select(e => e.Value).ToArray(), entries.Select(e => e.order).ToArray());
    }

    private static IEnumerable<string> Stems(GraphNode node)
    {
        var name = NameNormalizer.Normalize(node.Name);
        var tail = s_genericTails.FirstOrDefault(t => name.EndsWith(t, StringComparison.Ordinal) && name.Length - t.Length >= 2);
        yield return tail is null ? name : name[..^tail.Length];
    }

    private string StripPlace(string normalized)
    {
        foreach (var place in _homePlaces)
        {
            if (normalized.StartsWith(place, StringComparison.Ordinal))
            {
                return normalized[place.Length..];
            }
        }

        return "";
    }

    private static IEnumerable<string> Names(GraphNode node) => new[] { node.Name, node.Property(EnterpriseProps.FullName) }.Where(n => n is { Length: > 0 })!;

    // 天津市 → 天津市, 天津; 山东省聊城市 → 山东省聊城市, 聊城市, 聊城 (longest first).
    private static string[] HomePlaceNames(string compareName)
    {
        var names = new List<string> { compareName };
        var last = compareName;
        foreach (var level in new[] { "省", "自治区" })
        {
            var i = last.IndexOf(level, StringComparison.Ordinal);
            if (i >= 0 && i + level.Length < last.Length)
            {
                last = last[(i + level.Length)..];
                names.Add(last);
            }
        }

        foreach (var suffix in new[] { "市", "地区", "自治州", "盟", "区", "县" })
        {
            if (last.EndsWith(suffix, StringComparison.Ordinal) && last.Length - suffix.Length >= 2)
            {
                names.Add(last[..^suffix.Length]);
                break;
            }
        }

        return names.Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length).ToArray();
    }
}

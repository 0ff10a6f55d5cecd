using System.Text.RegularExpressions;

namespace ChainGraph.Ingest.Policy;

/// <summary>
/// The phrasings Chinese plans use to name entities, found without a dictionary:
/// enumerations closed by 等 and a head noun (与中汽中心、国网、平高等企业; 发挥海河、中丽等基金作用;
/// 围绕高端装备、新材料等优势产业), and names directly before 基金 or 产业链 (陆石基金, 新材料产业链).
/// The connective that precedes the first item (与, 对接, 发挥, 围绕 …) is cut off.
/// </summary>
public static partial class MentionPatterns
{
    private static readonly string[] s_connectives =
    [
        "加强与", "同步对接", "对接", "聚焦", "围绕", "发挥", "依托", "瞄准", "引进", "引入", "支持", "推动", "鼓励", "包括", "重点", "学习", "选派", "优化", "不断", "前往",
        "赴", "以", "与", "和", "同", "向", "对", "在", "由", "将", "把", "及", "的", "是",
    ];

    // Generic words that make "X基金" or "X产业链" a category, not a name (产业基金, 主导产业链).
    private static readonly string[] s_genericFund = ["产业", "投资", "引导", "政府", "股权", "创业", "发展", "专项", "天使", "风险", "各类", "相关", "设立", "社会", "基础", "保障", "子", "母", "专业", "金融", "资本"];

    private static readonly string[] s_genericChain = ["主导", "重点", "优势", "相关", "上下游", "整个", "全", "各", "本地", "地方", "特色", "新兴", "传统", "条", "链上", "延伸", "完善", "打造", "我区", "我市", "全市", "全区", "现代"];

    // Words of actions and policy items, not of company names (载体租金减免、扶持资金拨付等企业关注重点).
    private static readonly string[] s_notEnterprise = ["资金", "政策", "项目", "服务", "管理", "建设", "减免", "拨付", "发展", "需求", "租金", "改造", "升级", "合作", "招商", "载体", "平台", "机构", "投资"];

    // A chain is named by its industry: the name must end like one (新材料, 生物医药, 轨道交通装备).
    private static readonly string[] s_industryEndings =
    [
        "装备", "材料", "医药", "器械", "汽车", "技术", "电子", "信息", "能源", "化工", "钢铁", "制造", "航天", "航空", "交通", "设备",
        "芯片", "半导体", "软件", "物流", "食品", "纺织", "光伏", "储能", "机器人", "电池", "通信", "制药", "健康", "石化", "冶金", "汽车零部件",
    ];

    public static IEnumerable<MentionCandidate> Find(string sentence)
    {
        foreach (Match match in Enumeration().Matches(sentence))
        {
            var kind = KindOf(match.Groups["noun"].Value);
            if (kind is null)
            {
                continue;
            }

            var items = match.Groups["items"].Value.Split('、');
            items[0] = StripConnective(items[0]);
            foreach (var item in items.SelectMany(SplitConjunction))
            {
                if (IsName(item, kind.Value))
                {
                    yield return new MentionCandidate(item, kind.Value, sentence);
                }
            }
        }

        foreach (Match match in FundName().Matches(sentence))
        {
            var name = StripConnective(match.Groups[1].Value.TrimEnd('等'));
            if (IsName(name, MentionKind.Fund))
            {
                yield return new MentionCandidate(name, MentionKind.Fund, sentence);
            }
        }

        foreach (Match match in ChainName().Matches(sentence))
        {
            var name = StripConnective(match.Groups[1].Value);
            if (IsName(name, MentionKind.Chain))
            {
                yield return new MentionCandidate(name, MentionKind.Chain, sentence);
            }
        }
    }

    /// <summary>Whether a short name is made of policy words (资金, 项目, 投资机构) rather than a company's name.</summary>
    public static bool IsGenericEnterpriseWord(string text) => s_notEnterprise.Any(w => text.Contains(w, StringComparison.Ordinal));

    private static MentionKind? KindOf(string noun) => noun switch
    {
        "企业" or "公司" or "集团" or "单位" => MentionKind.Enterprise,
        "基金" => MentionKind.Fund,
        "产业" or "产业链" or "领域" or "行业" => MentionKind.Chain,
        "地区" or "区域" or "城市" or "省市" => MentionKind.Region,
        _ => null,
    };

    private static string StripConnective(string text)
    {
        var best = -1;
        var length = 0;
        foreach (var connective in s_connectives)
        {
            var at = text.LastIndexOf(connective, StringComparison.Ordinal);
            if (at >= 0 && at + connective.Length < text.Length && at + connective.Length > best + length)
            {
                best = at;
                length = connective.Length;
            }
        }

        return (best >= 0 ? text[(best + length)..] : text).Trim();
    }

    private static IEnumerable<string> SplitConjunction(string item) =>
        item.Length > 5 && item.IndexOfAny(['和', '及']) is var at and > 1 && at < item.Length - 2
            ? [item[..at], item[(at + 1)..]]
            : [item];

    private static bool IsName(string text, MentionKind kind)
    {
        if (text.Length is < 2 or > 16 || s_connectives.Contains(text) || !text.All(c => char.IsLetterOrDigit(c) || c is '(' or ')' or '·') || !text.Any(c => c >= '\u4E00' && c <= '\u9FFF'))
        {
            return false;
        }

        return kind switch
        {
            MentionKind.Fund => !s_genericFund.Any(g => text.Contains(g, StringComparison.Ordinal)) && text.Length <= 8,
            MentionKind.Chain => !s_genericChain.Any(g => text.StartsWith(g, StringComparison.Ordinal)) && !char.IsDigit(text[0])
                && s_industryEndings.Any(e => text.EndsWith(e, StringComparison.Ordinal)),
            MentionKind.Enterprise => !IsGenericEnterpriseWord(text),
            MentionKind.Region => text.Length <= 6,
            _ => true,
        };
    }

    [GeneratedRegex(@"(?<items>(?:[^,。;:、""“”《》()\s]{1,24}、)+[^,。;:、""“”《》()\s]{1,24})等(?:[^,。;、]{0,5}?)(?<noun>企业|公司|集团|单位|基金|产业链|产业|领域|行业|地区|区域|城市|省市)")]
    private static partial Regex Enumeration();

    [GeneratedRegex(@"([\u4E00-\u9FFF]{2,8})基金")]
    private static partial Regex FundName();

    [GeneratedRegex(@"([\u4E00-\u9FFF]{2,10})产业链")]
    private static partial Regex ChainName();
}

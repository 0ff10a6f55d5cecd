using ChainGraph.Recommender.Recommending;

namespace ChainGraph.Projects.Model;

/// <summary>
/// The Chinese words for every code of the pipeline, in one place for the pages, the CLI, the exports and
/// the validation messages; <see cref="TryParse{T}"/> reads either the code (<c>Signed</c>) or the word (签约).
/// </summary>
public static class ProjectLabels
{
    private static readonly Dictionary<Type, Dictionary<int, string>> s_labels = new()
    {
        [typeof(ProjectStage)] = Labels<ProjectStage>("线索", "接洽", "洽谈", "签约", "注册", "开工", "投产", "运营", "终止"),
        [typeof(ProjectCategory)] = Labels<ProjectCategory>("制造业实体", "服务业实体", "京冀", "央企", "500强", "科技型"),
        [typeof(ChainRole)] = Labels<ChainRole>("补链", "延链", "强链"),
        [typeof(ProjectPriority)] = Labels<ProjectPriority>("一般项目", "重点项目", "重大项目"),
        [typeof(ProjectOrigin)] = Labels<ProjectOrigin>("手工录入", "招商目标名单", "对接会", "企业画像"),
        [typeof(VisitKind)] = Labels<VisitKind>("走访", "回访"),
        [typeof(VisitStatus)] = Labels<VisitStatus>("计划", "已完成", "已取消"),
        [typeof(SupplyDirection)] = Labels<SupplyDirection>("上游供应商", "下游客户"),
        [typeof(AuditAction)] = Labels<AuditAction>("新建项目", "修改信息", "阶段变更", "资金到位", "进展更新", "新建走访", "更新走访"),
    };

    // Other words users write for the same code.
    private static readonly Dictionary<string, object> s_synonyms = new(StringComparer.Ordinal)
    {
        ["落地"] = ProjectStage.Registered,
        ["在谈"] = ProjectStage.Negotiation,
        ["协议谈判"] = ProjectStage.Negotiation,
        ["制造业"] = ProjectCategory.Manufacturing,
        ["服务业"] = ProjectCategory.Services,
        ["科技"] = ProjectCategory.Tech,
        ["一般"] = ProjectPriority.Normal,
        ["重点"] = ProjectPriority.Key,
        ["重大"] = ProjectPriority.Major,
        ["上游"] = SupplyDirection.Upstream,
        ["下游"] = SupplyDirection.Downstream,
    };

    public static string Label<T>(T value) where T : struct, Enum => s_labels[typeof(T)][Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)];

    /// <summary>Every value of <typeparamref name="T"/> with its word, in declaration order (for choices on pages and in help).</summary>
    public static IReadOnlyList<(T Value, string Label)> All<T>() where T : struct, Enum => Enum.GetValues<T>().Select(v => (v, Label(v))).ToArray();

    /// <summary>The words of <typeparamref name="T"/> joined for a message: 线索、接洽、….</summary>
    public static string Choices<T>() where T : struct, Enum => string.Join("、", Enum.GetValues<T>().Select(v => Label(v)));

    /// <summary>Reads a code (case-insensitive) or its Chinese word.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.All(char.IsDigit))
        {
            return false;
        }

        if (Enum.TryParse(trimmed, ignoreCase: true, out value) && Enum.IsDefined(value))
        {
            return true;
        }

        foreach (var (candidate, label) in All<T>())
        {
            if (label == trimmed)
            {
                value = candidate;
                return true;
            }
        }

        if (s_synonyms.TryGetValue(trimmed, out var synonym) && synonym is T typed)
        {
            value = typed;
            return true;
        }

        return false;
    }

    private static Dictionary<int, string> Labels<T>(params string[] labels) where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        if (values.Length != labels.Length)
        {
            throw new InvalidOperationException($"{typeof(T).Name} has {values.Length} values but {labels.Length} labels.");
        }

        return values.Select((v, i) => (Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture), labels[i])).ToDictionary(x => x.Item1, x => x.Item2);
    }
}

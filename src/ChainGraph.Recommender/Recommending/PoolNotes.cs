using ChainGraph.Core.Chains;

namespace ChainGraph.Recommender.Recommending;

/// <summary>The Chinese notes a target list carries: where its candidates come from, who was left out and why, and why it is empty or short.</summary>
internal static class PoolNotes
{
    public static IReadOnlyList<string> Describe(ChainPool pool, PoolSummary summary, RecommendOptions request, HomeRegion home)
    {
        var notes = new List<string>();
        if (pool.Scope.Count > 0)
        {
            notes.Add($"候选范围：{string.Join("；", pool.Scope)}。");
        }

        if (pool.Gap is { } gap)
        {
            notes.Add(gap);
            return notes;
        }

        var left = Excluded(summary, home);
        notes.Add($"链上共{summary.Grounded}家企业，可推荐{summary.Eligible}家{(left.Length > 0 ? $"；未列入：{left}" : "")}。");
        if (summary.RiskFlagged > 0)
        {
            notes.Add($"其中{summary.RiskFlagged}家为ST、*ST或退市风险警示企业，已在名单中标注。");
        }

        if (summary.Eligible == 0)
        {
            notes.Add("没有可推荐的企业：链上企业均不符合招商目标条件（见上）。");
        }
        else if (summary.Eligible < request.Top)
        {
            notes.Add(summary.Grounded < request.Top
                ? $"名单不足{request.Top}家：图谱中这一范围只有{summary.Grounded}家企业。"
                : $"名单不足{request.Top}家：其余链上企业未列入（见上）。");
        }

        return notes;
    }

    private static string Excluded(PoolSummary summary, HomeRegion home)
    {
        var parts = new List<string>();
        foreach (var (why, count) in summary.Excluded.OrderBy(kv => kv.Key))
        {
            parts.Add(why switch
            {
                Disqualification.Local => $"已在{home.CompareName}的{count}家",
                Disqualification.OutsideMainland => $"注册地在境外、港澳台或未知的{count}家",
                Disqualification.LocalPresence => $"已在{home.CompareName}设厂或有子公司的{count}家",
                Disqualification.NotCompany => $"非企业主体（高校、机构、泛称）{count}家",
                Disqualification.Duplicate => $"重复条目{count}家",
                _ => $"风险警示企业{count}家",
            });
        }

        return string.Join("、", parts);
    }
}

using ChainGraph.Projects.Model;

namespace ChainGraph.Projects.Plans;

/// <summary>
/// 履约率, 开工率 and 资金到位率 (the three rates Youxian's plan sets for 重点招商项目: 90%, 80%, 30%), over the
/// cohort of projects that reached 签约 in a year, as the data stands now:
/// <list type="bullet">
/// <item>履约率 = cohort projects that have registered locally (reached 注册) / cohort projects;</item>
/// <item>开工率 = cohort projects that have started work (reached 开工) / cohort projects;</item>
/// <item>资金到位率 = Σ 到位额 / Σ 计划投资额 over the cohort projects that have a 计划投资额.</item>
/// </list>
/// Projects ended (终止) after signing stay in the cohort: a signed project that never landed is a broken
/// agreement. A rate with an empty denominator is null (nothing to measure yet).
/// </summary>
public sealed record PipelineRates(int Signed, int Registered, int Started, decimal Planned, decimal Arrived)
{
    public decimal? PerformanceRate => Signed == 0 ? null : (decimal)Registered / Signed;

    public decimal? StartRate => Signed == 0 ? null : (decimal)Started / Signed;

    public decimal? FundsRate => Planned == 0 ? null : Arrived / Planned;

    public static PipelineRates Of(IEnumerable<Project> projects, int year)
    {
        var cohort = projects.Where(p => p.ReachedOn(ProjectStage.Signed)?.Year == year).ToArray();
        var planned = cohort.Where(p => p.PlannedInvestment is > 0).ToArray();
        return new PipelineRates(
            cohort.Length,
            cohort.Count(p => p.ReachedOn(ProjectStage.Registered) is not null),
            cohort.Count(p => p.ReachedOn(ProjectStage.Started) is not null),
            planned.Sum(p => p.PlannedInvestment!.Value),
            planned.Sum(p => p.FundsTotal));
    }
}

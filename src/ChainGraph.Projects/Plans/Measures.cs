using ChainGraph.Projects.Model;

namespace ChainGraph.Projects.Plans;

/// <summary><c>funds</c>: 到位额 — money that arrived in the year, over all projects (亿元).</summary>
public sealed class FundsMeasure : ITargetMeasure
{
    public string Name => "funds";

    public string Unit => "亿元";

    public bool SelectsProjects => true;

    public decimal? Achieved(PipelineData data, PlanTarget target, int year) =>
        TargetMeasures.Selected(data, target).Sum(p => p.FundsBetween(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));
}

/// <summary><c>projects</c>: 引进项目 — projects that first reached the target's stage (签约 by default) in the year (个).</summary>
public sealed class ProjectsMeasure : ITargetMeasure
{
    public string Name => "projects";

    public string Unit => "个";

    public bool SelectsProjects => true;

    public decimal? Achieved(PipelineData data, PlanTarget target, int year) =>
        TargetMeasures.Selected(data, target).Count(p => p.ReachedOn(target.Stage)?.Year == year);
}

/// <summary><c>signed-investment</c>: 签约投资额 — planned investment of the projects that reached the target's stage in the year (亿元).</summary>
public sealed class SignedInvestmentMeasure : ITargetMeasure
{
    public string Name => "signed-investment";

    public string Unit => "亿元";

    public bool SelectsProjects => true;

    public decimal? Achieved(PipelineData data, PlanTarget target, int year) =>
        TargetMeasures.Selected(data, target).Where(p => p.ReachedOn(target.Stage)?.Year == year).Sum(p => p.PlannedInvestment ?? 0);
}

/// <summary><c>land</c>: 出让产业用地 — parcels granted to projects in the year (宗).</summary>
public sealed class LandMeasure : ITargetMeasure
{
    public string Name => "land";

    public string Unit => "宗";

    public bool SelectsProjects => true;

    public decimal? Achieved(PipelineData data, PlanTarget target, int year) =>
        TargetMeasures.Selected(data, target).Where(p => p.LandOn?.Year == year).Sum(p => p.LandParcels);
}

/// <summary><c>visited-enterprises</c>: 走访企业 — distinct enterprises with a visit done in the year (家).</summary>
public sealed class VisitedEnterprisesMeasure : ITargetMeasure
{
    public string Name => "visited-enterprises";

    public string Unit => "家";

    public bool SelectsProjects => false;

    public decimal? Achieved(PipelineData data, PlanTarget target, int year) =>
        data.Visits.Where(v => v.Status == VisitStatus.Done && v.DoneOn?.Year == year).Select(v => v.EnterpriseKey ?? "name:" + v.EnterpriseName).Distinct().Count();
}

/// <summary><c>performance-rate</c>, <c>start-rate</c>, <c>funds-rate</c>: 履约率, 开工率, 资金到位率 of the projects signed in the year (%; <see cref="PipelineRates"/>).</summary>
public sealed class RateMeasure(string name, Func<PipelineRates, decimal?> rate) : ITargetMeasure
{
    public string Name => name;

    public string Unit => "%";

    public bool SelectsProjects => true;

    public decimal? Achieved(PipelineData data, PlanTarget target, int year) =>
        rate(PipelineRates.Of(TargetMeasures.Selected(data, target), year)) is { } r ? Math.Round(r * 100, 1) : null;
}

using ChainGraph.Projects.Model;

namespace ChainGraph.Projects.Plans;

/// <summary>The measures a plan's targets may use, by name.</summary>
public static class TargetMeasures
{
    public static IReadOnlyList<ITargetMeasure> All { get; } =
    [
        new FundsMeasure(),
        new ProjectsMeasure(),
        new SignedInvestmentMeasure(),
        new LandMeasure(),
        new VisitedEnterprisesMeasure(),
        new RateMeasure("performance-rate", r => r.PerformanceRate),
        new RateMeasure("start-rate", r => r.StartRate),
        new RateMeasure("funds-rate", r => r.FundsRate),
    ];

    public static ITargetMeasure? Find(string name) => All.FirstOrDefault(m => m.Name == name);

    /// <summary>The projects a target counts: those carrying every one of its categories.</summary>
    public static IEnumerable<Project> Selected(PipelineData data, PlanTarget target) =>
        data.Projects.Where(p => target.Categories.All(p.Categories.Contains));
}

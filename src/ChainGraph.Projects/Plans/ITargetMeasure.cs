namespace ChainGraph.Projects.Plans;

/// <summary>
/// One way of counting progress against a year target (a plan file names it under <c>measure:</c>). Adding a
/// measure is adding a class and listing it in <see cref="TargetMeasures.All"/>; docs/projects.md defines each.
/// </summary>
public interface ITargetMeasure
{
    /// <summary>The name plan files use, e.g. <c>funds</c>.</summary>
    string Name { get; }

    /// <summary>The unit of the value, as shown: 亿元, 个, 宗, 家, %.</summary>
    string Unit { get; }

    /// <summary>Whether the target's <c>stage</c> and <c>categories</c> select the projects counted.</summary>
    bool SelectsProjects { get; }

    /// <summary>What has been achieved in <paramref name="year"/> (China time) by the data; null when it cannot be told yet (a rate of no project).</summary>
    decimal? Achieved(PipelineData data, PlanTarget target, int year);
}

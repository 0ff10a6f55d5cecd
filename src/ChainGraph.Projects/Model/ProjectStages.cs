namespace ChainGraph.Projects.Model;

/// <summary>Pipeline arithmetic on <see cref="ProjectStage"/>.</summary>
public static class ProjectStages
{
    /// <summary>The stages a project passes through, in order (without <see cref="ProjectStage.Terminated"/>).</summary>
    public static IReadOnlyList<ProjectStage> Pipeline { get; } = Enum.GetValues<ProjectStage>().Where(s => s != ProjectStage.Terminated).ToArray();

    /// <summary>
    /// Stages whose projects still need work and are watched for 旬更新 and overdue actions: 线索 to 投产.
    /// A project in 运营 has come through (its 效益 is followed elsewhere); a 终止 one is closed.
    /// </summary>
    public static bool IsActive(ProjectStage stage) => stage is not (ProjectStage.Operating or ProjectStage.Terminated);

    /// <summary>True when <paramref name="stage"/> is <paramref name="threshold"/> or later in the pipeline (终止 is neither).</summary>
    public static bool IsAtLeast(ProjectStage stage, ProjectStage threshold) =>
        stage != ProjectStage.Terminated && threshold != ProjectStage.Terminated && stage >= threshold;
}

using ChainGraph.Projects.Model;

namespace ChainGraph.Projects.Plans;

/// <summary>Everything the figures of the dashboard and the reports are computed from: all projects (with their stage moves and funds) and all visits.</summary>
public sealed record PipelineData(IReadOnlyList<Project> Projects, IReadOnlyList<Visit> Visits);

using ChainGraph.Projects.Model;

namespace ChainGraph.Projects.Plans;

/// <summary>
/// One target of a year plan: what is counted (<see cref="Measure"/>, one of <see cref="TargetMeasures.All"/>),
/// how much (<see cref="Value"/>, in the measure's unit; <see cref="AtLeast"/> for 以上), and which projects
/// count: those that reached <see cref="Stage"/> in the year and carry every one of <see cref="Categories"/>.
/// </summary>
public sealed record PlanTarget(
    string Id,
    string Name,
    string Measure,
    decimal Value,
    bool AtLeast,
    ProjectStage Stage,
    IReadOnlyList<ProjectCategory> Categories,
    string Quote);

namespace ChainGraph.Projects.Model;

/// <summary>A move of a project to a stage on the day it happened (<see cref="On"/>), as recorded by <see cref="By"/> at <see cref="At"/>.</summary>
public sealed record StageChange(ProjectStage? From, ProjectStage To, DateOnly On, string Reason, string By, DateTimeOffset At);

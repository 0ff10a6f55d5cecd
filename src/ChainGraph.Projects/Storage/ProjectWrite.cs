using ChainGraph.Projects.Model;

namespace ChainGraph.Projects.Storage;

/// <summary>One validated change to a project, written in one transaction: the new row, a stage move and a fund arrival when there are, and its audit entries.</summary>
public sealed record ProjectWrite(Project Project, StageChange? Stage, FundArrival? Funds, IReadOnlyList<AuditEntry> Audit);

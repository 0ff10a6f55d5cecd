using ChainGraph.Projects.Dashboard;
using ChainGraph.Projects.Model;

namespace ChainGraph.Projects;

/// <summary>One project with its current alerts, its dated history (every audited change) and its visits.</summary>
public sealed record ProjectDetail(Project Project, IReadOnlyList<ProjectAlert> Alerts, IReadOnlyList<AuditEntry> History, IReadOnlyList<Visit> Visits);

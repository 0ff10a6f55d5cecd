using System.Globalization;
using ChainGraph.Projects.Model;
using ChainGraph.Projects.Plans;
using static ChainGraph.Projects.Model.ProjectCategory;

namespace ChainGraph.Projects.Tests.Dashboard;

/// <summary>
/// Thirty projects and eight visits written by hand, as of 2024-11-25 10:00 China time (2024年11月下旬), for
/// the hand count of <see cref="DashboardHandCountTests"/>. Each project is created on its first stage day
/// and last updated on <c>updated</c> (default: its last stage day), both at 09:00 China time.
/// </summary>
internal static class PipelineFixture
{
    public static readonly DateTimeOffset Now = new(2024, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    public static IReadOnlyList<Project> Projects { get; } =
    [
        // Signed in 2024.
        P(1, "Lead 2024-01-10, Signed 2024-03-01, Registered 2024-04-01, Started 2024-06-01", 10, "2024-05-01 3; 2024-09-01 2", [Manufacturing, BeijingHebei], land: (2, "2024-06-15"), updated: "2024-11-22", unit: "华明高新区"),
        P(2, "Lead 2024-02-01, Signed 2024-04-10, Registered 2024-05-20", 5, "2024-06-01 1", [Manufacturing], land: (1, "2024-07-01"), updated: "2024-11-21", unit: "华明高新区"),
        P(3, "Lead 2024-02-15, Contact 2024-02-20, Negotiation 2024-03-01, Signed 2024-05-05", 8, "", [Services, BeijingHebei], updated: "2024-11-05", unit: "军粮城"),
        P(4, "Lead 2024-03-01, Signed 2024-06-01, Registered 2024-07-01, Started 2024-08-01, Producing 2024-10-01", 20, "2024-07-15 10", [Manufacturing, CentralSoe], land: (1, "2024-03-20"), updated: "2024-11-23"),
        P(5, "Lead 2024-03-10, Signed 2024-07-01, Terminated 2024-09-01", 6, "2024-08-01 0.5", [Tech]),
        P(6, "Lead 2024-04-01, Signed 2024-08-15", null, "", [Services], updated: "2024-11-15", due: "2024-11-20"),
        P(7, "Lead 2024-05-01, Signed 2024-09-10, Registered 2024-10-10", 4, "2024-10-20 4", [Tech, BeijingHebei], updated: "2024-11-24"),
        P(8, "Lead 2023-11-01, Signed 2024-01-15, Registered 2024-02-01, Started 2024-03-01, Producing 2024-06-01, Operating 2024-10-01", 12, "2024-02-10 6; 2024-04-10 6", [Manufacturing, Fortune500], updated: "2024-10-02"),
        // Signed before 2024.
        P(9, "Lead 2023-03-01, Signed 2023-06-01, Registered 2023-08-01", 7, "2023-09-01 2; 2024-03-01 1", [Manufacturing], updated: "2024-11-18"),
        P(10, "Lead 2023-01-01, Signed 2023-12-20", 3, "2024-01-10 1", [], land: (1, "2024-02-01"), updated: "2024-11-01", due: "2024-12-01"),
        // Not signed, active.
        P(11, "Lead 2024-10-01", null, "", [BeijingHebei], updated: "2024-11-25", unit: "华明高新区"),
        P(12, "Lead 2024-10-05, Contact 2024-10-20", updated: "2024-11-12"),
        P(13, "Lead 2024-09-01, Contact 2024-09-15, Negotiation 2024-10-15", updated: "2024-10-25", due: "2024-11-10", priority: ProjectPriority.Key),
        P(14, "Lead 2024-08-01"),
        P(15, "Lead 2024-11-01", updated: "2024-11-21"),
        P(16, "Lead 2024-06-01, Contact 2024-07-01, Negotiation 2024-08-01", updated: "2024-11-22"),
        P(17, "Lead 2024-07-01, Negotiation 2024-09-01", updated: "2024-11-10"),
        P(18, "Lead 2024-11-11"),
        P(19, "Lead 2024-11-20"),
        P(20, "Lead 2024-11-21"),
        // Ended.
        P(21, "Lead 2024-02-01, Contact 2024-03-01, Negotiation 2024-04-01, Terminated 2024-06-01"),
        P(22, "Lead 2024-03-01, Contact 2024-03-15, Terminated 2024-04-01"),
        P(23, "Lead 2023-05-01, Negotiation 2023-06-01, Terminated 2023-12-01"),
        // More.
        P(24, "Lead 2023-06-01, Contact 2023-07-01", updated: "2024-11-25"),
        P(25, "Lead 2024-01-05, Signed 2024-11-20", 2, "", [Services, Fortune500]),
        P(26, "Lead 2024-11-25"),
        P(27, "Lead 2024-04-01, Signed 2024-10-01, Registered 2024-10-15, Started 2024-11-01", 15, "2024-11-05 5", [Manufacturing, Tech], land: (1, "2024-10-20"), updated: "2024-11-23"),
        P(28, "Lead 2022-01-01, Signed 2022-06-01, Registered 2022-09-01, Operating 2023-01-01", 9, "2022-07-01 9"),
        P(29, "Lead 2024-05-01, Contact 2024-05-15", updated: "2024-11-19", due: "2024-11-24"),
        P(30, "Lead 2024-09-01, Signed 2024-09-20, Terminated 2024-11-15", 3, "", [CentralSoe]),
    ];

    public static IReadOnlyList<Visit> Visits { get; } =
    [
        V(1, "A", VisitStatus.Done, "2024-03-01"),
        V(2, "A", VisitStatus.Done, "2024-05-01"),
        V(3, "B", VisitStatus.Done, "2024-11-20"),
        V(4, "C", VisitStatus.Done, "2023-12-01"),
        V(5, "D", VisitStatus.Planned, "2024-12-05"),
        V(6, "E", VisitStatus.Planned, "2024-11-01"),
        V(7, null, VisitStatus.Done, "2024-11-22"),
        V(8, "F", VisitStatus.Cancelled, "2024-06-01"),
    ];

    public static PipelineData Data => new(Projects, Visits);

    private static Project P(
        int id, string stages, decimal? planned = null, string funds = "", ProjectCategory[]? categories = null,
        (int Parcels, string On)? land = null, string? updated = null, string? due = null, string unit = "", ProjectPriority priority = ProjectPriority.Normal)
    {
        var moves = stages.Split(", ").Select(s => s.Split(' ')).Select(s => (Stage: Enum.Parse<ProjectStage>(s[0]), On: Day(s[1]))).ToArray();
        var changes = moves.Select((m, i) => new StageChange(i == 0 ? null : moves[i - 1].Stage, m.Stage, m.On, m.Stage == ProjectStage.Terminated ? "测试终止" : "", "测试", At(m.On))).ToArray();
        var arrivals = funds.Split("; ", StringSplitOptions.RemoveEmptyEntries).Select((f, i) => f.Split(' '))
            .Select((f, i) => new FundArrival(i + 1, Day(f[0]), decimal.Parse(f[1], CultureInfo.InvariantCulture), "", "测试", At(Day(f[0])))).ToArray();
        return new Project
        {
            Id = id,
            Name = $"项目{id}",
            EnterpriseKey = $"E{id}",
            EnterpriseName = $"企业{id}",
            Stage = moves[^1].Stage,
            TerminationReason = moves[^1].Stage == ProjectStage.Terminated ? "测试终止" : null,
            PlannedInvestment = planned,
            Categories = categories ?? [],
            LandParcels = land?.Parcels ?? 0,
            LandAreaMu = land is null ? 0 : 50,
            LandOn = land is { } l ? Day(l.On) : null,
            NextActionDue = due is null ? null : Day(due),
            NextAction = due is null ? "" : "拜访",
            OwnerUnit = unit,
            Priority = priority,
            CreatedBy = "测试",
            CreatedAt = At(moves[0].On),
            UpdatedAt = At(updated is null ? moves[^1].On : Day(updated)),
            StageChanges = changes,
            Funds = arrivals,
        };
    }

    private static Visit V(int id, string? enterprise, VisitStatus status, string day) => new(
        id, null, enterprise, enterprise ?? "某新能源公司", VisitKind.Visit, status,
        status == VisitStatus.Done ? null : Day(day), status == VisitStatus.Done ? Day(day) : null, "王局长", "", "", "", "", "测试", Now);

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
}

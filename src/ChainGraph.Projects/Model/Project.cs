using ChainGraph.Recommender.Recommending;

namespace ChainGraph.Projects.Model;

/// <summary>
/// One investment-promotion project (招商项目) of the 项目库: the investor (an enterprise of the graph, or one
/// named with where it came from), where it sits in a chain and what it does for it, its category flags,
/// money and land, its stage and owners, the next action, and its dated stage moves and fund arrivals.
/// Amounts are in 亿元.
/// </summary>
public sealed record Project
{
    public required long Id { get; init; }

    public required string Name { get; init; }

    public string? EnterpriseKey { get; init; }

    public required string EnterpriseName { get; init; }

    /// <summary>Where an investor that is not in the graph came from (商会推荐, 中介, …); empty for graph enterprises.</summary>
    public string EnterpriseSource { get; init; } = "";

    /// <summary>Chain template id (e.g. <c>nev</c>).</summary>
    public string? Chain { get; init; }

    /// <summary>Segment id within <see cref="Chain"/>.</summary>
    public string? Segment { get; init; }

    /// <summary>The local anchor (Enterprise key) whose suppliers or customers the project brings; with <see cref="Direction"/>.</summary>
    public string? Anchor { get; init; }

    public SupplyDirection? Direction { get; init; }

    public ChainRole? Role { get; init; }

    public IReadOnlyList<ProjectCategory> Categories { get; init; } = [];

    /// <summary>计划（协议）投资额, 亿元.</summary>
    public decimal? PlannedInvestment { get; init; }

    /// <summary>出让产业用地: parcels (宗), area (亩) and the day granted.</summary>
    public int LandParcels { get; init; }

    public double LandAreaMu { get; init; }

    public DateOnly? LandOn { get; init; }

    public ProjectStage Stage { get; init; }

    public string? TerminationReason { get; init; }

    /// <summary>责任单位 (街道、园区、部门).</summary>
    public string OwnerUnit { get; init; } = "";

    /// <summary>责任人.</summary>
    public string OwnerPerson { get; init; } = "";

    public ProjectPriority Priority { get; init; }

    public string NextAction { get; init; } = "";

    public DateOnly? NextActionDue { get; init; }

    public ProjectOrigin Origin { get; init; }

    /// <summary>What the origin was: the target list's query, the event's name.</summary>
    public string OriginNote { get; init; } = "";

    public required string CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When anything about the project last changed (stage, fields, funds, a note, a visit): 旬更新 is judged on it.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    public IReadOnlyList<StageChange> StageChanges { get; init; } = [];

    public IReadOnlyList<FundArrival> Funds { get; init; } = [];

    /// <summary>到位额 so far, 亿元.</summary>
    public decimal FundsTotal => Funds.Sum(f => f.Amount);

    /// <summary>Funds that arrived from <paramref name="from"/> to <paramref name="to"/> inclusive, 亿元.</summary>
    public decimal FundsBetween(DateOnly from, DateOnly to) => Funds.Where(f => f.On >= from && f.On <= to).Sum(f => f.Amount);

    /// <summary>
    /// The day the project first reached <paramref name="stage"/> or a later pipeline stage, or null. A move
    /// back (a correction) or a later 终止 does not undo it: a project signed in March and ended in June was
    /// signed in March.
    /// </summary>
    public DateOnly? ReachedOn(ProjectStage stage) => StageChanges
        .Where(c => ProjectStages.IsAtLeast(c.To, stage))
        .Select(c => (DateOnly?)c.On)
        .Min();

    /// <summary>The day of the last move to 终止, when the project is ended.</summary>
    public DateOnly? TerminatedOn => Stage == ProjectStage.Terminated
        ? StageChanges.LastOrDefault(c => c.To == ProjectStage.Terminated)?.On
        : null;

    public bool IsActive => ProjectStages.IsActive(Stage);
}

namespace ChainGraph.Projects.Editing;

/// <summary>Limits on what a project or visit may hold, checked on every change (messages name the field and the limit).</summary>
public static class ProjectLimits
{
    /// <summary>Names, units, people, next actions, reasons: one line.</summary>
    public const int MaxTextLength = 200;

    /// <summary>Progress notes, visit outcomes and follow-ups.</summary>
    public const int MaxNoteLength = 2000;

    /// <summary>计划投资额 and one fund arrival, 亿元 (1 万亿元: above any single project).</summary>
    public const decimal MaxAmount = 10_000m;

    /// <summary>Amounts are kept to the 万元 (4 decimals of 亿元).</summary>
    public const int AmountDecimals = 4;

    public const int MaxLandParcels = 100;

    public const double MaxLandAreaMu = 100_000;

    /// <summary>Dates before this are typing mistakes.</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    /// <summary>How far ahead a due date or a planned visit may be.</summary>
    public const int MaxDaysAhead = 3 * 366;
}

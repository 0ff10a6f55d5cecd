namespace ChainGraph.Ingest.Sources;

/// <summary>Named limits on what one row may hold: a guard against a wrong mapping that swallows a whole page.</summary>
public static class RowLimits
{
    /// <summary>Longest field value accepted (characters); enterprise full names are well under 100.</summary>
    public const int MaxFieldLength = 500;
}

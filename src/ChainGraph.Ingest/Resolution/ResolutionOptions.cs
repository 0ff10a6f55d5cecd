namespace ChainGraph.Ingest.Resolution;

/// <summary>Options of entity resolution (section <c>ChainGraph:Resolution</c>).</summary>
public sealed class ResolutionOptions
{
    public const string Section = "ChainGraph:Resolution";

    /// <summary>
    /// Matches at or above this confidence are merged; weaker ones go to the "possibly same as" list.
    /// Default 0.85: code, exact name, alias and normalized-name matches (1.0, 1.0, 0.95, 0.9) merge; partial names (≤ 0.9 × overlap) wait for a person.
    /// </summary>
    public double ConfidenceThreshold { get; set; } = 0.85;

    public void Validate()
    {
        if (!double.IsFinite(ConfidenceThreshold) || ConfidenceThreshold is <= 0 or > 1)
        {
            throw new InvalidOperationException($"{Section}:ConfidenceThreshold is {ConfidenceThreshold}; it must be in (0, 1]. 0.85 merges exact, alias and normalized names and sends partial matches for review.");
        }
    }
}

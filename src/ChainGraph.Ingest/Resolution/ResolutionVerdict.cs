namespace ChainGraph.Ingest.Resolution;

/// <summary>What a loader does with a name after the confidence threshold is applied.</summary>
public enum ResolutionVerdict
{
    /// <summary>Strong enough: write onto the matched node.</summary>
    Accepted,
    /// <summary>A weak or ambiguous match: put on the "possibly same as" list for a person.</summary>
    Review,
    /// <summary>Nothing similar is known: a new node.</summary>
    New,
}

namespace ChainGraph.Ingest.Resolution;

/// <summary>How a name was matched to an existing entity, strongest first.</summary>
public enum MatchKind
{
    None,
    Code,
    ExactName,
    Alias,
    NormalizedName,
    /// <summary>One normalized name contains the other (平高 in 平高电气): a hint for a person, never merged automatically.</summary>
    Partial,
}

namespace ChainGraph.Ingest.Resolution;

/// <summary>How a name was matched to an existing entity, strongest first.</summary>
public enum MatchKind
{
    None,
    Code,
    ExactName,
    Alias,
    NormalizedName,
}

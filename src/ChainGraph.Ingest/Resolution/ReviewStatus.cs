namespace ChainGraph.Ingest.Resolution;

/// <summary>Where a "possibly same as" entry stands.</summary>
public enum ReviewStatus
{
    Pending,
    Confirmed,
    Rejected,
}

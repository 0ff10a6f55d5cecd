using ChainGraph.Core.Model;

namespace ChainGraph.Ingest.Resolution;

/// <summary>
/// An entry of the "possibly same as" list: a name read from a source that looks like an existing
/// node but not surely enough to merge. <see cref="Fields"/> and <see cref="Tags"/> are the row,
/// applied to the candidate when a person confirms, or written as a new node when they reject.
/// </summary>
public sealed record PossibleDuplicate(
    long Id,
    string Source,
    string SourceRef,
    string Name,
    NodeKind Kind,
    NodeRef Candidate,
    string CandidateName,
    MatchKind MatchKind,
    double Confidence,
    IReadOnlyDictionary<string, string> Fields,
    IReadOnlyList<string> Tags,
    ReviewStatus Status,
    DateTimeOffset CreatedAt);

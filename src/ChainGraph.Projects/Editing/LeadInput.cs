namespace ChainGraph.Projects.Editing;

/// <summary>
/// One click 加入项目库 on a target-list row, a briefing attendee or an enterprise profile: the enterprise (a
/// graph key), the query it was found for (chain + segment, or anchor + direction) and where the click was.
/// </summary>
public sealed record LeadInput(
    string? EnterpriseKey,
    string? Chain = null,
    string? Segment = null,
    string? Anchor = null,
    string? Direction = null,
    string? Origin = null,
    string? OriginNote = null);

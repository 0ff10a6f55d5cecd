using ChainGraph.Web.Enterprises;

namespace ChainGraph.Web.Targets;

/// <summary>
/// A target query that cannot be answered, in words for the page: what is wrong and what to do, with near matches
/// when an anchor name names nobody. Expected (a typo, a chain without local demand), so the API answers it as a problem.
/// </summary>
public sealed class TargetQueryException(string title, string detail, IReadOnlyList<EnterpriseSummary>? suggestions = null) : Exception(detail)
{
    public string Title { get; } = title;

    public IReadOnlyList<EnterpriseSummary> Suggestions { get; } = suggestions ?? [];
}

namespace ChainGraph.Core.Model;

/// <summary>
/// Where a fact came from: every node and relationship carries one so a user can ask
/// "why do we believe this". <see cref="Reference"/> is a file and line, a URL and selector,
/// or a document and sentence.
/// </summary>
public sealed record Provenance(string Source, string? Reference, DateTimeOffset FetchedAt)
{
    public static Provenance Create(string source, string? reference, DateTimeOffset fetchedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        return new Provenance(source, reference, fetchedAt);
    }
}

using System.Collections.Immutable;

namespace ChainGraph.Core.Model;

/// <summary>
/// One node as stored: natural key (<see cref="Kind"/>, <see cref="Key"/>), display name,
/// aliases, tags, scalar properties and provenance. Immutable; use the <c>WithX</c> copies.
/// </summary>
public sealed record GraphNode
{
    // One shared empty map (immutable): WithComparers on Empty made a new one for every node of an import.
    private static readonly ImmutableSortedDictionary<string, string> s_noProperties = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    public GraphNode(NodeKind kind, string key, string name, Provenance provenance)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Kind = kind;
        Key = key;
        Name = name;
        Provenance = provenance;
    }

    public NodeKind Kind { get; }

    public string Key { get; }

    public string Name { get; init; }

    public ImmutableArray<string> Aliases { get; init; } = [];

    public ImmutableArray<string> Tags { get; init; } = [];

    public ImmutableSortedDictionary<string, string> Properties { get; init; } = s_noProperties;

    public Provenance Provenance { get; init; }

    public NodeRef Ref => new(Kind, Key);

    public string? Property(string name) => Properties.TryGetValue(name, out var value) ? value : null;

    public GraphNode WithProperty(string name, string? value) => value is null
        ? this with { Properties = Properties.Remove(name) }
        : this with { Properties = Properties.SetItem(name, value) };

    public GraphNode WithAliases(IEnumerable<string> aliases) => this with
    {
        Aliases = aliases.Where(a => !string.IsNullOrWhiteSpace(a) && a != Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray(),
    };

    public GraphNode WithTags(IEnumerable<string> tags) => this with
    {
        Tags = tags.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray(),
    };
}

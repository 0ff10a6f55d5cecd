using System.Collections.Immutable;

namespace ChainGraph.Core.Model;

/// <summary>
/// One relationship as stored. Its natural key is (type, from, to, qualifier): the qualifier
/// separates parallel facts of the same type (e.g. two SUPPLIES edges for different products).
/// <see cref="Since"/> is the date the fact was first observed; analysis "as of" a date never
/// sees an edge whose <see cref="Since"/> is later.
/// </summary>
public sealed record GraphEdge
{
    // One shared empty map (immutable): WithComparers on Empty made a new one for every edge of an import.
    private static readonly ImmutableSortedDictionary<string, string> s_noProperties = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>
    /// Optional property (yyyy-MM-dd): the first day the fact no longer holds (a supply contract ended, a stake
    /// sold). Analysis as of that day or later does not see the relationship. No shipped source records it yet.
    /// </summary>
    public const string UntilProperty = "until";

    public GraphEdge(RelType type, NodeRef from, NodeRef to, Provenance provenance)
    {
        Type = type;
        From = from;
        To = to;
        Provenance = provenance;
    }

    public RelType Type { get; }

    public NodeRef From { get; }

    public NodeRef To { get; }

    public string Qualifier { get; init; } = "";

    public double? Weight { get; init; }

    public DateOnly? Since { get; init; }

    public ImmutableSortedDictionary<string, string> Properties { get; init; } = s_noProperties;

    public Provenance Provenance { get; init; }

    public GraphEdge WithProperty(string name, string? value) => value is null
        ? this with { Properties = Properties.Remove(name) }
        : this with { Properties = Properties.SetItem(name, value) };
}

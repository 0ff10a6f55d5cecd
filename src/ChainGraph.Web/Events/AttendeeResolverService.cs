using System.Runtime.CompilerServices;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Core.Store;
using ChainGraph.Core.Text;
using ChainGraph.Ingest.Resolution;
using ChainGraph.Web.Enterprises;
using ChainGraph.Web.Site;

namespace ChainGraph.Web.Events;

/// <summary>
/// Resolves attendee names with the same <see cref="EntityResolver"/> the loaders use (code, exact name,
/// alias, normalized name); for a name it cannot place it offers near matches from the store's search,
/// and from the bigram <see cref="NameIndex"/> (a typo anywhere in the name), ranked by <see cref="NameSimilarity.Similarity"/>.
/// </summary>
public sealed class AttendeeResolverService(IGraphStore store, IGraphSnapshotProvider snapshots)
{
    public const int MaxSuggestions = 5;

    /// <summary>Suggestions below this similarity are noise (one shared bigram in a long name).</summary>
    public const double MinSimilarity = 0.25;

    private const int PrefixLength = 4;

    private readonly ConditionalWeakTable<GraphSnapshot, EntityResolver> _resolvers = new();

    public async Task<EventAttendee> ResolveAsync(AttendeeInput input, int position, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var resolver = _resolvers.GetValue(snapshot, s => new EntityResolver(s.NodesOf(NodeKind.Enterprise).Select(s.Node)));
        // A line holding only a stock or credit code is tried as a code too.
        var resolution = resolver.Resolve(input.Name, input.Code ?? input.Name);
        if (resolution.Node is { } found && snapshot.Find(found) is { } match)
        {
            var index = snapshot.Canonical(match);
            return new EventAttendee(position, input.Name, snapshot.Node(index).Key, snapshot.Name(index), resolution.Kind.ToString(), []);
        }

        var candidates = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        foreach (var alternative in resolution.Alternatives)
        {
            if (snapshot.Find(alternative) is { } i)
            {
                candidates.TryAdd(alternative.Key, snapshot.Node(i));
            }
        }

        var normalized = NameNormalizer.Normalize(input.Name);
        foreach (var term in new[] { input.Name.Trim(), normalized, normalized.Length > PrefixLength ? normalized[..PrefixLength] : "" }.Where(t => t.Length >= 2).Distinct())
        {
            foreach (var node in await store.SearchAsync(term, NodeKind.Enterprise, 20, cancellationToken))
            {
                candidates.TryAdd(node.Key, node);
            }
        }

        foreach (var (node, _) in NameIndex.For(snapshot).Suggest(input.Name, MaxSuggestions * 2, MinSimilarity))
        {
            candidates.TryAdd(node.Key, node);
        }

        var suggestions = candidates.Values
            .Select(n => (Node: n, Score: new[] { n.Name, n.Property(EnterpriseProps.FullName) ?? "" }.Concat(n.Aliases).Max(name => NameSimilarity.Similarity(input.Name, name))))
            .Where(x => x.Score >= MinSimilarity || resolution.Alternatives.Contains(x.Node.Ref))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Node.Name, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(x => EnterpriseProfileService.Summarize(x.Node))
            .ToArray();
        return new EventAttendee(position, input.Name, null, null, resolution.Alternatives.Count > 0 ? "Ambiguous" : MatchKind.None.ToString(), suggestions);
    }
}

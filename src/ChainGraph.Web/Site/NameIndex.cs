using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Core.Text;
using ChainGraph.Web.Events;

namespace ChainGraph.Web.Site;

/// <summary>
/// Near matches for a name nobody in the graph has: a character-bigram index over the normalized names, full names
/// and aliases of every enterprise of one snapshot, ranked by <see cref="NameSimilarity.Similarity"/>. A typo anywhere in
/// the name (宁德时带 for 宁德时代) still shares most bigrams with the real name, where the store's prefix and
/// substring search finds nothing.
/// </summary>
public sealed class NameIndex
{
    /// <summary>A bigram carried by more names than this (e.g. 科技, 电子) says little and is not looked up.</summary>
    public const int MaxPostings = 1500;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<GraphSnapshot, NameIndex> s_bySnapshot = new();

    private readonly GraphSnapshot _snapshot;
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);

    /// <summary>The index of <paramref name="snapshot"/>, built on first use and kept as long as the snapshot lives.</summary>
    public static NameIndex For(GraphSnapshot snapshot) => s_bySnapshot.GetValue(snapshot, s => new NameIndex(s));

    public NameIndex(GraphSnapshot snapshot)
    {
        _snapshot = snapshot;
        foreach (var node in snapshot.NodesOf(NodeKind.Enterprise))
        {
            if (snapshot.Canonical(node) != node)
            {
                continue; // a duplicate marked sameAs: suggest the enterprise it is
            }

            foreach (var gram in NamesOf(snapshot.Node(node)).SelectMany(n => Bigrams(NameNormalizer.Normalize(n))).Distinct(StringComparer.Ordinal))
            {
                if (!_postings.TryGetValue(gram, out var list))
                {
                    _postings[gram] = list = [];
                }

                list.Add(node);
            }
        }
    }

    /// <summary>Enterprises whose names share bigrams with <paramref name="name"/>, most similar first, at or above <paramref name="minSimilarity"/>.</summary>
    public IReadOnlyList<(GraphNode Node, double Similarity)> Suggest(string name, int limit, double minSimilarity)
    {
        var shared = new Dictionary<int, int>();
        foreach (var gram in Bigrams(NameNormalizer.Normalize(name)).Distinct(StringComparer.Ordinal))
        {
            if (_postings.TryGetValue(gram, out var list) && list.Count <= MaxPostings)
            {
                foreach (var node in list)
                {
                    shared[node] = shared.GetValueOrDefault(node) + 1;
                }
            }
        }

        return shared
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key)
            .Take(limit * 20)
            .Select(kv => (Node: _snapshot.Node(kv.Key), Similarity: NamesOf(_snapshot.Node(kv.Key)).Max(n => NameSimilarity.Similarity(name, n))))
            .Where(x => x.Similarity >= minSimilarity)
            .OrderByDescending(x => x.Similarity).ThenBy(x => x.Node.Name, StringComparer.Ordinal)
            .Take(limit)
            .ToArray();
    }

    private static IEnumerable<string> NamesOf(GraphNode node) =>
        new[] { node.Name, node.Property(EnterpriseProps.FullName) ?? "" }.Concat(node.Aliases).Where(n => n.Length > 0);

    private static IEnumerable<string> Bigrams(string text)
    {
        if (text.Length == 1)
        {
            yield return text;
        }

        for (var i = 0; i + 1 < text.Length; i++)
        {
            yield return text.Substring(i, 2);
        }
    }
}

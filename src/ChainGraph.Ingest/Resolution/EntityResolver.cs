using ChainGraph.Core.Model;
using ChainGraph.Core.Text;

namespace ChainGraph.Ingest.Resolution;

/// <summary>
/// Resolves names and codes to existing nodes of one label, shared by every loader: stock or
/// credit code, then exact short/full name, then alias, then normalized name (legal suffixes,
/// width and brackets ignored). A name that fits more than one node is not matched; its
/// candidates are returned as alternatives so the caller can ask a person.
/// </summary>
public sealed class EntityResolver
{
    private readonly Dictionary<string, NodeRef> _byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<NodeRef>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NodeRef>> _byAlias = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NodeRef>> _byNormalized = new(StringComparer.Ordinal);
    private readonly Dictionary<NodeRef, string> _names = [];

    public EntityResolver(IEnumerable<GraphNode> nodes)
    {
        foreach (var node in nodes)
        {
            Add(node);
        }
    }

    public int Count { get; private set; }

    /// <summary>Makes <paramref name="node"/> findable (e.g. an enterprise created earlier in the same load).</summary>
    public void Add(GraphNode node)
    {
        Count++;
        _names.TryAdd(node.Ref, node.Name);
        _byCode.TryAdd(node.Key, node.Ref);
        foreach (var code in new[] { node.Property(EnterpriseProps.StockCode), node.Property(EnterpriseProps.CreditCode) })
        {
            if (!string.IsNullOrEmpty(code))
            {
                _byCode.TryAdd(code, node.Ref);
            }
        }

        AddTo(_byName, node.Name, node.Ref);
        if (node.Property(EnterpriseProps.FullName) is { Length: > 0 } fullName)
        {
            AddTo(_byName, fullName, node.Ref);
        }

        foreach (var alias in node.Aliases)
        {
            AddTo(_byAlias, alias, node.Ref);
        }

        foreach (var name in new[] { node.Name, node.Property(EnterpriseProps.FullName) }.Concat(node.Aliases))
        {
            var normalized = NameNormalizer.Normalize(name);
            if (normalized.Length >= 2)
            {
                AddTo(_byNormalized, normalized, node.Ref);
            }
        }
    }

    public Resolution Resolve(string name, string? code = null)
    {
        if (!string.IsNullOrWhiteSpace(code) && _byCode.TryGetValue(code.Trim(), out var byCode))
        {
            return new Resolution(byCode, MatchKind.Code, 1.0, []);
        }

        var trimmed = name.Trim();
        return Pick(_byName.GetValueOrDefault(trimmed), MatchKind.ExactName, 1.0)
            ?? Pick(_byAlias.GetValueOrDefault(trimmed), MatchKind.Alias, 0.95)
            ?? Pick(_byNormalized.GetValueOrDefault(NameNormalizer.Normalize(trimmed)), MatchKind.NormalizedName, 0.9)
            ?? Resolution.NotFound;
    }

    /// <summary>The display name of a node this resolver knows, for review messages.</summary>
    public string NameOf(NodeRef node) => _names.GetValueOrDefault(node, node.Key);

    /// <summary>
    /// Resolves like <see cref="Resolve(string, string?)"/>, then applies <paramref name="threshold"/>:
    /// a match at or above it is accepted; a weaker one (an ambiguous name, or a partial name match
    /// found by <see cref="ResolvePartial"/>) is returned for review and must not be merged silently.
    /// </summary>
    public ResolutionDecision Decide(string name, string? code, double threshold)
    {
        var resolution = Resolve(name, code);
        if (resolution.IsMatch)
        {
            return resolution.Confidence >= threshold
                ? new ResolutionDecision(ResolutionVerdict.Accepted, resolution)
                : new ResolutionDecision(ResolutionVerdict.Review, resolution);
        }

        if (resolution.Alternatives.Count > 0)
        {
            return new ResolutionDecision(ResolutionVerdict.Review, resolution with { Confidence = 0.5 });
        }

        var partial = ResolvePartial(name);
        return partial.IsMatch || partial.Alternatives.Count > 0
            ? new ResolutionDecision(partial.Confidence >= threshold ? ResolutionVerdict.Accepted : ResolutionVerdict.Review, partial)
            : new ResolutionDecision(ResolutionVerdict.New, Resolution.NotFound);
    }

    /// <summary>
    /// Names where one normalized form contains the other (at least <see cref="MinPartialLength"/>
    /// characters). Confidence grows with the overlap: 0.5 + 0.4 × shorter / longer, so 平高 in
    /// 平高电气 scores 0.7. Several equally good candidates come back as alternatives.
    /// </summary>
    public Resolution ResolvePartial(string name)
    {
        var query = NameNormalizer.Normalize(name);
        if (query.Length < MinPartialLength)
        {
            return Resolution.NotFound;
        }

        var best = 0.0;
        var candidates = new List<NodeRef>();
        foreach (var (normalized, nodes) in _byNormalized)
        {
            if (normalized.Length < MinPartialLength || !(normalized.Contains(query, StringComparison.Ordinal) || query.Contains(normalized, StringComparison.Ordinal)))
            {
                continue;
            }

            var score = 0.5 + (0.4 * Math.Min(query.Length, normalized.Length) / Math.Max(query.Length, normalized.Length));
            if (score > best + 1e-9)
            {
                best = score;
                candidates.Clear();
            }

            if (Math.Abs(score - best) <= 1e-9)
            {
                candidates.AddRange(nodes.Where(n => !candidates.Contains(n)));
            }
        }

        return candidates switch
        {
            [] => Resolution.NotFound,
            [var only] => new Resolution(only, MatchKind.Partial, best, []),
            _ => new Resolution(null, MatchKind.Partial, best / 2, candidates.Take(MaxAlternatives).ToArray()),
        };
    }

    /// <summary>Shortest normalized name used for partial matching; one character would match almost anything.</summary>
    public const int MinPartialLength = 2;

    /// <summary>Most alternatives offered for one ambiguous partial name.</summary>
    public const int MaxAlternatives = 5;

    private static Resolution? Pick(List<NodeRef>? candidates, MatchKind kind, double confidence) => candidates switch
    {
        null or [] => null,
        [var only] => new Resolution(only, kind, confidence, []),
        _ => new Resolution(null, kind, 0, candidates.ToArray()),
    };

    private static void AddTo(Dictionary<string, List<NodeRef>> index, string key, NodeRef node)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = new List<NodeRef>(1);
        }

        if (!list.Contains(node))
        {
            list.Add(node);
        }
    }
}

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
    // Keyed by the two UTF-16 units of a character pair (Bigram): no string per pair of every name indexed.
    // Built on the first partial match (an import that only resolves exact and normalized names never needs
    // it), then kept up to date by Add; the lock lets concurrent readers of a shared resolver build it once.
    private readonly Dictionary<int, List<string>> _byBigram = [];
    private readonly Lock _bigramsBuilding = new();
    private volatile bool _bigramsBuilt;

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
                if (_bigramsBuilt && !_byNormalized.ContainsKey(normalized))
                {
                    IndexBigrams(normalized);
                }

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

        // A row that carries a code nobody has is a different entity from any look-alike name: no partial hint.
        if (!string.IsNullOrWhiteSpace(code))
        {
            return new ResolutionDecision(ResolutionVerdict.New, Resolution.NotFound);
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
        foreach (var normalized in ContainmentCandidates(query))
        {
            var overlap = (double)Math.Min(query.Length, normalized.Length) / Math.Max(query.Length, normalized.Length);
            if (overlap < MinPartialOverlap)
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
                candidates.AddRange(_byNormalized[normalized].Where(n => !candidates.Contains(n)));
            }
        }

        return candidates switch
        {
            [] => Resolution.NotFound,
            [var only] => new Resolution(only, MatchKind.Partial, best, []),
            _ => new Resolution(null, MatchKind.Partial, best / 2, candidates.Take(MaxAlternatives).ToArray()),
        };
    }

    /// <summary>
    /// Known normalized names that contain <paramref name="query"/> or are contained in it. Names
    /// inside the query are found by looking up each of its substrings; names around it through the
    /// posting list of its rarest character pair, skipped when even that list is longer than
    /// <see cref="MaxPostingScan"/> (the query is then too generic for a useful hint). The cost per
    /// name does not grow with the number of known nodes, so a large load stays linear.
    /// </summary>
    private IEnumerable<string> ContainmentCandidates(string query)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var length = MinPartialLength; length < query.Length; length++)
        {
            for (var start = 0; start + length <= query.Length; start++)
            {
                var part = query.Substring(start, length);
                if (_byNormalized.ContainsKey(part) && found.Add(part))
                {
                    yield return part;
                }
            }
        }

        EnsureBigrams();
        List<string>? rarest = null;
        for (var i = 0; i + 1 < query.Length; i++)
        {
            if (!_byBigram.TryGetValue(Bigram(query, i), out var list))
            {
                yield break;
            }

            if (rarest is null || list.Count < rarest.Count)
            {
                rarest = list;
            }
        }

        if (rarest is null || rarest.Count > MaxPostingScan)
        {
            yield break;
        }

        foreach (var name in rarest)
        {
            if (name.Length > query.Length && name.Contains(query, StringComparison.Ordinal) && found.Add(name))
            {
                yield return name;
            }
        }
    }

    /// <summary>Smallest share of the longer name the shorter must cover (科技 inside a 15-character name is no hint).</summary>
    public const double MinPartialOverlap = 0.3;

    /// <summary>Longest posting list scanned for names containing a query: a named limit on the cost of one partial match.</summary>
    public const int MaxPostingScan = 5_000;

    // The normalized names in the order they were first added (a dictionary that is never removed from
    // enumerates in insertion order), as Add indexes them once built.
    private void EnsureBigrams()
    {
        if (_bigramsBuilt)
        {
            return;
        }

        lock (_bigramsBuilding)
        {
            if (!_bigramsBuilt)
            {
                foreach (var normalized in _byNormalized.Keys)
                {
                    IndexBigrams(normalized);
                }

                _bigramsBuilt = true;
            }
        }
    }

    private void IndexBigrams(string normalized)
    {
        for (var i = 0; i + 1 < normalized.Length; i++)
        {
            var bigram = Bigram(normalized, i);
            if (!_byBigram.TryGetValue(bigram, out var list))
            {
                _byBigram[bigram] = list = [];
            }

            if (list.Count == 0 || !ReferenceEquals(list[^1], normalized))
            {
                list.Add(normalized);
            }
        }
    }

    private static int Bigram(string text, int start) => (text[start] << 16) | text[start + 1];

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

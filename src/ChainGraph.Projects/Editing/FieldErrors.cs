namespace ChainGraph.Projects.Editing;

/// <summary>
/// Problems with a request, per field (the request's own field names, e.g. <c>plannedInvestment</c>), each
/// message in Chinese saying what was received and what is allowed. The API answers them as one validation
/// problem; the CLI prints them one per line.
/// </summary>
public sealed class FieldErrors
{
    /// <summary>The key of problems that concern the request as a whole rather than one field.</summary>
    public const string General = "request";

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IReadOnlyDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>All messages as lines "field: message".</summary>
    public IEnumerable<string> Lines() => _errors.SelectMany(kv => kv.Value.Select(m => $"{kv.Key}: {m}"));

    public override string ToString() => string.Join(Environment.NewLine, Lines());
}

namespace ChainGraph.Core.Text;

/// <summary>
/// Shares equal short strings while a large read builds objects (property names, provinces, region
/// codes, tags, sources): one instance per distinct value instead of one per row, which at a million
/// enterprises is hundreds of megabytes of the snapshot. Not thread-safe; use one per read.
/// </summary>
public sealed class StringPool
{
    /// <summary>Longer strings are names and references, nearly all distinct: not worth a look-up.</summary>
    public const int MaxLength = 24;

    /// <summary>Distinct values kept at most; past it strings are returned as they are.</summary>
    public const int MaxEntries = 1 << 20;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    public string Intern(string value)
    {
        if (value.Length > MaxLength)
        {
            return value;
        }

        if (_strings.TryGetValue(value, out var shared))
        {
            return shared;
        }

        if (_strings.Count < MaxEntries)
        {
            _strings[value] = value;
        }

        return value;
    }

    public string? InternOrNull(string? value) => value is null ? null : Intern(value);
}

using System.Globalization;
using ChainGraph.Core.Model;

namespace ChainGraph.Core.Graph;

/// <summary>
/// Relationship provenance without an object per relationship. Almost every reference is a file or
/// id followed by a number ("facts.txt:12345", "entity2id.txt id 7"), and a load stamps its rows with
/// one source and one fetched-at: so a relationship keeps two ints, the index of its (source, reference
/// prefix, fetched-at) and the trailing number, and <see cref="Get"/> rebuilds the exact
/// <see cref="Provenance"/> on demand. At ten million relationships this is 80 MB instead of ~1 GB.
/// Filled by <see cref="GraphSnapshotBuilder"/>; read-only once a snapshot holds it.
/// </summary>
internal sealed class EdgeOrigins
{
    /// <summary>Trailing numbers longer than this stay in the prefix (they would not fit an int).</summary>
    private const int MaxDigits = 9;

    private readonly List<(string Source, string? Prefix, DateTimeOffset FetchedAt)> _origins = [];
    private readonly Dictionary<(string Source, string? Prefix, long Ticks, TimeSpan Offset), int> _index = [];

    private int _last = -1;

    public int Count => _origins.Count;

    /// <summary>The origin index and number to store for <paramref name="provenance"/> (number −1: none).</summary>
    public (int Origin, int Number) Add(Provenance provenance)
    {
        var reference = provenance.Reference;
        var (prefixLength, number) = SplitAt(reference);
        // Rows of one load come together: the previous relationship's origin answers most of them, without a
        // prefix string made or hashed.
        if (_last >= 0 && _origins[_last] is var last && ReferenceEquals(last.Source, provenance.Source)
            && last.FetchedAt.Equals(provenance.FetchedAt) && last.FetchedAt.Offset == provenance.FetchedAt.Offset
            && (reference is null ? last.Prefix is null : last.Prefix is { } lastPrefix && lastPrefix.AsSpan().SequenceEqual(reference.AsSpan(0, prefixLength))))
        {
            return (_last, number);
        }

        var prefix = Prefix(reference, prefixLength);
        var key = (provenance.Source, prefix, provenance.FetchedAt.Ticks, provenance.FetchedAt.Offset);
        if (!_index.TryGetValue(key, out var origin))
        {
            origin = _origins.Count;
            _origins.Add((provenance.Source, prefix, provenance.FetchedAt));
            _index[key] = origin;
        }

        _last = origin;
        return (origin, number);
    }

    public Provenance Get(int origin, int number)
    {
        var (source, prefix, fetchedAt) = _origins[origin];
        return new Provenance(source, number < 0 ? prefix : prefix + number.ToString(CultureInfo.InvariantCulture), fetchedAt);
    }

    /// <summary>Splits "facts.txt:120" into ("facts.txt:", 120); a reference without a plain trailing number stays whole.</summary>
    internal static (string? Prefix, int Number) Split(string? reference)
    {
        var (prefixLength, number) = SplitAt(reference);
        return (Prefix(reference, prefixLength), number);
    }

    // The first prefixLength characters of the reference (the reference itself when that is all of it).
    private static string? Prefix(string? reference, int prefixLength) =>
        reference is null || prefixLength == reference.Length ? reference : reference[..prefixLength];

    // The length of the prefix Split keeps, and the number (−1: none).
    private static (int PrefixLength, int Number) SplitAt(string? reference)
    {
        if (reference is null)
        {
            return (0, -1);
        }

        var start = reference.Length;
        while (start > 0 && char.IsAsciiDigit(reference[start - 1]))
        {
            start--;
        }

        var digits = reference.Length - start;
        // A leading zero (other than "0" itself) would not survive the round trip through an int.
        if (digits == 0 || digits > MaxDigits || (digits > 1 && reference[start] == '0'))
        {
            return (reference.Length, -1);
        }

        return (start, int.Parse(reference.AsSpan(start), NumberStyles.None, CultureInfo.InvariantCulture));
    }
}

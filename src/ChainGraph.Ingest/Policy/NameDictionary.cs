namespace ChainGraph.Ingest.Policy;

/// <summary>
/// Finds known names in a sentence: candidates are indexed by their first two characters, so each
/// position costs one lookup; at each position the longest name wins, and a name inside a longer
/// match is not reported again.
/// </summary>
public sealed class NameDictionary
{
    private readonly Dictionary<string, List<KnownName>> _byPrefix = new(StringComparer.Ordinal);

    public NameDictionary(IEnumerable<KnownName> names)
    {
        foreach (var name in names.Where(n => n.Text.Length >= 2).DistinctBy(n => (n.Text, n.Kind)))
        {
            var prefix = name.Text[..2];
            if (!_byPrefix.TryGetValue(prefix, out var list))
            {
                _byPrefix[prefix] = list = [];
            }

            list.Add(name);
        }

        foreach (var list in _byPrefix.Values)
        {
            list.Sort((a, b) => b.Text.Length.CompareTo(a.Text.Length));
        }
    }

    public IEnumerable<KnownName> Find(string sentence)
    {
        var coveredUntil = 0;
        for (var i = 0; i + 1 < sentence.Length; i++)
        {
            if (!_byPrefix.TryGetValue(sentence.Substring(i, 2), out var list))
            {
                continue;
            }

            var match = list.FirstOrDefault(n => string.CompareOrdinal(sentence, i, n.Text, 0, n.Text.Length) == 0 && i + n.Text.Length <= sentence.Length);
            if (match is null || i + match.Text.Length <= coveredUntil)
            {
                continue;
            }

            coveredUntil = i + match.Text.Length;
            yield return match;
        }
    }
}

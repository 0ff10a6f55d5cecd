using ChainGraph.Core.Text;

namespace ChainGraph.Web.Events;

/// <summary>
/// How alike two enterprise names are, 0..1, on their normalized forms (<see cref="NameNormalizer"/>):
/// <see cref="Similarity"/> is the larger of the Sørensen–Dice coefficient over character bigrams (Dice 1945; good
/// for a name inside a longer one: 中车唐山 vs 中车唐山机车车辆) and one minus the Levenshtein distance over the longer
/// length (good for a wrong character: 宁得时代 vs 宁德时代 shares one bigram of three, but is one edit away).
/// </summary>
public static class NameSimilarity
{
    public static double Similarity(string a, string b)
    {
        var x = NameNormalizer.Normalize(a);
        var y = NameNormalizer.Normalize(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return 0;
        }

        return Math.Max(Dice(a, b), 1.0 - (double)Levenshtein(x, y) / Math.Max(x.Length, y.Length));
    }

    /// <summary>Edits (insert, delete, replace one character) that turn <paramref name="a"/> into <paramref name="b"/> (Levenshtein 1966).</summary>
    public static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    public static double Dice(string a, string b)
    {
        var x = Bigrams(NameNormalizer.Normalize(a));
        var y = Bigrams(NameNormalizer.Normalize(b));
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        var shared = 0;
        var pool = new List<string>(y);
        foreach (var gram in x)
        {
            if (pool.Remove(gram))
            {
                shared++;
            }
        }

        return 2.0 * shared / (x.Count + y.Count);
    }

    private static List<string> Bigrams(string text)
    {
        if (text.Length == 1)
        {
            return [text];
        }

        var grams = new List<string>(Math.Max(0, text.Length - 1));
        for (var i = 0; i + 1 < text.Length; i++)
        {
            grams.Add(text.Substring(i, 2));
        }

        return grams;
    }
}

using ChainGraph.Core.Text;

namespace ChainGraph.Web.Events;

/// <summary>
/// Sørensen–Dice coefficient over character bigrams of normalized names (Dice 1945): ranks near matches
/// such as 中车唐山 vs 中车唐山机车车辆 without a language model; 1 = same bigrams, 0 = none shared.
/// </summary>
public static class NameSimilarity
{
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

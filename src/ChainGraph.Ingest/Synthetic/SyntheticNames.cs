namespace ChainGraph.Ingest.Synthetic;

/// <summary>
/// Unique, Chinese-looking trade names: enterprise i gets four characters from a list of 64 common
/// trade-name characters, its index spread by a multiplier coprime to 64⁴ so neighbours differ.
/// Unique per index (up to 16.7 million), so entity resolution never merges two synthetic enterprises.
/// </summary>
internal static class SyntheticNames
{
    private const string Characters = "华瑞鑫泰宏达盛恒兴远通博新科创联合信诚德安康亿金银正大永辉锦丰源润晟昊睿智汇航弘伟鼎嘉晶凯隆祥美奥力腾骏程展拓众邦益万富荣茂升立";
    private const int Base = 64;
    private const long Space = (long)Base * Base * Base * Base;
    private const long Spread = 9_576_737; // odd and not a multiple of any prime dividing 64⁴ (only 2): a bijection on 0..Space-1

    public static int Capacity => (int)Space;

    public static string TradeName(int index)
    {
        var value = index * Spread % Space;
        Span<char> name = stackalloc char[4];
        for (var i = 3; i >= 0; i--)
        {
            name[i] = Characters[(int)(value % Base)];
            value /= Base;
        }

        return new string(name);
    }

    /// <summary>The industry word of a name: the industry's first two characters (锂电池 → 锂电).</summary>
    public static string IndustryWord(string industry) => industry.Length <= 2 ? industry : industry[..2];
}

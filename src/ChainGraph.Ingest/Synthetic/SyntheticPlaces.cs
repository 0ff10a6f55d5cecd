using ChainGraph.Core.Regions;

namespace ChainGraph.Ingest.Synthetic;

/// <summary>
/// Registration places of synthetic enterprises: every mainland county of the gazetteer, written the
/// way legal names begin (天津市东丽区…, 江苏省苏州市昆山市…) so the real locator places them.
/// Provinces are weighted roughly by their share of China's registered enterprises.
/// </summary>
internal sealed class SyntheticPlaces
{
    // Approximate shares of registered enterprises by province code (the coastal provinces lead).
    private static readonly Dictionary<string, double> s_provinceWeights = new(StringComparer.Ordinal)
    {
        ["44"] = 12, ["32"] = 10, ["33"] = 8, ["37"] = 7, ["11"] = 5, ["31"] = 5, ["12"] = 3, ["51"] = 4,
        ["42"] = 4, ["41"] = 4, ["34"] = 4, ["35"] = 4, ["43"] = 3, ["13"] = 3, ["50"] = 2.5, ["61"] = 2.5,
    };

    private readonly string[] _prefixes;
    private readonly double[] _cumulative;

    private SyntheticPlaces(string[] prefixes, double[] cumulative)
    {
        _prefixes = prefixes;
        _cumulative = cumulative;
    }

    public static SyntheticPlaces Create(RegionGazetteer gazetteer)
    {
        var counties = gazetteer.Regions.Where(r => r.Level == 3 && r.Code.Length == 6 && r.Code[0] is >= '1' and <= '6').ToList();
        var perProvince = counties.GroupBy(c => c.Code[..2]).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var prefixes = new string[counties.Count];
        var cumulative = new double[counties.Count];
        var total = 0.0;
        for (var i = 0; i < counties.Count; i++)
        {
            var county = counties[i];
            var city = gazetteer.Parent(county)!;
            var province = gazetteer.Parent(city)!;
            prefixes[i] = province.Name + (city.Name is "市辖区" or "县" || city.Name == province.Name ? "" : city.Name) + county.Name;
            total += s_provinceWeights.GetValueOrDefault(county.Code[..2], 1.5) / perProvince[county.Code[..2]];
            cumulative[i] = total;
        }

        return new SyntheticPlaces(prefixes, cumulative);
    }

    public string Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
        return _prefixes[Math.Min(index < 0 ? ~index : index, _prefixes.Length - 1)];
    }
}

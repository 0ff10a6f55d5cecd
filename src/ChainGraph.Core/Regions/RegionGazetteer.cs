using System.Collections.Frozen;
using System.Text.Json;

namespace ChainGraph.Core.Regions;

/// <summary>
/// The GB/T 2260 province → city → county tree (data: modood/Administrative-divisions-of-China),
/// with lookups by code and the place-name matching that locates an enterprise from its legal
/// name: most Chinese legal names begin with their registration place (湖南华联瓷业…, 邵阳维克…)
/// or carry it in brackets (凯莱英医药集团(天津)…).
/// </summary>
public sealed class RegionGazetteer
{
    // Autonomous-region and special suffixes, longest first, for short names (广西壮族自治区 → 广西).
    private static readonly string[] s_suffixes =
    [
        "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "地区", "盟", "省", "市", "区", "县", "旗",
    ];

    // Short names that are also common words at the start of company names (东方电气 is not in 东方市).
    private static readonly FrozenSet<string> s_ambiguousShortNames = new[]
    {
        "东方", "永安", "新华", "长安", "中山区", "开平", "通化", "华容", "太平", "和平", "南方", "北方", "中原", "江南", "城中", "城区", "郊区", "矿区", "新城", "高新", "开发",
    }.ToFrozenSet();

    private readonly FrozenDictionary<string, Region> _byCode;

    // The place-name prefixes (longest first), grouped by their first character in that same order: a name is
    // compared with the prefixes that can start it, not with all of them (a city-scale import locates millions).
    private readonly FrozenDictionary<char, (string Prefix, Region Region)[]> _prefixesByFirst;

    // The first region of each (parent code, name), in gazetteer order: a municipality's own city.
    private readonly FrozenDictionary<(string ParentCode, string Name), Region> _childByName;

    private RegionGazetteer(IReadOnlyList<Region> regions)
    {
        Regions = regions;
        _byCode = regions.ToFrozenDictionary(r => r.Code);
        _prefixesByFirst = BuildPrefixes(regions).GroupBy(p => p.Item1[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        var childByName = new Dictionary<(string, string), Region>();
        foreach (var region in regions)
        {
            if (region.ParentCode is { } parent)
            {
                childByName.TryAdd((parent, region.Name), region);
            }
        }

        _childByName = childByName.ToFrozenDictionary();
    }

    public IReadOnlyList<Region> Regions { get; }

    public Region? Find(string code) => _byCode.GetValueOrDefault(code);

    public Region? Parent(Region region) => region.ParentCode is { } p ? Find(p) : null;

    /// <summary>Loads the mainland tree (pca-code.json) and the Hong Kong/Macao/Taiwan tree (hk-mo-tw.json).</summary>
    public static RegionGazetteer Load(Stream pcaCodeJson, Stream? hkMoTwJson)
    {
        var regions = new List<Region>();
        using (var doc = JsonDocument.Parse(pcaCodeJson))
        {
            foreach (var province in doc.RootElement.EnumerateArray())
            {
                AddTree(regions, province, 1, null, null);
            }
        }

        if (hkMoTwJson is not null)
        {
            using var doc = JsonDocument.Parse(hkMoTwJson);
            AddSpecialRegions(regions, doc.RootElement);
        }

        return new RegionGazetteer(regions);
    }

    /// <summary>Derives the location from a legal name (and the short name as a fallback).</summary>
    public RegionLocation Locate(string? fullName, string? shortName = null)
    {
        foreach (var text in Candidates(fullName, shortName))
        {
            var match = MatchPrefix(text);
            if (match is not null)
            {
                return Complete(match, text);
            }
        }

        return RegionLocation.Unknown;
    }

    /// <summary>The location of a region code: the region and its ancestors.</summary>
    public RegionLocation LocationOf(Region region)
    {
        var chain = new Region?[4];
        for (var r = region; r is not null; r = Parent(r))
        {
            chain[r.Level] = r;
        }

        return new RegionLocation(chain[1], chain[2], chain[3]);
    }

    private static IEnumerable<string> Candidates(string? fullName, string? shortName)
    {
        if (!string.IsNullOrWhiteSpace(fullName))
        {
            var text = fullName.Trim().Replace('（', '(').Replace('）', ')');
            yield return text;
            var open = text.IndexOf('(');
            var close = open >= 0 ? text.IndexOf(')', open) : -1;
            if (close > open + 1)
            {
                yield return text[(open + 1)..close];
            }
        }

        if (!string.IsNullOrWhiteSpace(shortName))
        {
            yield return shortName.Trim();
        }
    }

    private Region? MatchPrefix(string text)
    {
        // The prefixes are sorted longest first, so 黑龙江 wins over 黑龙 and 邵阳市 over 邵阳.
        foreach (var (prefix, region) in PrefixesStarting(text))
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return region;
            }
        }

        return null;
    }

    private RegionLocation Complete(Region match, string text)
    {
        var location = LocationOf(match);
        if (match.Level != 1)
        {
            return location;
        }

        // A province prefix may be followed by its city (广东省深圳市…, 天津市东丽区…).
        var rest = text[(text.StartsWith(match.Name, StringComparison.Ordinal) ? match.Name.Length : match.ShortName.Length)..];
        foreach (var (prefix, region) in PrefixesStarting(rest))
        {
            if (region.Level > 1 && region.Code.StartsWith(match.Code, StringComparison.Ordinal) && rest.StartsWith(prefix, StringComparison.Ordinal))
            {
                return LocationOf(region);
            }
        }

        // A municipality (北京, 天津, 上海, 重庆) is its own city.
        return _childByName.TryGetValue((match.Code, match.Name), out var municipalCity) ? location with { City = municipalCity } : location;
    }

    private (string Prefix, Region Region)[] PrefixesStarting(string text) =>
        text.Length > 0 && _prefixesByFirst.TryGetValue(text[0], out var prefixes) ? prefixes : [];

    private static (string, Region)[] BuildPrefixes(IReadOnlyList<Region> regions)
    {
        var namesByCode = regions.ToDictionary(r => r.Code, r => r.Name);

        // A municipality's city repeats the province (天津市 → 天津市); placeholders (市辖区, 县) name no place.
        var places = regions.Where(r =>
            !(r.Level == 2 && r.ParentCode is { } parent && namesByCode.GetValueOrDefault(parent) == r.Name)
            && r.Name is not ("市辖区" or "县" or "省直辖县级行政区划" or "自治区直辖县级行政区划")).ToArray();
        var entries = new List<(string, Region)>();
        foreach (var region in places)
        {
            if (region.Level <= 2 || region.Name.EndsWith('市'))
            {
                entries.Add((region.Name, region));
            }

            // Short names for provinces, prefecture cities and county-level cities (昆山, 义乌), unless a common word.
            var isUsableShort = (region.Level <= 2 || region.Name.EndsWith('市')) && region.ShortName.Length >= 2 && region.ShortName != region.Name
                && !s_ambiguousShortNames.Contains(region.ShortName);
            if (isUsableShort)
            {
                entries.Add((region.ShortName, region));
            }
        }

        // A prefix shared by several places means the highest level (吉林 → 吉林省, not 吉林市), if that level has only one.
        return entries
            .GroupBy(e => e.Item1)
            .Select(g => g.Where(x => x.Item2.Level == g.Min(y => y.Item2.Level)).DistinctBy(x => x.Item2.Code).ToArray())
            .Where(top => top.Length == 1)
            .Select(top => top[0])
            .OrderByDescending(e => e.Item1.Length).ThenBy(e => e.Item2.Level).ThenBy(e => e.Item2.Code, StringComparer.Ordinal)
            .ToArray();
    }

    private static void AddTree(List<Region> regions, JsonElement element, int level, string? parentCode, string? provinceName)
    {
        var code = element.GetProperty("code").GetString()!;
        var name = element.GetProperty("name").GetString()!;

        // Municipalities list their districts under a "市辖区" city: name it after the municipality.
        if (level == 2 && name is "市辖区" or "县" && provinceName is not null)
        {
            name = provinceName;
        }

        var region = new Region(code, name, level, parentCode) { ShortName = ShortNameOf(name) };
        regions.Add(region);
        if (element.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                AddTree(regions, child, level + 1, code, level == 1 ? name : provinceName);
            }
        }
    }

    private static void AddSpecialRegions(List<Region> regions, JsonElement root)
    {
        // GB/T 2260 codes for the province level; the lower levels have none in the source, so they get derived keys.
        var codes = new Dictionary<string, string> { ["香港特别行政区"] = "81", ["澳门特别行政区"] = "82", ["台湾省"] = "71" };
        foreach (var province in root.EnumerateObject())
        {
            var provinceCode = codes.GetValueOrDefault(province.Name, province.Name);
            regions.Add(new Region(provinceCode, province.Name, 1, null) { ShortName = ShortNameOf(province.Name) });
            var cityIndex = 0;
            foreach (var city in province.Value.EnumerateObject())
            {
                var cityCode = $"{provinceCode}{++cityIndex:D2}";
                regions.Add(new Region(cityCode, city.Name, 2, provinceCode) { ShortName = ShortNameOf(city.Name) });
                var countyIndex = 0;
                foreach (var county in city.Value.EnumerateArray())
                {
                    var countyName = county.GetString()!;
                    regions.Add(new Region($"{cityCode}{++countyIndex:D2}", countyName, 3, cityCode) { ShortName = ShortNameOf(countyName) });
                }
            }
        }
    }

    private static string ShortNameOf(string name)
    {
        foreach (var suffix in s_suffixes)
        {
            if (name.Length > suffix.Length + 1 && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = name[..^suffix.Length];
                // Ethnic autonomous prefectures: 延边朝鲜族自治州 → 延边.
                var ethnic = stem.IndexOf("族", StringComparison.Ordinal);
                return ethnic > 1 && suffix is "自治州" or "自治区" ? stem[..ethnic].TrimEnd('蒙', '朝', '鲜', '回', '藏', '彝', '苗', '壮', '傣', '白', '哈', '尼', '土', '家', '布', '依', '侗', '黎', '羌', '傈', '僳', '景', '颇', '柯', '尔', '克', '孜', '古', '维', '吾') : stem;
            }
        }

        return name;
    }
}

using ChainGraph.Core.Io;

namespace ChainGraph.Ingest.Regions;

/// <summary>
/// Curated registration places (GB/T 2260 code) for enterprises whose legal names carry no place
/// name. File: CSV with header <c>key,name,regionCode,note</c>; <c>key</c> is the stock or credit code.
/// </summary>
public sealed class LocationSupplement
{
    private readonly Dictionary<string, string> _byKey;
    private readonly Dictionary<string, string> _byName;

    private LocationSupplement(Dictionary<string, string> byKey, Dictionary<string, string> byName)
    {
        _byKey = byKey;
        _byName = byName;
    }

    public static LocationSupplement Empty { get; } = new([], []);

    public int Count => _byKey.Count;

    public string? Find(string key, string name) => _byKey.GetValueOrDefault(key) ?? _byName.GetValueOrDefault(name);

    public static LocationSupplement Load(IDataFiles files, string name)
    {
        var description = files.Describe(name);
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, text) in LineReader.Read(files, name))
        {
            if (line == 1 || text.StartsWith('#'))
            {
                continue;
            }

            var fields = text.Split(',');
            if (fields.Length < 3 || fields[2].Trim().Length is < 2 or > 12 || !fields[2].Trim().All(char.IsAsciiDigit))
            {
                throw new InputFormatException(description, line, "regionCode", "expected 'key,name,regionCode[,note]' with a GB/T 2260 code of 2 to 12 digits");
            }

            byKey[fields[0].Trim()] = fields[2].Trim();
            byName[fields[1].Trim()] = fields[2].Trim();
        }

        return new LocationSupplement(byKey, byName);
    }
}

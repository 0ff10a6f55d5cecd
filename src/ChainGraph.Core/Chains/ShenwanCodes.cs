using System.IO.Compression;
using System.Text.Json;

namespace ChainGraph.Core.Chains;

/// <summary>
/// The Shenwan 2021 industry codes chain templates may cite, embedded from the demo extract's
/// <c>industries.jsonl</c> (ChainKnowledgeGraph) so templates validate without a store.
/// </summary>
public static class ShenwanCodes
{
    private const string Resource = "chains/shenwan-industries.jsonl.gz";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> s_codes = new(Load);

    /// <summary>Code → industry name.</summary>
    public static IReadOnlyDictionary<string, string> Names => s_codes.Value;

    private static Dictionary<string, string> Load()
    {
        using var raw = typeof(ShenwanCodes).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing from ChainGraph.Core; the build did not embed ingest/demo/ckg/industries.jsonl.gz.");
        using var gzip = new GZipStream(raw, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            codes[doc.RootElement.GetProperty("code").GetString()!] = doc.RootElement.GetProperty("name").GetString()!;
        }

        return codes;
    }
}

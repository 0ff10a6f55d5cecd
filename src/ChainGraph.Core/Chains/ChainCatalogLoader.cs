using System.Reflection;
using ChainGraph.Core.Io;

namespace ChainGraph.Core.Chains;

/// <summary>
/// Reads chain templates (<c>ingest/chains/*.yaml</c>, embedded into this assembly; or a folder)
/// and validates them: every industry code must be a Shenwan 2021 code, every parent and feeds
/// target a segment of the same chain, and feeds must not form a cycle. A violation is an
/// <see cref="InputFormatException"/> naming the file, the line and the segment.
/// </summary>
public static class ChainCatalogLoader
{
    /// <summary>Files of the chains folder that are not chain templates.</summary>
    public static readonly IReadOnlySet<string> NonTemplateFiles = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "anchors.yaml", "overrides.yaml" };

    private const string ResourcePrefix = "chains/";

    /// <summary>The templates shipped in the assembly (built from <c>ingest/chains</c>).</summary>
    public static ChainCatalog LoadEmbedded()
    {
        var assembly = typeof(ChainCatalogLoader).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Where(n => !NonTemplateFiles.Contains(n[ResourcePrefix.Length..]))
            .Order(StringComparer.Ordinal);
        return Load(names.Select(n => (n[ResourcePrefix.Length..], (Func<TextReader>)(() => OpenEmbedded(assembly, n)))));
    }

    /// <summary>Opens a non-template file shipped beside the templates (anchors.yaml, overrides.yaml).</summary>
    public static TextReader OpenEmbeddedFile(string fileName) => OpenEmbedded(typeof(ChainCatalogLoader).Assembly, ResourcePrefix + fileName);

    public static ChainCatalog LoadDirectory(string folder) => Load(Directory.EnumerateFiles(folder, "*.yaml")
        .Where(f => !NonTemplateFiles.Contains(Path.GetFileName(f)))
        .Order(StringComparer.Ordinal)
        .Select(f => (f, (Func<TextReader>)(() => new StreamReader(f)))));

    public static ChainCatalog Load(IEnumerable<(string File, Func<TextReader> Open)> files)
    {
        var chains = new List<ChainTemplate>();
        foreach (var (file, open) in files)
        {
            using var reader = open();
            var chain = Parse(file, reader);
            if (chains.FirstOrDefault(c => c.Id == chain.Id || c.Name == chain.Name) is { } clash)
            {
                throw new InputFormatException(file, 1, "id", $"chain '{chain.Id}' ({chain.Name}) repeats the id or name of {clash.Source}; give each chain its own id and name");
            }

            chains.Add(chain);
        }

        return new ChainCatalog(chains);
    }

    public static ChainTemplate Parse(string file, TextReader reader)
    {
        var root = new YamlFields(file, YamlFields.Root(file, reader), "");
        var id = root.Required("id");
        var segments = new List<SegmentTemplate>();
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var s in root.Mappings("segments", f => f.Optional("id") ?? "?"))
        {
            var segment = ParseSegment(s);
            if (!lines.TryAdd(segment.Id, s.Line))
            {
                throw s.Error("id", $"segment id '{segment.Id}' appears twice; segment ids must be unique within a chain");
            }

            segments.Add(segment);
        }

        var chain = new ChainTemplate(id, root.Required("name"), root.Optional("description") ?? "", segments)
        {
            Source = file,
            Aliases = root.List("aliases"),
            Sectors = root.List("sectors"),
        };
        ChainTemplateValidator.Validate(chain, lines, root.LineOf("sectors"));
        return chain;
    }

    private static SegmentTemplate ParseSegment(YamlFields s)
    {
        var stageText = s.Required("stage");
        var stage = stageText.ToLowerInvariant() switch
        {
            "upstream" or "上游" => Stage.Upstream,
            "midstream" or "中游" => Stage.Midstream,
            "downstream" or "下游" => Stage.Downstream,
            _ => throw s.Error("stage", $"'{stageText}' is not a stage; use upstream, midstream or downstream"),
        };
        var segment = new SegmentTemplate(s.Required("id"), s.Required("name"), stage, s.Optional("parent"), s.List("feeds"), s.List("industries"), s.List("products"))
        {
            Description = s.Optional("description") ?? "",
            ExcludeKeywords = s.List("exclude"),
            Sectors = s.List("sectors"),
            IndustryNeedsProduct = s.Flag("industryNeedsProduct"),
        };
        return segment;
    }

    private static StreamReader OpenEmbedded(Assembly assembly, string name) =>
        new(assembly.GetManifestResourceStream(name) ?? throw new FileNotFoundException($"The embedded chain file '{name}' is missing from {assembly.GetName().Name}; the build did not embed ingest/chains."));
}

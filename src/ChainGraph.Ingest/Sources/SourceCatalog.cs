using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ChainGraph.Ingest.Sources;

/// <summary>
/// The source definitions of one ingest folder (<c>ingest/sources/*.yaml</c>), validated on load:
/// a bad file fails with every problem listed as "file: key: problem", so a typo never becomes a silently idle job.
/// </summary>
public sealed class SourceCatalog
{
    private static readonly IDeserializer s_yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private readonly Dictionary<string, SourceDefinition> _sources;

    private SourceCatalog(string ingestRoot, IEnumerable<SourceDefinition> sources, IReadOnlyDictionary<string, string>? problems = null)
    {
        IngestRoot = ingestRoot;
        Problems = problems ?? new Dictionary<string, string>();
        _sources = new Dictionary<string, SourceDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in sources)
        {
            if (!_sources.TryAdd(source.Name, source))
            {
                throw new SourceDefinitionException($"{source.File}: key 'name': '{source.Name}' is already used by {_sources[source.Name].File}; job names must be unique.");
            }
        }
    }

    /// <summary>The folder that relative locations are resolved against (the parent of <c>sources/</c>).</summary>
    public string IngestRoot { get; }

    /// <summary>Files that failed validation in a lenient load, by job name (the file name), with the message.</summary>
    public IReadOnlyDictionary<string, string> Problems { get; }

    public IReadOnlyList<SourceDefinition> Sources => _sources.Values.OrderBy(s => s.Name, StringComparer.Ordinal).ToArray();

    /// <summary>Loads every <c>*.yaml</c> in <c>{ingestRoot}/sources</c>, failing on the first bad file (for start-up validation); an absent folder is an empty catalog.</summary>
    public static SourceCatalog Load(string ingestRoot) =>
        new(ingestRoot, Files(ingestRoot).Select(f => LoadFile(f, ingestRoot)).ToArray());

    /// <summary>
    /// Loads every valid file and records the others in <see cref="Problems"/>: what a running
    /// scheduler uses, so one broken (or since-deleted) source fails only its own job.
    /// </summary>
    public static SourceCatalog LoadLenient(string ingestRoot)
    {
        var sources = new List<SourceDefinition>();
        var problems = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Files(ingestRoot))
        {
            try
            {
                sources.Add(LoadFile(file, ingestRoot));
            }
            catch (SourceDefinitionException ex)
            {
                problems[Path.GetFileNameWithoutExtension(file)] = ex.Message;
            }
        }

        return new SourceCatalog(ingestRoot, sources, problems);
    }

    private static IEnumerable<string> Files(string ingestRoot)
    {
        var folder = Path.Combine(ingestRoot, "sources");
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.yaml").Concat(Directory.EnumerateFiles(folder, "*.yml")).Order(StringComparer.Ordinal)
            : [];
    }

    public static SourceDefinition LoadFile(string file, string ingestRoot)
    {
        SourceYaml? yaml;
        try
        {
            yaml = s_yaml.Deserialize<SourceYaml>(File.ReadAllText(file));
        }
        catch (YamlException ex)
        {
            throw new SourceDefinitionException($"{file}:{ex.Start.Line}:{ex.Start.Column}: {Innermost(ex).Message} (keys: name, description, kind, location, entity, fields, rows, pagination.next, pagination.maxPages, schedule, allowedHosts, tags, sheet)", ex);
        }

        return SourceValidator.Validate(yaml ?? new SourceYaml(), file, ingestRoot);
    }

    public bool TryGet(string name, out SourceDefinition source) => _sources.TryGetValue(name, out source!);

    public SourceDefinition Get(string name) => TryGet(name, out var source)
        ? source
        : throw new SourceDefinitionException($"There is no source named '{name}' in {Path.Combine(IngestRoot, "sources")}; known: {string.Join(", ", _sources.Keys.Order(StringComparer.Ordinal))}.");

    private static Exception Innermost(Exception ex) => ex.InnerException is { } inner ? Innermost(inner) : ex;
}

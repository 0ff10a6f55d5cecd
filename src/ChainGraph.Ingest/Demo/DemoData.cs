using ChainGraph.Core.Io;

namespace ChainGraph.Ingest.Demo;

/// <summary>
/// The demo extract shipped inside this assembly (ingest/demo in the repository): ckg, ickg25-past
/// and the regions gazetteer, gzip-compressed. Sources and terms: ingest/demo/README.md.
/// </summary>
public static class DemoData
{
    /// <summary>When the extract was taken from the published data sets; the fetched-at of every demo fact.</summary>
    public static DateTimeOffset FetchedAt { get; } = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    public static IDataFiles Ckg { get; } = Embedded("demo/ckg/");

    public static IDataFiles Ickg { get; } = Embedded("demo/ickg25-past/");

    public static IDataFiles Regions { get; } = Embedded("demo/regions/");

    /// <summary>Curated locations and other small tables of the demo (demo/*.csv).</summary>
    public static IDataFiles Root { get; } = Embedded("demo/");

    private static EmbeddedDataFiles Embedded(string prefix) => new(typeof(DemoData).Assembly, prefix);
}

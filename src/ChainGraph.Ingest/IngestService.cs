using ChainGraph.Core.Graph;
using ChainGraph.Core.Io;
using ChainGraph.Core.Model;
using ChainGraph.Core.Regions;
using ChainGraph.Core.Store;
using ChainGraph.Ingest.Chains;
using ChainGraph.Ingest.Ckg;
using ChainGraph.Ingest.Demo;
using ChainGraph.Ingest.Ickg;
using ChainGraph.Ingest.Loading;
using ChainGraph.Ingest.Regions;

namespace ChainGraph.Ingest;

/// <summary>
/// The entry points of file ingestion, shared by the CLI and the web app: the demo data, a ckg
/// folder, an ICKG folder. Each writes through the store in atomic batches and marks the
/// snapshot stale afterwards.
/// </summary>
public sealed class IngestService(IGraphStore store, IGraphSnapshotProvider snapshots, IngestOptions options)
{
    public const string LocationSupplementFile = "locations-supplement.csv";

    private readonly Lazy<RegionGazetteer> _gazetteer = new(() => RegionData.Load(DemoData.Regions));

    public RegionGazetteer Gazetteer => _gazetteer.Value;

    /// <summary>
    /// Regions, then ckg, then ickg25-past, then the chains, all from the shipped demo extract.
    /// <paramref name="stepDone"/>, when given, receives each step's name and duration (for <c>bench import</c>).
    /// </summary>
    public async Task<IReadOnlyList<LoadReport>> IngestDemoAsync(IProgress<long>? progress, CancellationToken cancellationToken, Action<string, TimeSpan>? stepDone = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Done(string step)
        {
            stepDone?.Invoke(step, clock.Elapsed);
            clock.Restart();
        }

        var reports = new List<LoadReport> { await IngestRegionsAsync(cancellationToken) };
        Done("regions");
        reports.AddRange(await IngestCkgCoreAsync(DemoData.Ckg, "ckg", DemoData.FetchedAt, progress, cancellationToken));
        Done("ckg");
        reports.Add(await IngestIckgCoreAsync(DemoData.Ickg, "ickg25", DemoData.FetchedAt, progress, cancellationToken));
        Done("ickg25-past");
        reports.Add(await new ChainIngestor(store, snapshots, options).IngestShippedAsync(null, cancellationToken));
        Done("chains");
        snapshots.Invalidate();
        return reports;
    }

    public async Task<IReadOnlyList<LoadReport>> IngestCkgAsync(string folder, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var files = new DirectoryDataFiles(folder);
        var reports = new List<LoadReport> { await IngestRegionsAsync(cancellationToken) };
        reports.AddRange(await IngestCkgCoreAsync(files, "ckg", FolderTime(folder), progress, cancellationToken));
        snapshots.Invalidate();
        return reports;
    }

    public async Task<IReadOnlyList<LoadReport>> IngestIckgAsync(string folder, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var files = new DirectoryDataFiles(folder);
        var reports = new List<LoadReport> { await IngestRegionsAsync(cancellationToken) };
        reports.Add(await IngestIckgCoreAsync(files, "ickg:" + Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))), FolderTime(folder), progress, cancellationToken));
        snapshots.Invalidate();
        return reports;
    }

    public EnterpriseLocator CreateLocator() => new(Gazetteer, LocationSupplement.Load(DemoData.Root, LocationSupplementFile));

    private Task<LoadReport> IngestRegionsAsync(CancellationToken cancellationToken) =>
        new RegionLoader(store, options).LoadAsync(Gazetteer, new Provenance(RegionLoader.SourceName, "modood/Administrative-divisions-of-China pca-code.json", DemoData.FetchedAt), cancellationToken);

    private Task<IReadOnlyList<LoadReport>> IngestCkgCoreAsync(IDataFiles files, string source, DateTimeOffset fetchedAt, IProgress<long>? progress, CancellationToken cancellationToken) =>
        new CkgLoader(store, options).LoadAsync(files, source, fetchedAt, CreateLocator(), progress, cancellationToken);

    private Task<LoadReport> IngestIckgCoreAsync(IDataFiles files, string source, DateTimeOffset fetchedAt, IProgress<long>? progress, CancellationToken cancellationToken) =>
        new IckgLoader(store, options).LoadAsync(files, source, fetchedAt, CreateLocator(), progress, cancellationToken);

    // Facts from a folder are stamped with the folder's newest file time: stable across re-runs, so re-imports stay idempotent.
    private static DateTimeOffset FolderTime(string folder) =>
        Directory.EnumerateFiles(folder).Select(f => new DateTimeOffset(File.GetLastWriteTimeUtc(f), TimeSpan.Zero)).DefaultIfEmpty(DemoData.FetchedAt).Max();
}

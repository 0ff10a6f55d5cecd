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

    /// <summary>Rows the demo import writes (regions, ckg, ickg25-past, chains): its bulk-load size.</summary>
    public const long DemoRows = 230_000;


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

        await using var bulk = await BeginBulkLoadAsync(DemoRows, cancellationToken);
        var reports = new List<LoadReport> { await IngestRegionsAsync(cancellationToken) };
        Done("regions");
        reports.AddRange(await IngestCkgCoreAsync(DemoData.Ckg, "ckg", DemoData.FetchedAt, progress, cancellationToken));
        Done("ckg");
        reports.Add(await IngestIckgCoreAsync(DemoData.Ickg, "ickg25", DemoData.FetchedAt, progress, cancellationToken));
        Done("ickg25-past");
        reports.Add(await new ChainIngestor(store, snapshots, options).IngestShippedAsync(null, cancellationToken));
        Done("chains");
        await bulk.DisposeAsync();
        Done("indexes");
        snapshots.Invalidate();
        return reports;
    }

    public async Task<IReadOnlyList<LoadReport>> IngestCkgAsync(string folder, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var files = new DirectoryDataFiles(folder);
        await using var bulk = await BeginBulkLoadAsync(EstimateRows(folder), cancellationToken);
        var reports = new List<LoadReport> { await IngestRegionsAsync(cancellationToken) };
        reports.AddRange(await IngestCkgCoreAsync(files, "ckg", FolderTime(folder), progress, cancellationToken));
        snapshots.Invalidate();
        return reports;
    }

    public async Task<IReadOnlyList<LoadReport>> IngestIckgAsync(string folder, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var files = new DirectoryDataFiles(folder);
        await using var bulk = await BeginBulkLoadAsync(EstimateRows(folder), cancellationToken);
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

    /// <summary>A bulk-load session when the store supports one (see <see cref="IBulkLoadTarget"/>), else nothing to end.</summary>
    private async Task<IAsyncDisposable> BeginBulkLoadAsync(long expectedRows, CancellationToken cancellationToken) =>
        store is IBulkLoadTarget target ? await target.BeginBulkLoadAsync(expectedRows, cancellationToken) : NoBulkLoad.Instance;

    /// <summary>The size of a folder load for <see cref="IBulkLoadTarget"/>: the lines of its files (about a row each), counted at disk speed.</summary>
    private static long EstimateRows(string folder)
    {
        var files = new DirectoryDataFiles(folder);
        var buffer = new byte[1 << 16];
        long lines = 0;
        foreach (var path in Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(path);
            using var stream = files.Open(name.EndsWith(".gz", StringComparison.Ordinal) ? name[..^3] : name);
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
            }
        }

        return lines;
    }

    private sealed class NoBulkLoad : IAsyncDisposable
    {
        public static NoBulkLoad Instance { get; } = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    // Facts from a folder are stamped with the folder's newest file time: stable across re-runs, so re-imports stay idempotent.
    private static DateTimeOffset FolderTime(string folder) =>
        Directory.EnumerateFiles(folder).Select(f => new DateTimeOffset(File.GetLastWriteTimeUtc(f), TimeSpan.Zero)).DefaultIfEmpty(DemoData.FetchedAt).Max();
}

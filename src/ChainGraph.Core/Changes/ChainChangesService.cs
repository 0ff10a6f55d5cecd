using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;

namespace ChainGraph.Core.Changes;

/// <summary>
/// 产业链动态 on the current snapshot, shared by the CLI and the web app. The window defaults to the
/// <see cref="DefaultDays"/> days up to the latest date in the data. The snapshots as of a date and the results
/// are kept per current snapshot (they die with it when ingestion replaces it), so the 总览 page's six chains
/// cut the graph twice, not twelve times.
/// </summary>
public sealed class ChainChangesService(IGraphSnapshotProvider snapshots, ChainCatalog catalog, HomeRegionOptions home, ChainMapOptions options)
{
    public const int DefaultDays = 30;

    /// <summary>Distinct windows and regions kept per snapshot (they are user input, so the cache is bounded).</summary>
    public const int MaxCached = 64;

    private readonly ConditionalWeakTable<GraphSnapshot, PerSnapshot> _cache = new();

    /// <summary>The latest date the graph carries, or null when no relationship is dated.</summary>
    public async Task<DateOnly?> LatestDateAsync(CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        return _cache.GetValue(snapshot, s => new PerSnapshot(s)).Latest.Value;
    }

    /// <summary>
    /// Changes of <paramref name="chain"/> in the window (<paramref name="from"/>, <paramref name="to"/>]; <paramref name="to"/>
    /// defaults to the latest date in the data, <paramref name="from"/> to <see cref="DefaultDays"/> days before it.
    /// </summary>
    /// <exception cref="ChainNotFoundException">Unknown chain or region.</exception>
    /// <exception cref="ArgumentException">The window is empty (from not before to) or the graph has no dates and none was given.</exception>
    public async Task<ChainChanges> GetAsync(string chain, DateOnly? from, DateOnly? to, string? region, CancellationToken cancellationToken)
    {
        var template = catalog.Find(chain);
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var cache = _cache.GetValue(snapshot, s => new PerSnapshot(s));
        var end = to ?? cache.Latest.Value ?? throw new ArgumentException("The graph has no dated relationship, so there is no latest date to count back from; give both dates.", nameof(to));
        var start = from ?? end.AddDays(-DefaultDays);
        if (start >= end)
        {
            throw new ArgumentException($"The window starts {start:yyyy-MM-dd} and ends {end:yyyy-MM-dd}; the start must be before the end.", nameof(from));
        }

        var regionName = string.IsNullOrWhiteSpace(region) ? home.Region : region.Trim();
        var key = (template.Id, start, end, regionName);
        if (cache.Results.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var homeRegion = HomeRegionResolver.Resolve(snapshot, regionName, home.CompareLevel);
        var result = ChainChangesCalculator.Compute(cache.AsOf(start), cache.AsOf(end), template, homeRegion, options, start, end);
        if (cache.Results.Count < MaxCached)
        {
            cache.Results.TryAdd(key, result);
        }

        return result;
    }

    private sealed class PerSnapshot(GraphSnapshot snapshot)
    {
        private readonly ConcurrentDictionary<DateOnly, Lazy<GraphSnapshot>> _asOf = new();

        public Lazy<DateOnly?> Latest { get; } = new(() => ChainChangesCalculator.LatestDate(snapshot));

        public ConcurrentDictionary<(string, DateOnly, DateOnly, string), ChainChanges> Results { get; } = new();

        public GraphSnapshot AsOf(DateOnly date)
        {
            if (_asOf.Count >= MaxCached)
            {
                return snapshot.AsOfDate(date);
            }

            return _asOf.GetOrAdd(date, d => new Lazy<GraphSnapshot>(() => snapshot.AsOfDate(d))).Value;
        }
    }
}

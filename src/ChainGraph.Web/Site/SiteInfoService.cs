using System.Runtime.CompilerServices;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Web.Events;
using ChainGraph.Web.Hosting;

namespace ChainGraph.Web.Site;

/// <summary>Builds <see cref="SiteInfo"/>; the freshness dates are read once per graph snapshot.</summary>
public sealed class SiteInfoService(IGraphSnapshotProvider snapshots, HomeRegionOptions home, ChainGraphWebOptions options, SiteTime time, PdfPrinter printer)
{
    private readonly ConditionalWeakTable<GraphSnapshot, Freshness> _freshness = new();

    public async Task<SiteInfo> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var freshness = _freshness.GetValue(snapshot, Measure);
        string region = home.Region, compare = home.Region;
        try
        {
            var resolved = HomeRegionResolver.Resolve(snapshot, home.Region, home.CompareLevel);
            (region, compare) = (resolved.Name, resolved.CompareName);
        }
        catch (ChainNotFoundException)
        {
            // An empty store (no Region nodes yet): the configured name is all there is to show.
        }

        return new SiteInfo(region, compare, time.ZoneId, time.ZoneName, freshness.LatestFact, freshness.FetchedAt, printer.IsAvailable, options.RequireSignInToBrowse);
    }

    // The latest date any relationship carries (ICKG facts are dated), and the newest fetch time of any enterprise
    // (the data about companies; a policy document's file time says nothing about them).
    private static Freshness Measure(GraphSnapshot snapshot)
    {
        DateOnly? latest = null;
        for (var e = 0; e < snapshot.EdgeCount; e++)
        {
            if (snapshot.EdgeSince(e) is { } since && (latest is null || since > latest))
            {
                latest = since;
            }
        }

        DateTimeOffset? fetched = null;
        foreach (var n in snapshot.NodesOf(NodeKind.Enterprise))
        {
            var at = snapshot.Node(n).Provenance.FetchedAt;
            if (at > DateTimeOffset.UnixEpoch && (fetched is null || at > fetched))
            {
                fetched = at;
            }
        }

        return new Freshness(latest, fetched);
    }

    private sealed record Freshness(DateOnly? LatestFact, DateTimeOffset? FetchedAt);
}

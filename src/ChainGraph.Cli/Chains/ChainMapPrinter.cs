using System.Globalization;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Regions;
using Spectre.Console;

namespace ChainGraph.Cli.Chains;

/// <summary>Text tables for chain maps, gaps and explanations.</summary>
internal static class ChainMapPrinter
{
    public static void PrintMap(IAnsiConsole console, ChainMap map, IReadOnlyList<SegmentFigures> segments, string title)
    {
        var s = map.Summary;
        console.WriteLine($"{map.Chain.Name} ({map.Chain.Id}) — {title}; home region {map.Region.Name}, compared at {map.Region.CompareName}");
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"local coverage {s.CoveredSegments}/{s.Segments} segments ({s.LocalCoverage:P0}); missing {s.Missing} (urgent {s.Urgent}), weak {s.Weak}, strong {s.Strong}; enterprises {s.LocalEnterprises} local of {s.NationalEnterprises}; chain local share {s.ChainLocalShare:0.####}"));
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("stage", "segment", "national", "local", "LQ 区位熵", "demand", "status", "why", "local enterprises");
        foreach (var f in segments)
        {
            var name = f.Parent is null ? f.Segment : "  └ " + f.Segment;
            var local = string.Join("、", f.LocalEnterprises.Take(4).Select(e => map.Snapshot.Name(e))) + (f.LocalEnterprises.Count > 4 ? " …" : "");
            table.AddRow(
                ChainMapJson.StageZh(f.Stage),
                Markup.Escape(name),
                f.National.ToString(CultureInfo.InvariantCulture),
                f.Local.ToString(CultureInfo.InvariantCulture),
                f.Lq?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—",
                f.Demand.ToString("0.##", CultureInfo.InvariantCulture),
                StatusMarkup(f),
                Markup.Escape(Why(f)),
                Markup.Escape(local));
        }

        console.Write(table);
    }

    public static void PrintExplanation(IAnsiConsole console, ChainMap map, SegmentExplanation x)
    {
        console.WriteLine($"{map.Chain.Name} / {x.Figures.Segment} ({x.Figures.SegmentId}), {ChainMapJson.StageZh(x.Figures.Stage)}, status {ChainMapJson.Status(x.Figures.Status)}");
        foreach (var line in x.Arithmetic)
        {
            console.WriteLine("  " + line);
        }

        var table = new Table().Border(TableBorder.Simple).Title($"Enterprises in the segment ({x.Enterprises.Count})")
            .AddColumns("enterprise", "where", "local", "anchor", "weight", "facts");
        foreach (var e in x.Enterprises.Take(80))
        {
            table.AddRow(
                Markup.Escape($"{e.Name} ({e.Key})"),
                Markup.Escape(PlaceNames.Format(e.Province, e.City, none: "—")),
                e.IsLocal ? "yes" : "",
                e.IsAnchor ? "链主" : "",
                e.Weight.ToString("0.###", CultureInfo.InvariantCulture),
                Markup.Escape(string.Join("; ", e.Evidence.Select(Describe))));
        }

        console.Write(table);
        if (x.Enterprises.Count > 80)
        {
            console.WriteLine($"… and {x.Enterprises.Count - 80} more (use --json for all).");
        }

        if (x.Demand.Count > 0)
        {
            var demand = new Table().Border(TableBorder.Simple).Title($"Demand terms ({x.Demand.Count})").AddColumns("from segment", "local enterprise", "placement weight", "anchor", "contribution");
            foreach (var d in x.Demand)
            {
                demand.AddRow(Markup.Escape(d.DownstreamSegment), Markup.Escape(d.EnterpriseName), d.PlacementWeight.ToString("0.###", CultureInfo.InvariantCulture), d.IsAnchor ? "链主" : "", d.Contribution.ToString("0.###", CultureInfo.InvariantCulture));
            }

            console.Write(demand);
        }
    }

    private static string Describe(PlacementEvidence e) => e.Kind switch
    {
        ChainPlacer.IndustryEvidence => $"IN_INDUSTRY {e.Target} (segment code {e.Matched})",
        ChainPlacer.ProductEvidence => string.Create(CultureInfo.InvariantCulture, $"MAKES {e.Target} ~{e.Matched} (share {e.RevenueShare:0.###})"),
        _ => $"{e.Kind}: {e.Matched} [{e.Source}]",
    };

    private static string StatusMarkup(SegmentFigures f) => f.Status switch
    {
        SegmentStatus.Missing when f.Urgent => "[red bold]missing · urgent[/]",
        SegmentStatus.Missing => "[red]missing[/]",
        SegmentStatus.Weak => "[yellow]weak[/]",
        _ => "[green]strong[/]",
    };

    /// <summary>The status rule in a few words (docs/chains.md, "Status"); the arithmetic is in <c>--explain</c>.</summary>
    internal static string Why(SegmentFigures f) => f.Reason switch
    {
        StatusReason.NoEnterpriseAnywhere => "nobody local; none in the graph at all",
        StatusReason.NoLocalEnterprise => f.Urgent ? "nobody local; local firms depend on it" : "nobody local",
        StatusReason.LowLocationQuotient => "LQ below threshold",
        StatusReason.TooFewLocal => f.Local == 1 ? "a single local firm" : "too few local firms",
        _ => "",
    };
}

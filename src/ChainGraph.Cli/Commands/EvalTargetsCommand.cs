using System.CommandLine;
using System.Globalization;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Recommender.Evaluation;
using ChainGraph.Recommender.Recommending;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// <c>chaingraph eval targets [--top N] [--json]</c>: the target-quality report over every anchor × direction and
/// every gap segment of the chains on the store (share grounded in the chain, share disqualified, overlap between
/// anchors of different chains, short lists). The link-prediction evaluation is <c>chaingraph eval --history …</c>.
/// </summary>
internal sealed class EvalTargetsCommand : ICliCommand
{
    public string Parent => "eval";

    public Command Create(CliContext context)
    {
        var top = new Option<int>("--top") { Description = "List length judged per query (1..100).", DefaultValueFactory = _ => 10 };
        var json = CliOptions.Json();
        var command = new Command("targets", "Target-list quality on the store: every anchor × direction and every gap segment; grounded share, disqualified share, overlap between anchors of different chains, short lists.") { top, json };
        command.SetAction(async (parse, ct) =>
        {
            var n = parse.GetValue(top);
            if (n is < 1 or > 100)
            {
                throw new CliUserException($"--top {n} is outside 1..100.");
            }

            await using var services = await context.CreateServicesAsync(parse, ct);
            var evaluator = new TargetQualityEvaluator(
                services.GetRequiredService<IRecommender>(), services.GetRequiredService<IChainMapService>(),
                services.GetRequiredService<IGraphSnapshotProvider>(), services.GetRequiredService<HomeRegionOptions>());
            TargetQualityReport report;
            try
            {
                report = await evaluator.RunAsync(n, ct);
            }
            catch (RecommendException ex)
            {
                throw new CliUserException(ex.Message);
            }

            if (parse.GetValue(json))
            {
                context.WriteJson(new
                {
                    report.Top, queries = report.Queries.Count, report.Rows, report.GroundedShare, report.DisqualifiedShare,
                    report.Short, report.Empty, report.IdenticalAcrossChains, report.Overlaps, details = report.Queries,
                });
                return CliApplication.ExitOk;
            }

            Print(context, report);
            return CliApplication.ExitOk;
        });
        return command;
    }

    private static void Print(CliContext context, TargetQualityReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("form", "chains", "query", "rows", "grounded", "disqualified");
        foreach (var q in report.Queries)
        {
            table.AddRow(q.Form, q.Chains, Markup.Escape(q.Query), I(q.Rows), I(q.Grounded), Markup.Escape(string.Join("; ", q.Disqualified)));
        }

        context.Console.Write(table);
        foreach (var o in report.Overlaps.Take(10))
        {
            context.Output.WriteLine($"overlap across chains: {o.First} × {o.Second}: {o.Shared} shared (Jaccard {o.Jaccard:F2})");
        }

        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Queries.Count} queries, {report.Rows} rows (top {report.Top}); grounded {report.GroundedShare:P1}; disqualified {report.DisqualifiedShare:P1}; " +
            $"short lists {report.Short} (empty {report.Empty}); anchor pairs of different chains sharing targets {report.Overlaps.Count}, identical {report.IdenticalAcrossChains}"));
    }

    private static string I(int n) => n.ToString(CultureInfo.InvariantCulture);
}

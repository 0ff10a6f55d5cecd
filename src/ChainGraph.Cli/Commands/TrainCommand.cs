using System.CommandLine;
using System.Diagnostics;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Recommender.Recommending;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph train [--json]</c>: trains the ranker on the store's dated relationships and saves it beside the database.</summary>
internal sealed class TrainCommand : ICliCommand
{
    public string Parent => "";

    public Command Create(CliContext context)
    {
        var json = CliOptions.Json();
        var command = new Command("train", "Train the target-enterprise ranker (ML.NET LambdaMART) on the graph's dated supply/cooperation/investment links; saves model, feature list and report next to the database.") { json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var asJson = parseResult.GetValue(json);
            var watch = Stopwatch.StartNew();
            var report = await services.GetRequiredService<TrainingService>().TrainAsync(asJson ? null : line => context.Error.WriteLine(line), cancellationToken);
            var folder = services.GetRequiredService<RecommenderOptions>().ModelFolder;
            if (asJson)
            {
                context.WriteJson(new { folder, report });
                return CliApplication.ExitOk;
            }

            context.Output.WriteLine($"model saved to {folder} in {watch.Elapsed.TotalSeconds:F1} s");
            context.Output.WriteLine($"data {report.DataFrom:yyyy-MM-dd}..{report.DataTo:yyyy-MM-dd}, internal cut-offs {string.Join(", ", report.InternalCutoffs.Select(c => c.ToString("yyyy-MM-dd")))}");
            context.Output.WriteLine($"training: {report.TrainingQueries} queries, {report.TrainingRows} rows, {report.TrainingPositives} positives, {report.Features.Count} features");
            context.Output.WriteLine($"validation: {report.ValidationQueries} links, NDCG@10 {report.ValidationNdcg10:F4}, MRR {report.ValidationMrr:F4}");
            return CliApplication.ExitOk;
        });
        return command;
    }
}

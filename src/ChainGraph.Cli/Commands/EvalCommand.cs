using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Core.Ickg;
using ChainGraph.Recommender.Evaluation;
using ChainGraph.Recommender.Features;
using ChainGraph.Recommender.Ranking;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph eval --history DIR (--cutoff DATE | --future DIR) [--relations R1,R2] [--json]</c>: the model against graph baselines.</summary>
internal sealed class EvalCommand : ICliCommand
{
    public string Parent => "";

    public Command Create(CliContext context)
    {
        var history = new Option<string>("--history") { Description = "ICKG-format folder every method may learn from (plain or .gz files).", Required = true };
        var cutoff = new Option<string?>("--cutoff") { Description = "Facts of --history at or after this date (yyyy-MM-dd) are the links to predict." };
        var future = new Option<string?>("--future") { Description = "ICKG-format folder of later facts to predict; entities matched to the history by name." };
        var relations = new Option<string?>("--relations") { Description = "Comma-separated ICKG relations to predict (default 供给,合作,投资,合资,并购)." };
        var json = new Option<bool>("--json") { Description = "Print {\"queries\":N,\"methods\":{...}} instead of a table." };
        var command = new Command("eval", "Chronological link-prediction evaluation of the ranker against random, popularity, common neighbours, Adamic–Adar, personalized PageRank and same-industry baselines.")
        {
            history, cutoff, future, relations, json,
        };
        command.SetAction((parse, ct) => RunAsync(context, parse.GetValue(history)!, parse.GetValue(cutoff), parse.GetValue(future), parse.GetValue(relations), parse.GetValue(json), ct));
        return command;
    }

    private static Task<int> RunAsync(CliContext context, string history, string? cutoff, string? future, string? relations, bool json, CancellationToken cancellationToken)
    {
        if (cutoff is null == future is null)
        {
            throw new CliUserException("Give exactly one of --cutoff DATE or --future DIR.");
        }

        DateOnly? cut = null;
        if (cutoff is not null)
        {
            cut = DateOnly.TryParseExact(cutoff, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : throw new CliUserException($"--cutoff '{cutoff}' is not a date in the form yyyy-MM-dd (e.g. 2025-06-15).");
        }

        var options = new EvalOptions
        {
            Cutoff = cut,
            Future = future is null ? null : IckgDataset.Load(future),
            Relations = relations is null ? IckgRelations.DefaultTargets : relations.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new CliUserException(ex.Message);
        }

        var watch = Stopwatch.StartNew();
        // Settings come from the environment only (no store is opened): ChainGraph__Recommender__Training__Windows=8, …
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var ranker = configuration.GetSection(RankerOptions.Section).Get<RankerOptions>() ?? new RankerOptions();
        var settings = configuration.GetSection(FeatureSettings.Section).Get<FeatureSettings>() ?? new FeatureSettings();
        ranker.Validate();
        settings.Validate();
        var evaluator = new LinkPredictionEvaluator(FeatureSet.CreateDefault(), settings, ranker);
        var report = evaluator.Run(IckgDataset.Load(history), options, json ? null : line => context.Error.WriteLine(line), cancellationToken);
        if (json)
        {
            context.WriteJson(new { queries = report.Queries, methods = report.Methods.ToDictionary(kv => kv.Key, kv => kv.Value) });
            return Task.FromResult(CliApplication.ExitOk);
        }

        var table = new Table().AddColumns("method", "MRR", "Hits@1", "Hits@10", "NDCG@10", "queries");
        foreach (var (name, m) in report.Methods)
        {
            table.AddRow(name, F(m.Mrr), F(m.Hits1), F(m.Hits10), F(m.Ndcg10), report.Queries.ToString(CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
        var best = report.Methods.Skip(1).Max(kv => kv.Value.Ndcg10);
        context.Output.WriteLine(
            $"cut-off {report.Cutoff:yyyy-MM-dd}, horizon {report.HorizonDays} d, {report.HistoryFacts} history facts, {report.Candidates} candidates; " +
            $"model NDCG@10 / best baseline = {(best > 0 ? report.Methods[0].Value.Ndcg10 / best : double.NaN):F2}; {watch.Elapsed.TotalSeconds:F1} s");
        return Task.FromResult(CliApplication.ExitOk);
    }

    private static string F(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
}

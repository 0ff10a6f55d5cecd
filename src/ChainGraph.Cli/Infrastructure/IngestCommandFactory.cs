using System.CommandLine;
using System.Diagnostics;
using ChainGraph.Ingest;
using ChainGraph.Ingest.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Cli.Infrastructure;

/// <summary>The shape every <c>chaingraph ingest X [DIR]</c> command shares: services, a progress bar, the report.</summary>
internal static class IngestCommandFactory
{
    public delegate Task<IReadOnlyList<LoadReport>> IngestWork(IngestService ingest, string? folder, IProgress<long> progress, CancellationToken cancellationToken);

    public static Command Create(CliContext context, string name, string description, string? folderDescription, long expectedRows, IngestWork work)
    {
        var json = CliOptions.Json();
        var command = new Command(name, description) { json };
        var folder = folderDescription is null ? null : new Argument<string>("DIR") { Description = folderDescription };
        if (folder is not null)
        {
            command.Arguments.Add(folder);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var ingest = services.GetRequiredService<IngestService>();
            var asJson = parseResult.GetValue(json);
            var path = folder is null ? null : parseResult.GetValue(folder);
            var clock = Stopwatch.StartNew();
            var reports = await ProgressReporter.RunAsync(context, $"{name} import", expectedRows, asJson, p => work(ingest, path, p, cancellationToken));
            LoadReportPrinter.Print(context, reports, asJson, clock.Elapsed);
            return CliApplication.ExitOk;
        });
        return command;
    }
}

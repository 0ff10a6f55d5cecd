using System.CommandLine;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Ingest.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph jobs run NAME [--json]</c>: run one source now, recorded in the run history like a scheduled run.</summary>
internal sealed class JobsRunCommand : ICliCommand
{
    public string Parent => "jobs";

    public Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The job (source) name, as `chaingraph jobs list` shows it." };
        var json = CliOptions.Json();
        var command = new Command("run", "Run one ingestion job now. Idempotent: a second run adds and updates nothing; a killed run loses no committed batch. Exit 0: all rows taken; 2: some rows rejected (listed); 1: the job failed.") { name, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var runner = services.GetRequiredService<JobRunner>();
            var catalog = runner.Catalog();
            var job = parseResult.GetValue(name)!;
            if (catalog.Problems.TryGetValue(job, out var problem))
            {
                throw new CliUserException(problem);
            }

            if (!catalog.TryGet(job, out var source))
            {
                throw new CliUserException($"There is no job named '{job}'. Known jobs: {string.Join(", ", catalog.Sources.Select(s => s.Name))}.");
            }

            var outcome = await runner.RunAsync(source, cancellationToken);
            if (parseResult.GetValue(json))
            {
                context.WriteJson(new
                {
                    job = outcome.Job,
                    run = outcome.RunId,
                    status = outcome.Status.ToString().ToLowerInvariant(),
                    added = outcome.Counts.Added,
                    updated = outcome.Counts.Updated,
                    rejected = outcome.Counts.Rejected,
                    held = outcome.Counts.Held,
                    message = outcome.Message,
                    rejections = outcome.Rejections,
                });
            }
            else
            {
                await context.Output.WriteLineAsync($"{outcome.Job}: {outcome.Status.ToString().ToLowerInvariant()} — {outcome.Message}");
                foreach (var rejection in outcome.Rejections)
                {
                    await context.Error.WriteLineAsync($"rejected: {rejection}");
                }
            }

            // Rows rejected: the good rows are stored, but the run did not take the whole source; say so to scripts and cron.
            return outcome.Status switch
            {
                JobStatus.Failed => CliApplication.ExitFailure,
                JobStatus.Partial => CliApplication.ExitInputError,
                _ => CliApplication.ExitOk,
            };
        });
        return command;
    }
}

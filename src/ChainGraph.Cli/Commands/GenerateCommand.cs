using System.CommandLine;
using System.Diagnostics;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Ingest.Synthetic;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// <c>chaingraph generate --enterprises N --out DIR [--seed S]</c>: a seeded synthetic graph in the
/// ckg and ICKG formats (DIR/ckg, DIR/ickg), to import with <c>ingest ckg</c> and <c>ingest ickg</c>
/// and measure at city or province scale. Same seed and size, same files.
/// </summary>
internal sealed class GenerateCommand : ICliCommand
{
    public string Parent => "";

    public Command Create(CliContext context)
    {
        var enterprises = EnterprisesOption();
        var seed = SeedOption();
        var output = new Option<string>("--out") { Description = "Folder to write ckg/ and ickg/ into (created; files in it are replaced).", Required = true };
        var command = new Command("generate", "Write a seeded synthetic graph (power-law links, dated facts, the demo's industries and products) in the ckg and ICKG formats.")
        {
            enterprises, seed, output,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var options = Options(parseResult.GetValue(enterprises), parseResult.GetValue(seed));
            var clock = Stopwatch.StartNew();
            var summary = SyntheticGraphGenerator.Generate(options, parseResult.GetValue(output)!, cancellationToken);
            Print(context, summary, clock.Elapsed);
            return Task.FromResult(CliApplication.ExitOk);
        });
        return command;
    }

    public static Option<int> EnterprisesOption() => new("--enterprises")
    {
        Description = $"Enterprises to generate ({SyntheticGraphOptions.MinEnterprises:N0}..{SyntheticGraphOptions.MaxEnterprises:N0}); about 8 relationships each.",
        DefaultValueFactory = _ => 20_000,
    };

    public static Option<int> SeedOption() => new("--seed") { Description = "Seed of every random choice.", DefaultValueFactory = _ => 42 };

    public static SyntheticGraphOptions Options(int enterprises, int seed)
    {
        var options = new SyntheticGraphOptions { Enterprises = enterprises, Seed = seed };
        try
        {
            options.Validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new CliUserException($"--enterprises {enterprises}: {ex.Message.Split(Environment.NewLine)[0]}");
        }

        return options;
    }

    public static void Print(CliContext context, SyntheticGraphSummary summary, TimeSpan elapsed)
    {
        context.Output.WriteLine($"generated {summary.Enterprises:N0} enterprises ({summary.Listed:N0} listed), {summary.TotalRows:N0} rows in {elapsed.TotalSeconds:F1} s:");
        foreach (var (file, rows) in summary.Rows.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            context.Output.WriteLine($"  {file,-36} {rows,12:N0}");
        }

        context.Output.WriteLine($"import: chaingraph --db DB ingest ckg {summary.CkgFolder} && chaingraph --db DB ingest ickg {summary.IckgFolder} && chaingraph --db DB ingest chains");
    }
}

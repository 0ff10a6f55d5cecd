using System.CommandLine;
using ChainGraph.Core.Io;
using ChainGraph.Core.Store;

namespace ChainGraph.Cli.Infrastructure;

/// <summary>Builds the command tree from the discovered <see cref="ICliCommand"/>s and runs it with uniform error handling.</summary>
internal static class CliApplication
{
    public const int ExitOk = 0;
    public const int ExitFailure = 1;
    public const int ExitInputError = 2;
    public const int ExitBug = 70;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var context = new CliContext(output, error);
        var root = BuildRoot(context);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await root.Parse(args).InvokeAsync(configuration);
        }
        catch (InputFormatException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return ExitInputError;
        }
        catch (Exception ex) when (ex is CliUserException or StoreSchemaException or FileNotFoundException or DirectoryNotFoundException or IOException or InvalidOperationException)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return ExitFailure;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("cancelled");
            return ExitFailure;
        }
    }

    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("ChainGraph: the industry-chain knowledge graph and target-enterprise recommender for chain leads (产业链链长).");
        root.Options.Add(context.DbOption);
        var groups = new Dictionary<string, Command>(StringComparer.Ordinal);
        var commands = typeof(CliApplication).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
            .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
            .Select(c => (c.Parent, Command: c.Create(context)))
            .OrderBy(c => c.Parent, StringComparer.Ordinal).ThenBy(c => c.Command.Name, StringComparer.Ordinal);
        foreach (var (parent, command) in commands)
        {
            if (parent.Length == 0)
            {
                root.Subcommands.Add(command);
                groups.TryAdd(command.Name, command);
                continue;
            }

            // A parent is a group (ingest, jobs, …) or a command of its own (eval → eval targets).
            if (!groups.TryGetValue(parent, out var group))
            {
                group = new Command(parent, CliGroups.Descriptions.GetValueOrDefault(parent, parent));
                groups[parent] = group;
                root.Subcommands.Add(group);
            }

            group.Subcommands.Add(command);
        }

        return root;
    }
}

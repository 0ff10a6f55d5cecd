using System.CommandLine;
using ChainGraph.Core.Store;
using ChainGraph.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ChainGraph.Cli.Infrastructure;

/// <summary>What every command shares: the global options, the output writers and the services built from configuration.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error)
{
    public Option<string?> DbOption { get; } = new("--db")
    {
        Description = "The embedded store's file (default: $CHAINGRAPH_DB, else ~/.local/share/chaingraph/chaingraph.db).",
        Recursive = true,
    };

    public TextWriter Output => output;

    public TextWriter Error => error;

    /// <summary>A console for tables and progress bars that writes to <see cref="Output"/>.</summary>
    public IAnsiConsole Console { get; } = CreateConsole(output);

    /// <summary>Width of tables when output is not a terminal (a file, a pipe, a test): wide enough for Chinese segment names.</summary>
    public const int RedirectedWidth = 160;

    private static IAnsiConsole CreateConsole(TextWriter output)
    {
        var terminal = output == System.Console.Out && !System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }

    /// <summary>
    /// Builds the shared services (the same <c>AddChainGraph</c> as the web app) from environment
    /// variables (<c>ChainGraph__Store</c>, …), <c>appsettings.json</c> beside the binary and <c>--db</c>,
    /// and makes sure the store's schema is in place. <paramref name="database"/>, when given, replaces --db
    /// (for benchmarks that make their own files).
    /// </summary>
    public async Task<ServiceProvider> CreateServicesAsync(ParseResult parseResult, CancellationToken cancellationToken, string? database = null)
    {
        var overrides = new Dictionary<string, string?>();
        if ((database ?? parseResult.GetValue(DbOption)) is { Length: > 0 } db)
        {
            overrides["ChainGraph:Sqlite:Path"] = db;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddChainGraph(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await services.GetRequiredService<IGraphStore>().InitializeAsync(cancellationToken);
        return services;
    }

    public void WriteJson<T>(T value) => CliJson.Write(output, value);
}

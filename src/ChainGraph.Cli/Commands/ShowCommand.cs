using System.CommandLine;
using System.Globalization;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Core.Model;
using ChainGraph.Core.Profiles;
using ChainGraph.Core.Store;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph show NAME_OR_CODE</c>: an entity's profile with every fact and its provenance.</summary>
internal sealed class ShowCommand : ICliCommand
{
    public string Parent => "";

    public Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME_OR_CODE") { Description = "Short or full name, alias, stock code (600000.SH) or other key." };
        var json = CliOptions.Json();
        var command = new Command("show", "Profile of an enterprise (or other entity): names, codes, location, industries, products, relationships with provenance.") { name, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var profiles = new NodeProfileService(services.GetRequiredService<IGraphStore>());
            var query = parseResult.GetValue(name)!;
            var profile = await profiles.GetAsync(query, null, cancellationToken)
                ?? throw new CliUserException($"Nothing named or coded '{query}' is in the graph. Try `chaingraph find {query}`.");
            if (parseResult.GetValue(json))
            {
                context.WriteJson(ProfileJson.From(profile));
            }
            else
            {
                Print(context.Console, profile);
            }

            return CliApplication.ExitOk;
        });
        return command;
    }

    private static void Print(IAnsiConsole console, NodeProfile profile)
    {
        var node = profile.Node;
        var header = new Grid().AddColumn().AddColumn();
        header.AddRow("[bold]name[/]", Markup.Escape(node.Name));
        header.AddRow("label / id", Markup.Escape($"{node.Kind.Label()} / {node.Key}"));
        foreach (var (key, value) in node.Properties)
        {
            header.AddRow(Markup.Escape(key), Markup.Escape(value));
        }

        if (node.Aliases.Length > 0)
        {
            header.AddRow("aliases", Markup.Escape(string.Join("；", node.Aliases)));
        }

        if (node.Tags.Length > 0)
        {
            header.AddRow("tags", Markup.Escape(string.Join("、", node.Tags)));
        }

        header.AddRow("source", Markup.Escape($"{node.Provenance.Source} {node.Provenance.Reference}"));
        console.Write(new Panel(header).Header(Markup.Escape(node.Name)).Border(BoxBorder.Rounded));
        PrintFacts(console, "Industries", profile.Industries);
        PrintFacts(console, "Products (revenue share)", profile.Products);
        PrintFacts(console, "Chains", profile.Chains);
        PrintFacts(console, "Relationships", profile.Relationships);
        PrintFacts(console, "Other facts", profile.Others);
    }

    private static void PrintFacts(IAnsiConsole console, string title, IEnumerable<ProfileFact> facts)
    {
        var rows = facts.ToArray();
        if (rows.Length == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape($"{title} ({rows.Length})")).AddColumns("type", "", "other", "figure", "since", "source");
        foreach (var f in rows.Take(60))
        {
            table.AddRow(
                f.Type.Name(),
                f.Outgoing ? "→" : "←",
                Markup.Escape($"{f.OtherName} ({f.Other.Key})"),
                f.Weight is { } w ? w.ToString("0.###", CultureInfo.InvariantCulture) : "",
                f.Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                Markup.Escape($"{f.Provenance.Source} {f.Provenance.Reference}"));
        }

        console.Write(table);
        if (rows.Length > 60)
        {
            console.WriteLine($"… and {rows.Length - 60} more (use --json for all).");
        }
    }
}

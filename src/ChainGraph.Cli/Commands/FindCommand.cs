using System.CommandLine;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Core.Model;
using ChainGraph.Core.Regions;
using ChainGraph.Core.Store;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ChainGraph.Cli.Commands;

/// <summary><c>chaingraph find TEXT</c>: search names, aliases and codes (exact, then prefix, then substring).</summary>
internal sealed class FindCommand : ICliCommand
{
    /// <summary>The most hits one search returns.</summary>
    public const int MaxLimit = 500;

    public string Parent => "";

    public Command Create(CliContext context)
    {
        var text = new Argument<string>("TEXT") { Description = "A name, part of a name, an alias or a code (Chinese or Latin)." };
        var kind = new Option<string?>("--kind") { Description = "Only this label: Enterprise, Industry, Product, Region, Chain, Segment, Fund." };
        var limit = new Option<int>("--limit") { Description = $"Most hits to show (1..{MaxLimit}).", DefaultValueFactory = _ => 20 };
        var json = CliOptions.Json();
        var command = new Command("find", "Search enterprises and other entities by name, alias or code.") { text, kind, limit, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var top = parseResult.GetValue(limit);
            if (top is < 1 or > MaxLimit)
            {
                throw new CliUserException($"--limit {top} is outside 1..{MaxLimit}.");
            }

            NodeKind? label = parseResult.GetValue(kind) is { } k
                ? GraphNames.TryParseKind(k, out var parsed) ? parsed : throw new CliUserException($"--kind '{k}' is not a label; use one of {string.Join(", ", Enum.GetNames<NodeKind>())}.")
                : null;
            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var hits = await services.GetRequiredService<IGraphStore>().SearchAsync(parseResult.GetValue(text)!, label, top, cancellationToken);
            if (parseResult.GetValue(json))
            {
                context.WriteJson(hits.Select(n => new
                {
                    kind = n.Kind.Label(),
                    id = n.Key,
                    name = n.Name,
                    fullName = n.Property(EnterpriseProps.FullName),
                    province = n.Property(EnterpriseProps.Province),
                    city = n.Property(EnterpriseProps.City),
                    aliases = n.Aliases,
                }));
                return CliApplication.ExitOk;
            }

            if (hits.Count == 0)
            {
                context.Output.WriteLine("No match.");
                return CliApplication.ExitOk;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("label", "id", "name", "full name / aliases", "location");
            foreach (var n in hits)
            {
                var names = string.Join("；", new[] { n.Property(EnterpriseProps.FullName) }.Concat(n.Aliases).OfType<string>());
                var location = PlaceNames.Of(n, " ");
                table.AddRow(n.Kind.Label(), Markup.Escape(n.Key), Markup.Escape(n.Name), Markup.Escape(names), Markup.Escape(location));
            }

            context.Console.Write(table);
            return CliApplication.ExitOk;
        });
        return command;
    }
}

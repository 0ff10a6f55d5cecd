using System.CommandLine;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Cli.Pipeline;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Projects.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// <c>chaingraph projects visit (ID | --enterprise E) [--kind 走访|回访] [--planned D | --done D] --visitors W [--visitees W] [--outcome T] [--follow-ups T]</c>:
/// records a visit made (today unless dated) or planned.
/// </summary>
internal sealed class ProjectsVisitCommand : ICliCommand
{
    public string Parent => "projects";

    public Command Create(CliContext context)
    {
        var id = new Argument<long?>("ID") { Description = "The project visited (or give --enterprise).", Arity = ArgumentArity.ZeroOrOne };
        var enterprise = new Option<string?>("--enterprise") { Description = "The enterprise visited when there is no project: its name or code." };
        var kind = new Option<string?>("--kind") { Description = "走访 (default) or 回访." };
        var planned = new Option<string?>("--planned") { Description = "Plan the visit for this day (yyyy-MM-dd) instead of recording one made." };
        var done = new Option<string?>("--done") { Description = "The day the visit was made (default today)." };
        var visitors = new Option<string?>("--visitors") { Description = "Who went (our side)." };
        var visitees = new Option<string?>("--visitees") { Description = "Whom they met." };
        var outcome = new Option<string?>("--outcome") { Description = "What came of it." };
        var followUps = new Option<string?>("--follow-ups") { Description = "What follows." };
        var owner = new Option<string?>("--owner") { Description = "Owner unit (default: the project's)." };
        var user = ProjectFieldOptions.User();
        var json = CliOptions.Json();
        var command = new Command("visit", "Record a visit (走访/回访) of a project or an enterprise, made or planned; it counts as the project's update.")
        {
            id, enterprise, kind, planned, done, visitors, visitees, outcome, followUps, owner, user, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await context.CreateServicesAsync(parse, ct);
            string? key = null, name = null;
            if (parse.GetValue(id) is null)
            {
                var text = parse.GetValue(enterprise) ?? throw new CliUserException("Give the project's number or --enterprise NAME.");
                var graph = await services.GetRequiredService<IGraphSnapshotProvider>().GetAsync(ct);
                var matches = graph.FindByName(text, NodeKind.Enterprise).Select(graph.Canonical).Distinct().ToArray();
                (key, name) = matches.Length == 1 ? ((string?)graph.Node(matches[0]).Key, (string?)null) : (null, text);
            }

            var input = new VisitInput
            {
                ProjectId = parse.GetValue(id)?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                EnterpriseKey = key,
                EnterpriseName = name,
                Kind = parse.GetValue(kind),
                Status = parse.GetValue(planned) is not null && parse.GetValue(done) is null ? "Planned" : null,
                PlannedOn = parse.GetValue(planned),
                DoneOn = parse.GetValue(done),
                Visitors = parse.GetValue(visitors),
                Visitees = parse.GetValue(visitees),
                Outcome = parse.GetValue(outcome),
                FollowUps = parse.GetValue(followUps),
                OwnerUnit = parse.GetValue(owner),
            };
            var result = await services.GetRequiredService<VisitService>().CreateAsync(input, parse.GetValue(user)!, ct);
            if (result.Errors is { } errors)
            {
                return ProjectPrinter.Errors(context, errors);
            }

            if (parse.GetValue(json))
            {
                context.WriteJson(result.Value);
            }
            else
            {
                ProjectPrinter.Visits(context, [result.Value!]);
            }

            return CliApplication.ExitOk;
        });
        return command;
    }
}

using System.CommandLine;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Core.Regions;
using ChainGraph.Recommender.Recommending;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// <c>chaingraph recommend --anchor NAME --direction upstream|downstream</c> or
/// <c>chaingraph recommend --chain CHAIN --segment NAME</c>, with <c>[--top N] [--json]</c> and who may be listed:
/// <c>--include-outside-mainland</c>, <c>--include-local-presence</c>, <c>--exclude-risk</c>.
/// </summary>
internal sealed class RecommendCommand : ICliCommand
{
    public string Parent => "";

    public Command Create(CliContext context)
    {
        var anchor = new Option<string?>("--anchor") { Description = "A local anchor enterprise (name, full name or alias)." };
        var direction = new Option<string>("--direction") { Description = "upstream (its suppliers) or downstream (its customers).", DefaultValueFactory = _ => "upstream" };
        var chain = new Option<string?>("--chain") { Description = "A chain (id or Chinese name, e.g. 新一代汽车技术)." };
        var segment = new Option<string?>("--segment") { Description = "A segment of --chain (id or name), typically a gap." };
        var top = new Option<int>("--top") { Description = "How many targets (1..500).", DefaultValueFactory = _ => 20 };
        var outside = new Option<bool>("--include-outside-mainland") { Description = "Also list enterprises registered in Hong Kong, Macao, Taiwan or abroad, or whose location is unknown." };
        var presence = new Option<bool>("--include-local-presence") { Description = "Also list enterprises that already have a plant or subsidiary in the home region (marked)." };
        var risk = new Option<bool>("--exclude-risk") { Description = "Hide ST, *ST and 退市 enterprises instead of flagging them." };
        var json = CliOptions.Json();
        var command = new Command("recommend", "Ranked, explained non-local target enterprises grounded in the chain: a gap segment's makers, or an anchor's suppliers/customers.")
        {
            anchor, direction, chain, segment, top, outside, presence, risk, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new RecommendOptions
            {
                Top = parse.GetValue(top),
                Filter = new TargetFilter { IncludeOutsideMainland = parse.GetValue(outside), IncludeLocalPresence = parse.GetValue(presence), ExcludeRisk = parse.GetValue(risk) },
            };
            if (options.Top is < 1 or > RecommendOptions.MaxTop)
            {
                throw new CliUserException($"--top {options.Top} is outside 1..{RecommendOptions.MaxTop}.");
            }

            await using var services = await context.CreateServicesAsync(parse, ct);
            var recommender = services.GetRequiredService<IRecommender>();
            RecommendationList list;
            try
            {
                list = (parse.GetValue(anchor), parse.GetValue(chain), parse.GetValue(segment)) switch
                {
                    ({ } a, null, null) => await recommender.RecommendForAnchorAsync(a, ParseDirection(parse.GetValue(direction)!), options, ct),
                    (null, { } c, { } s) => await recommender.RecommendForSegmentAsync(c, s, options, ct),
                    _ => throw new CliUserException("Give either --anchor NAME [--direction upstream|downstream] or --chain CHAIN --segment NAME."),
                };
            }
            catch (RecommendException ex)
            {
                throw new CliUserException(ex.Message);
            }

            if (parse.GetValue(json))
            {
                context.WriteJson(list);
                return CliApplication.ExitOk;
            }

            Print(context, list);
            return CliApplication.ExitOk;
        });
        return command;
    }

    private static SupplyDirection ParseDirection(string value) => value.ToLowerInvariant() switch
    {
        "upstream" => SupplyDirection.Upstream,
        "downstream" => SupplyDirection.Downstream,
        _ => throw new CliUserException($"--direction '{value}' must be upstream or downstream."),
    };

    private static void Print(CliContext context, RecommendationList list)
    {
        context.Output.WriteLine($"{list.Query} (本地: {list.HomeRegion}; 模型: {list.Model}; 候选 {list.CandidatesScored})");
        foreach (var note in list.Notes)
        {
            context.Output.WriteLine("  " + note);
        }

        if (list.Items.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("#", "企业", "地区", "匹配度", "理由", "证据");
        foreach (var r in list.Items)
        {
            var evidence = string.Join("\n", r.Evidence.Take(3).Select(e => $"{e.FromName} {e.Relation} {e.ToName} ({e.Since?.ToString("yyyy-MM-dd") ?? "无日期"}, {e.Source})"));
            table.AddRow(
                r.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(r.Name + (r.Risk is { } flag ? $" 【{flag}】" : "") + (r.LocalPresence is { } local ? $"（本地已有：{local}）" : "")),
                Markup.Escape(PlaceNames.Format(r.Province, r.City, " ", "—")),
                r.Match.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(string.Join("；", r.Reasons.Select(x => x.Text))),
                Markup.Escape(evidence));
        }

        context.Console.Write(table);
    }
}

using System.CommandLine;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Projects.Editing;

namespace ChainGraph.Cli.Pipeline;

/// <summary>The options of <c>projects add</c> and <c>projects update</c>: one per project field, plus stage, funds and note; read into a <see cref="ProjectInput"/>.</summary>
internal sealed class ProjectFieldOptions
{
    private readonly Option<string?> _name = new("--name") { Description = "项目名称." };
    private readonly Option<string?> _enterprise = new("--enterprise") { Description = "The investor: an enterprise of the graph (name or code), or a new name with --source." };
    private readonly Option<string?> _source = new("--source") { Description = "Where an investor not in the graph came from (商会推荐, 中介介绍, …)." };
    private readonly Option<string?> _chain = new("--chain") { Description = "Chain (id or Chinese name)." };
    private readonly Option<string?> _segment = new("--segment") { Description = "Segment of --chain (id or name)." };
    private readonly Option<string?> _anchor = new("--anchor") { Description = "The local anchor the project serves (name or code)." };
    private readonly Option<string?> _direction = new("--direction") { Description = "upstream|downstream (上游/下游) of --anchor." };
    private readonly Option<string?> _role = new("--role") { Description = "补链|延链|强链." };
    private readonly Option<string?> _categories = new("--categories") { Description = "制造业实体,服务业实体,京冀,央企,500强,科技型 (comma-separated; empty clears)." };
    private readonly Option<string?> _planned = new("--planned") { Description = "计划投资额, 亿元." };
    private readonly Option<string?> _landParcels = new("--land-parcels") { Description = "出让产业用地, 宗." };
    private readonly Option<string?> _landArea = new("--land-area") { Description = "用地面积, 亩." };
    private readonly Option<string?> _landOn = new("--land-date") { Description = "用地出让日期 (yyyy-MM-dd)." };
    private readonly Option<string?> _owner = new("--owner") { Description = "责任单位." };
    private readonly Option<string?> _person = new("--person") { Description = "责任人." };
    private readonly Option<string?> _priority = new("--priority") { Description = "一般|重点|重大." };
    private readonly Option<string?> _next = new("--next") { Description = "下一步工作." };
    private readonly Option<string?> _due = new("--due") { Description = "下一步完成时限 (yyyy-MM-dd)." };
    private readonly Option<string?> _stage = new("--stage") { Description = "Stage: 线索|接洽|洽谈|签约|注册|开工|投产|运营|终止." };
    private readonly Option<string?> _stageOn = new("--date") { Description = "The day the stage was reached (default today, China time)." };
    private readonly Option<string?> _reason = new("--reason") { Description = "终止原因 (required with --stage 终止)." };
    private readonly Option<string?> _funds = new("--funds") { Description = "Money that arrived (到位), 亿元." };
    private readonly Option<string?> _fundsOn = new("--funds-date") { Description = "The day it arrived (default today)." };
    private readonly Option<string?> _fundsNote = new("--funds-note") { Description = "到位说明." };
    private readonly Option<string?> _note = new("--note") { Description = "进展情况 (a progress note for the history)." };

    public void AddTo(Command command)
    {
        foreach (var option in new[] { _name, _enterprise, _source, _chain, _segment, _anchor, _direction, _role, _categories, _planned, _landParcels, _landArea, _landOn, _owner, _person, _priority, _next, _due, _stage, _stageOn, _reason, _funds, _fundsOn, _fundsNote, _note })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The input of the options given; <c>--enterprise</c> becomes a graph key when it names exactly one enterprise, else a new investor's name.</summary>
    public ProjectInput Read(ParseResult parse, GraphSnapshot graph)
    {
        var enterprise = parse.GetValue(_enterprise)?.Trim();
        string? key = null;
        if (enterprise is { Length: > 0 })
        {
            var matches = graph.Find(new NodeRef(NodeKind.Enterprise, enterprise)) is { } byKey ? [byKey] : graph.FindByName(enterprise, NodeKind.Enterprise).Select(graph.Canonical).Distinct().ToArray();
            key = matches.Length == 1 ? graph.Node(matches[0]).Key : null;
        }

        return new ProjectInput
        {
            Name = parse.GetValue(_name),
            EnterpriseKey = key,
            EnterpriseName = key is null ? enterprise : null,
            EnterpriseSource = parse.GetValue(_source),
            Chain = parse.GetValue(_chain),
            Segment = parse.GetValue(_segment),
            Anchor = parse.GetValue(_anchor),
            Direction = parse.GetValue(_direction),
            Role = parse.GetValue(_role),
            Categories = parse.GetValue(_categories),
            PlannedInvestment = parse.GetValue(_planned),
            LandParcels = parse.GetValue(_landParcels),
            LandAreaMu = parse.GetValue(_landArea),
            LandOn = parse.GetValue(_landOn),
            OwnerUnit = parse.GetValue(_owner),
            OwnerPerson = parse.GetValue(_person),
            Priority = parse.GetValue(_priority),
            NextAction = parse.GetValue(_next),
            NextActionDue = parse.GetValue(_due),
            Stage = parse.GetValue(_stage),
            StageOn = parse.GetValue(_stageOn),
            TerminationReason = parse.GetValue(_reason),
            FundsAmount = parse.GetValue(_funds),
            FundsOn = parse.GetValue(_fundsOn),
            FundsNote = parse.GetValue(_fundsNote),
            Note = parse.GetValue(_note),
        };
    }

    /// <summary>Who the audit names for a change made from the command line: <c>--user</c>, else the operating-system account.</summary>
    public static Option<string> User() => new("--user")
    {
        Description = "Who makes the change, for the audit (default: the operating-system user).",
        DefaultValueFactory = _ => Environment.UserName,
    };
}

using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Projects.Model;
using ChainGraph.Recommender.Recommending;

namespace ChainGraph.Projects.Editing;

/// <summary>
/// Applies the field texts of a <see cref="ProjectInput"/> to a project: each given field is read, checked and
/// resolved (the investor and the anchor against the graph, chain and segment against the chain templates);
/// fields left out keep their value. Stage, funds and notes are the service's business, not this class's.
/// </summary>
internal sealed class ProjectFieldEditor(FieldReader read, GraphSnapshot graph, IChainMapService chains)
{
    public Project Apply(Project p, ProjectInput input)
    {
        p = ApplyEnterprise(p, input);
        p = ApplyChain(p, input);
        p = ApplyAnchor(p, input);
        if (input.Name is { } name)
        {
            p = p with { Name = read.Text(name, "name", ProjectLimits.MaxTextLength, required: true) };
        }

        if (input.Role is { } role)
        {
            p = p with { Role = read.Code<ChainRole>(role, "role") };
        }

        if (input.Categories is { } categories)
        {
            p = p with { Categories = read.Categories(categories, "categories") };
        }

        if (input.PlannedInvestment is { } planned)
        {
            p = p with { PlannedInvestment = read.Amount(planned, "plannedInvestment", positive: false) };
        }

        if (input.LandParcels is { } parcels && read.Count(parcels, "landParcels", ProjectLimits.MaxLandParcels) is { } count)
        {
            p = p with { LandParcels = count };
        }

        if (input.LandAreaMu is { } area && read.Number(area, "landAreaMu", ProjectLimits.MaxLandAreaMu) is { } mu)
        {
            p = p with { LandAreaMu = mu };
        }

        if (input.LandOn is { } landOn)
        {
            p = p with { LandOn = read.PastDate(landOn, "landOn") };
        }

        if (input.Priority is { } priority)
        {
            p = p with { Priority = read.Code<ProjectPriority>(priority, "priority") ?? ProjectPriority.Normal };
        }

        if (input.NextActionDue is { } due)
        {
            p = p with { NextActionDue = read.AnyDate(due, "nextActionDue") };
        }

        return p with
        {
            OwnerUnit = input.OwnerUnit is { } unit ? read.Text(unit, "ownerUnit", ProjectLimits.MaxTextLength) : p.OwnerUnit,
            OwnerPerson = input.OwnerPerson is { } person ? read.Text(person, "ownerPerson", ProjectLimits.MaxTextLength) : p.OwnerPerson,
            NextAction = input.NextAction is { } action ? read.Text(action, "nextAction", ProjectLimits.MaxTextLength) : p.NextAction,
            OriginNote = input.OriginNote is { } note ? read.Text(note, "originNote", ProjectLimits.MaxTextLength) : p.OriginNote,
        };
    }

    /// <summary>An Enterprise node of the graph by key (a duplicate gives way to the company it is), or null.</summary>
    public GraphNode? FindEnterprise(string key) =>
        graph.Find(new NodeRef(NodeKind.Enterprise, key.Trim())) is { } node ? graph.Node(graph.Canonical(node)) : null;

    private Project ApplyEnterprise(Project p, ProjectInput input)
    {
        if (input.EnterpriseKey is { } key)
        {
            if (key.Trim().Length == 0)
            {
                p = p with { EnterpriseKey = null };
            }
            else if (FindEnterprise(key) is { } node)
            {
                p = p with { EnterpriseKey = node.Key, EnterpriseName = node.Name, EnterpriseSource = "" };
            }
            else
            {
                read.Errors.Add("enterpriseKey", $"图谱中没有代码为「{key.Trim()}」的企业：请在企业画像中查找，或填写企业名称并注明来源。");
            }
        }

        if (p.EnterpriseKey is null)
        {
            if (input.EnterpriseName is { } name)
            {
                p = p with { EnterpriseName = read.Text(name, "enterpriseName", ProjectLimits.MaxTextLength) };
            }

            if (input.EnterpriseSource is { } source)
            {
                p = p with { EnterpriseSource = read.Text(source, "enterpriseSource", ProjectLimits.MaxTextLength) };
            }

            if (p.EnterpriseName.Length == 0)
            {
                read.Errors.Add("enterpriseName", "请填写投资企业：从图谱中选择企业，或填写企业名称并注明来源。");
            }
            else if (p.EnterpriseSource.Length == 0)
            {
                read.Errors.Add("enterpriseSource", "图谱中没有的企业请注明来源，如：商会推荐、中介介绍、企业来访。");
            }
        }

        return p;
    }

    private Project ApplyChain(Project p, ProjectInput input)
    {
        if (input.Chain is { } chainText)
        {
            if (chainText.Trim().Length == 0)
            {
                p = p with { Chain = null, Segment = null };
            }
            else
            {
                try
                {
                    var chain = chains.FindChain(chainText.Trim());
                    p = p with { Chain = chain.Id, Segment = chain.Segments.Any(s => s.Id == p.Segment) ? p.Segment : null };
                }
                catch (ChainNotFoundException)
                {
                    read.Errors.Add("chain", $"没有名为「{chainText.Trim()}」的产业链；可选：{string.Join("、", chains.Chains.Select(c => c.Name))}。");
                }
            }
        }

        if (input.Segment is { } segmentText)
        {
            var template = chains.Chains.FirstOrDefault(c => c.Id == p.Chain);
            if (segmentText.Trim().Length == 0)
            {
                p = p with { Segment = null };
            }
            else if (template is null)
            {
                read.Errors.Add("segment", "请先选择产业链，再选择环节。");
            }
            else if (template.FindSegment(segmentText.Trim()) is { } segment)
            {
                p = p with { Segment = segment.Id };
            }
            else
            {
                read.Errors.Add("segment", $"产业链「{template.Name}」没有「{segmentText.Trim()}」环节。");
            }
        }

        return p;
    }

    private Project ApplyAnchor(Project p, ProjectInput input)
    {
        if (input.Anchor is { } anchorText)
        {
            var text = anchorText.Trim();
            if (text.Length == 0)
            {
                p = p with { Anchor = null, Direction = null };
            }
            else if ((FindEnterprise(text) ?? ByName(text)) is { } node)
            {
                p = p with { Anchor = node.Key };
            }
            else
            {
                read.Errors.Add("anchor", $"图谱中没有名为或代码为「{text}」的企业。");
            }
        }

        if (input.Direction is { } direction)
        {
            p = p with { Direction = read.Code<SupplyDirection>(direction, "direction") };
        }

        return p.Anchor is not null && p.Direction is null ? p with { Direction = SupplyDirection.Upstream } : p;
    }

    private GraphNode? ByName(string name) =>
        graph.FindByName(name, NodeKind.Enterprise).Select(graph.Canonical).Distinct().ToArray() is [var only] ? graph.Node(only) : null;
}

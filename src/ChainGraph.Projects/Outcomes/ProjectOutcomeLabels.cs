using ChainGraph.Core.Model;
using ChainGraph.Projects.Model;
using ChainGraph.Projects.Storage;
using ChainGraph.Recommender.Outcomes;

namespace ChainGraph.Projects.Outcomes;

/// <summary>
/// The pipeline's outcomes as labels for the ranker: a project of a graph enterprise that reached 签约 (or
/// later) is a positive label for the query it came from, dated the day of the signing; one ended (终止)
/// after reaching 洽谈 without ever signing is a negative label, dated the day it ended. The query is the
/// project's segment (chain + segment) when it has one, else its anchor and direction; a project with
/// neither, or whose investor is not in the graph, teaches nothing. Ended before 洽谈 means too little was
/// learned about the fit to call it a negative.
/// </summary>
public sealed class ProjectOutcomeLabels(ProjectStore store) : IOutcomeLabelSource
{
    public async Task<IReadOnlyList<OutcomeLabel>> GetLabelsAsync(CancellationToken cancellationToken) =>
        (await store.ListAsync(cancellationToken)).Select(Label).OfType<OutcomeLabel>().ToArray();

    public static OutcomeLabel? Label(Project project)
    {
        if (project.EnterpriseKey is not { } key)
        {
            return null;
        }

        OutcomeQuery? query = project switch
        {
            { Chain: { } chain, Segment: { } segment } => OutcomeQuery.ForSegment(chain, segment),
            { Anchor: { } anchor, Direction: { } direction } => OutcomeQuery.ForAnchor(anchor, direction),
            _ => null,
        };
        if (query is null)
        {
            return null;
        }

        var enterprise = new NodeRef(NodeKind.Enterprise, key);
        var source = $"project {project.Id}";
        if (project.ReachedOn(ProjectStage.Signed) is { } signed)
        {
            return new OutcomeLabel(query, enterprise, signed, Positive: true, source);
        }

        return project.TerminatedOn is { } ended && project.ReachedOn(ProjectStage.Negotiation) is not null
            ? new OutcomeLabel(query, enterprise, ended, Positive: false, source)
            : null;
    }
}

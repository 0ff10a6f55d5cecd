using ChainGraph.Core.Model;

namespace ChainGraph.Recommender.Outcomes;

/// <summary>
/// What the project pipeline learned about one candidate of one query: a signed or landed project is a
/// positive label, a project ended (终止) after negotiation a negative one; <see cref="Date"/> is the day it
/// happened, so the ranker learns it from the graph as it was before that day.
/// </summary>
/// <param name="Query">The target-list query the candidate came from.</param>
/// <param name="Enterprise">The candidate enterprise (an Enterprise node of the graph).</param>
/// <param name="Date">The day of the signing, or of the termination.</param>
/// <param name="Positive">True for signed/landed, false for ended after negotiation.</param>
/// <param name="Source">Where the label came from, for the training log (e.g. <c>project 12</c>).</param>
public sealed record OutcomeLabel(OutcomeQuery Query, NodeRef Enterprise, DateOnly Date, bool Positive, string Source);

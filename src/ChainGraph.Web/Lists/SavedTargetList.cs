using ChainGraph.Web.Api;
using ChainGraph.Web.Targets;

namespace ChainGraph.Web.Lists;

/// <summary>A saved 招商目标 list: the rows as ranked when it was saved, and the query that produced them.</summary>
public sealed record SavedTargetList(long Id, string Name, string Title, TargetQueryParameters Query, string CreatedBy, DateTimeOffset CreatedAt, IReadOnlyList<TargetRow> Rows);

using System.Runtime.CompilerServices;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;

namespace ChainGraph.Web.Targets;

/// <summary>
/// The filters the 招商目标 page offers, built from the data: each option says how many enterprises of the graph carry
/// it, and an option no enterprise carries is left out (a 专精特新 box that can never match is worse than none).
/// Groups are generic — a name (the query parameter), a label, options — so a new filter is one more group here and
/// one more parameter in <c>TargetQueryParameters</c>; the page renders whatever groups it gets.
/// </summary>
public sealed class TargetFilters(IGraphSnapshotProvider snapshots, TimeProvider clock)
{
    /// <summary>Tags a chain lead filters targets by (quality marks); other tags such as 链主 are roles, not filters.</summary>
    public static readonly IReadOnlyList<string> QualityTags =
        [EnterpriseTags.Listed, EnterpriseTags.Specialized, EnterpriseTags.HighTech, EnterpriseTags.Fortune500, EnterpriseTags.CentralSoe, EnterpriseTags.Unicorn];

    public sealed record Option(string Value, string Label, int Count);

    /// <summary><c>Multiple</c>: checkboxes, all ticked must hold (tags); otherwise one choice (size).</summary>
    public sealed record Group(string Name, string Label, bool Multiple, string? Note, IReadOnlyList<Option> Options);

    private readonly ConditionalWeakTable<GraphSnapshot, IReadOnlyList<Group>> _cache = new();

    public async Task<IReadOnlyList<Group>> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        return _cache.GetValue(snapshot, Build);
    }

    private IReadOnlyList<Group> Build(GraphSnapshot snapshot)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var tags = new Dictionary<string, int>(StringComparer.Ordinal);
        var sizes = new Dictionary<SizeClass, int>();
        foreach (var index in snapshot.NodesOf(NodeKind.Enterprise))
        {
            if (snapshot.Canonical(index) != index)
            {
                continue;
            }

            var node = snapshot.Node(index);
            foreach (var tag in node.Tags)
            {
                tags[tag] = tags.GetValueOrDefault(tag) + 1;
            }

            var size = EnterpriseSize.Classify(node, snapshot, today).Size;
            sizes[size] = sizes.GetValueOrDefault(size) + 1;
        }

        var tagOptions = QualityTags.Where(t => tags.GetValueOrDefault(t) > 0).Select(t => new Option(t, t, tags[t])).ToArray();
        var sizeOptions = new[] { SizeClass.Large, SizeClass.Medium, SizeClass.Small, SizeClass.Unknown }
            .Where(s => sizes.GetValueOrDefault(s) > 0)
            .Select(s => new Option(s.ToString().ToLowerInvariant(), EnterpriseSize.Label(s), sizes[s]))
            .ToArray();
        var groups = new List<Group>();
        if (tagOptions.Length > 0)
        {
            groups.Add(new Group("tags", "标签", true, null, tagOptions));
        }

        if (sizeOptions.Length > 0)
        {
            groups.Add(new Group("size", "规模", false, "数据中没有营收、人数或注册资本时按上市板块与年限、业务伙伴与专利数估算，见每行的依据", sizeOptions));
        }

        return groups;
    }

}

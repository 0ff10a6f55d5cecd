using System.Globalization;
using ChainGraph.Projects.Editing;
using ChainGraph.Projects.Time;

namespace ChainGraph.Projects.Model;

/// <summary>
/// The editable fields of a project as text, in form order: what the history compares before and after a
/// change, and what the CLI shows. Amounts in 亿元 without trailing zeros.
/// </summary>
public static class ProjectDisplay
{
    public static string Amount(decimal amount) => amount.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Amount(decimal? amount) => amount is { } a ? Amount(a) : "";

    public static IReadOnlyList<(string Field, string Label, string Text)> Fields(Project p, ChainNames names) =>
    [
        F("name", p.Name),
        F("enterpriseName", p.EnterpriseKey is null ? p.EnterpriseName : $"{p.EnterpriseName}（{p.EnterpriseKey}）"),
        F("enterpriseSource", p.EnterpriseSource),
        F("chain", names.Chain(p.Chain)),
        F("segment", names.Segment(p.Chain, p.Segment)),
        F("anchor", p.Anchor ?? ""),
        F("direction", p.Direction is { } d ? ProjectLabels.Label(d) : ""),
        F("role", p.Role is { } r ? ProjectLabels.Label(r) : ""),
        F("categories", string.Join("、", p.Categories.Select(c => ProjectLabels.Label(c)))),
        F("plannedInvestment", Amount(p.PlannedInvestment)),
        F("landParcels", p.LandParcels == 0 ? "" : p.LandParcels.ToString(CultureInfo.InvariantCulture)),
        F("landAreaMu", p.LandAreaMu == 0 ? "" : p.LandAreaMu.ToString("0.##", CultureInfo.InvariantCulture)),
        F("landOn", p.LandOn is { } land ? ChinaTime.Format(land) : ""),
        F("ownerUnit", p.OwnerUnit),
        F("ownerPerson", p.OwnerPerson),
        F("priority", ProjectLabels.Label(p.Priority)),
        F("nextAction", p.NextAction),
        F("nextActionDue", p.NextActionDue is { } due ? ChinaTime.Format(due) : ""),
        F("originNote", p.OriginNote),
    ];

    /// <summary>The fields whose text differs between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static IReadOnlyList<FieldChange> Diff(Project before, Project after, ChainNames names) =>
        Fields(before, names).Zip(Fields(after, names))
            .Where(pair => pair.First.Text != pair.Second.Text)
            .Select(pair => new FieldChange(pair.First.Field, pair.First.Label, pair.First.Text, pair.Second.Text))
            .ToArray();

    private static (string, string, string) F(string field, string text) => (field, ProjectFieldNames.Of(field), text);
}

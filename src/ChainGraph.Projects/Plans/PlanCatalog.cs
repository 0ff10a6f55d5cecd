using System.Globalization;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Io;
using ChainGraph.Projects.Model;

namespace ChainGraph.Projects.Plans;

/// <summary>
/// The year plans: those shipped in ingest/plans (embedded) and a district's own in a folder
/// (<c>ChainGraph:Projects:PlansFolder</c>), a file there replacing a shipped one of the same name. Every file
/// is validated when loaded; a bad one fails with <see cref="InputFormatException"/> naming file, line and field.
/// </summary>
public sealed class PlanCatalog
{
    private const string ResourcePrefix = "plans/";

    private PlanCatalog(IReadOnlyList<YearPlan> plans) => Plans = plans;

    /// <summary>Every plan, by year then name.</summary>
    public IReadOnlyList<YearPlan> Plans { get; }

    public IReadOnlyList<int> Years => Plans.Select(p => p.Year).Distinct().Order().ToArray();

    public IReadOnlyList<YearPlan> ForYear(int year) => Plans.Where(p => p.Year == year).ToArray();

    public static PlanCatalog Load(string? folder)
    {
        var plans = new Dictionary<string, YearPlan>(StringComparer.OrdinalIgnoreCase);
        var assembly = typeof(PlanCatalog).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            var file = "ingest/" + resource;
            plans[Path.GetFileNameWithoutExtension(file)] = Parse(file, reader);
        }

        if (!string.IsNullOrWhiteSpace(folder))
        {
            if (!Directory.Exists(folder))
            {
                throw new InvalidOperationException($"ChainGraph:Projects:PlansFolder is '{folder}', which does not exist. Create it or leave the setting empty to use the shipped plans only.");
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            {
                using var reader = new StreamReader(file);
                plans[Path.GetFileNameWithoutExtension(file)] = Parse(file, reader);
            }
        }

        return new PlanCatalog(plans.Values.OrderBy(p => p.Year).ThenBy(p => p.Id, StringComparer.Ordinal).ToArray());
    }

    /// <summary>Reads and checks one plan file.</summary>
    public static YearPlan Parse(string file, TextReader reader)
    {
        var root = new YamlFields(file, YamlFields.Root(file, reader), "");
        root.RejectUnknownKeys("name", "region", "year", "source", "targets");
        var year = root.OptionalNumber("year", 2000, 2100) ?? throw root.Error("year", "is required: the year the targets are for, e.g. 2024");
        if (year != Math.Floor(year))
        {
            throw root.Error("year", $"'{year}' is not a whole year");
        }

        var targets = new List<PlanTarget>();
        foreach (var item in root.Mappings("targets", t => t.Optional("id") ?? "?"))
        {
            var target = ParseTarget(item);
            if (targets.Any(t => t.Id == target.Id))
            {
                throw item.Error("id", $"'{target.Id}' is used twice; each target needs its own id");
            }

            targets.Add(target);
        }

        if (targets.Count == 0)
        {
            throw root.Error("targets", "lists no target");
        }

        return new YearPlan(Path.GetFileNameWithoutExtension(file), root.Required("name"), root.Required("region"), (int)year, root.Optional("source") ?? "", targets) { File = file };
    }

    private static PlanTarget ParseTarget(YamlFields t)
    {
        t.RejectUnknownKeys("id", "name", "measure", "value", "atLeast", "stage", "categories", "quote");
        var measureName = t.Required("measure");
        var measure = TargetMeasures.Find(measureName)
            ?? throw t.Error("measure", $"'{measureName}' is not a known measure; use one of {string.Join(", ", TargetMeasures.All.Select(m => m.Name))}");
        var value = t.OptionalNumber("value", 0, 1e9) ?? throw t.Error("value", "is required: the target figure in the measure's unit (" + measure.Unit + ")");
        if (value <= 0)
        {
            throw t.Error("value", "must be greater than 0");
        }

        var stage = ProjectStage.Signed;
        if (t.Optional("stage") is { } stageText && !ProjectLabels.TryParse(stageText, out stage))
        {
            throw t.Error("stage", $"'{stageText}' is not a stage; use one of {ProjectLabels.Choices<ProjectStage>()}");
        }

        var categories = new List<ProjectCategory>();
        foreach (var word in t.List("categories"))
        {
            categories.Add(ProjectLabels.TryParse<ProjectCategory>(word, out var category)
                ? category
                : throw t.Error("categories", $"'{word}' is not a category; use {ProjectLabels.Choices<ProjectCategory>()}"));
        }

        if (!measure.SelectsProjects && (categories.Count > 0 || t.Optional("stage") is not null))
        {
            throw t.Error(categories.Count > 0 ? "categories" : "stage", $"measure '{measure.Name}' counts visits, not projects; remove it");
        }

        var atLeast = t.Optional("atLeast") switch
        {
            null or "false" => false,
            "true" => true,
            var other => throw t.Error("atLeast", $"'{other}' must be true or false"),
        };
        return new PlanTarget(t.Required("id"), t.Required("name"), measure.Name, decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture), atLeast, stage, categories, t.Optional("quote") ?? "");
    }
}

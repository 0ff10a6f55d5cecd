using ChainGraph.Core.Io;
using ChainGraph.Projects.Model;
using ChainGraph.Projects.Plans;

namespace ChainGraph.Projects.Tests.Plans;

/// <summary>The year plans: the shipped Dongli 2024 targets as its text states them, and every bad file refused with file, line and field.</summary>
public sealed class PlanCatalogTests
{
    [Fact]
    public void Load_Shipped_HasTheDongli2024TargetsOfThePlanText()
    {
        var plan = Assert.Single(PlanCatalog.Load(null).ForYear(2024));
        Assert.Equal("天津市东丽区", plan.Region);
        var targets = plan.Targets.ToDictionary(t => t.Id);
        // 一、攻坚目标: 到位额80亿元, 优质项目800个以上, 制造业实体20个以上, 服务业实体30个以上, 用地5宗以上,
        // 京冀优质项目160个 (no 以上 in the text), 央企10个以上, 国高新/专精特新/科技领军20个以上.
        Assert.Equal((80m, "funds", false), (targets["funds"].Value, targets["funds"].Measure, targets["funds"].AtLeast));
        Assert.Equal((800m, true), (targets["quality-projects"].Value, targets["quality-projects"].AtLeast));
        Assert.Equal((20m, ProjectCategory.Manufacturing), (targets["manufacturing"].Value, Assert.Single(targets["manufacturing"].Categories)));
        Assert.Equal((30m, ProjectCategory.Services), (targets["services"].Value, Assert.Single(targets["services"].Categories)));
        Assert.Equal((5m, "land"), (targets["land"].Value, targets["land"].Measure));
        Assert.Equal((160m, false, ProjectCategory.BeijingHebei), (targets["beijing-hebei"].Value, targets["beijing-hebei"].AtLeast, Assert.Single(targets["beijing-hebei"].Categories)));
        Assert.Equal((10m, ProjectCategory.CentralSoe), (targets["central-soe"].Value, Assert.Single(targets["central-soe"].Categories)));
        Assert.Equal((20m, ProjectCategory.Tech), (targets["tech"].Value, Assert.Single(targets["tech"].Categories)));
        Assert.All(plan.Targets.Where(t => t.Measure == "projects"), t => Assert.Equal(ProjectStage.Signed, t.Stage));
        Assert.All(plan.Targets, t => Assert.False(string.IsNullOrEmpty(t.Quote)));
    }

    [Theory]
    [InlineData("name: x\nregion: y\nyear: 2024\ntargets:\n  - id: a\n    name: A\n    measure: funds\n    vaule: 3\n", 8, "targets[a].vaule", "not a known key")]
    [InlineData("name: x\nregion: y\nyear: 2024\ntargets:\n  - id: a\n    name: A\n    measure: money\n    value: 3\n", 7, "targets[a].measure", "'money' is not a known measure")]
    [InlineData("name: x\nregion: y\nyear: 2024\ntargets:\n  - id: a\n    name: A\n    measure: projects\n    value: 3\n    categories: [制造业实体, 火星]\n", 9, "targets[a].categories", "'火星' is not a category")]
    [InlineData("name: x\nregion: y\nyear: 2024\ntargets:\n  - id: a\n    name: A\n    measure: projects\n    stage: 谈恋爱\n    value: 3\n", 8, "targets[a].stage", "is not a stage")]
    [InlineData("name: x\nregion: y\nyear: 2024\ntargets:\n  - id: a\n    name: A\n    measure: funds\n    value: -3\n", 8, "targets[a].value", "between 0 and")]
    [InlineData("name: x\nregion: y\nyear: 24\ntargets:\n  - id: a\n    name: A\n    measure: funds\n    value: 3\n", 3, "year", "between 2000 and 2100")]
    [InlineData("name: x\nregion: y\nyear: 2024\ntargets:\n  - id: a\n    name: A\n    measure: funds\n    value: 3\n  - id: a\n    name: B\n    measure: land\n    value: 1\n", 9, "targets[a].id", "used twice")]
    [InlineData("name: x\nregion: y\nyear: 2024\ntargets:\n  - id: a\n    name: A\n    measure: visited-enterprises\n    categories: [京冀]\n    value: 1000\n", 8, "targets[a].categories", "counts visits, not projects")]
    [InlineData("name: x\nyear: 2024\ntargets:\n  - id: a\n    name: A\n    measure: funds\n    value: 3\n", 1, "region", "is required")]
    [InlineData("name: x\nregion: y\nyear: 2024\ntargets: [\n", 0, "(syntax)", "")]
    public void Parse_BadFile_NamesFileLineAndField(string yaml, long line, string field, string problem)
    {
        var error = Assert.Throws<InputFormatException>(() => PlanCatalog.Parse("plans/bad.yaml", new StringReader(yaml)));
        Assert.Equal("plans/bad.yaml", error.File);
        if (line > 0)
        {
            Assert.Equal(line, error.Line);
        }

        Assert.Equal(field, error.Field);
        Assert.Contains(problem, error.Problem);
    }

    [Fact]
    public void Load_Folder_AddsAndReplacesPlansByFileName()
    {
        var folder = Directory.CreateTempSubdirectory("chaingraph-plans-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "dongli-2024.yaml"), "name: 替换\nregion: 天津市东丽区\nyear: 2024\ntargets:\n  - id: funds\n    name: 到位额\n    measure: funds\n    value: 90\n");
            File.WriteAllText(Path.Combine(folder.FullName, "liaocheng-2020.yaml"), "name: 千企招商大走访\nregion: 山东省聊城市\nyear: 2020\ntargets:\n  - id: visits\n    name: 走访知名企业\n    measure: visited-enterprises\n    value: 1000\n    atLeast: true\n");
            var catalog = PlanCatalog.Load(folder.FullName);
            Assert.Equal([2020, 2024], catalog.Years);
            Assert.Equal(90m, Assert.Single(Assert.Single(catalog.ForYear(2024)).Targets).Value);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

using System.Globalization;
using ChainGraph.Cli.Tests.TestSupport;

namespace ChainGraph.Cli.Tests;

/// <summary><c>generate</c> and <c>bench scale</c> end to end at a small size (the figures are for humans; here: every phase runs and prints).</summary>
public sealed class ScaleCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chaingraph-scale-cli-").FullName;

    [Fact]
    public async Task Generate_SmallGraph_WritesCkgAndIckgFolders()
    {
        var result = await CliRunner.RunAsync(Path.Combine(_folder, "unused.db"), "generate", "--enterprises", "200", "--out", Path.Combine(_folder, "g"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("generated 200 enterprises (40 listed)", result.Output);
        Assert.True(File.Exists(Path.Combine(_folder, "g", "ckg", "companies.jsonl")));
        Assert.Equal(40, File.ReadAllLines(Path.Combine(_folder, "g", "ckg", "companies.jsonl")).Length);
        Assert.True(File.ReadAllLines(Path.Combine(_folder, "g", "ickg", "facts.txt")).Length > 800);
    }

    [Fact]
    public async Task Generate_TooFewEnterprises_SaysTheRange()
    {
        var result = await CliRunner.RunAsync(Path.Combine(_folder, "unused.db"), "generate", "--enterprises", "3", "--out", Path.Combine(_folder, "g"));
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--enterprises 3", result.Error + result.Output);
    }

    [Fact]
    public async Task BenchScale_SmallGraph_PrintsEveryPhaseBesideTheRawImport()
    {
        var result = await CliRunner.RunAsync(Path.Combine(_folder, "unused.db"), "bench", "scale", "--enterprises", "300", "--work", Path.Combine(_folder, "w"), "--map-runs", "2");
        Assert.True(result.ExitCode == 0, result.Error + result.Output);
        foreach (var phase in new[] { "generate", "import ", "raw .import", "import ratio", "chains", "snapshot", "chain map" })
        {
            Assert.Contains(phase, result.Output);
        }

        var ratio = result.Output.Split('\n').Single(l => l.StartsWith("import ratio", StringComparison.Ordinal));
        var value = double.Parse(ratio.Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        Assert.InRange(value, 0.001, 1_000);
        Assert.False(File.Exists(Path.Combine(_folder, "w", "raw.db")), "the raw baseline's file is removed after it is measured");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

namespace ChainGraph.Core.Tests.TestSupport;

/// <summary>Files of the repository the tests read (the shipped demo extract and fixtures), found from the test binary upwards.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChainGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No ChainGraph.sln above {AppContext.BaseDirectory}.");
    }
}

namespace ChainGraph.Ingest.Tests.TestSupport;

/// <summary>Folders of the repository the tests read shipped data from (found by walking up from the test binary).</summary>
public static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Ingest => Path.Combine(Root, "ingest");

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ChainGraph.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"ChainGraph.sln not found above {AppContext.BaseDirectory}.");
    }
}

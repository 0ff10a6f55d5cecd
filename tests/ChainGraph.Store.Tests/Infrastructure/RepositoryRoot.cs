namespace ChainGraph.Store.Tests.Infrastructure;

/// <summary>The checkout the tests run from (the folder holding ChainGraph.sln), for repository files such as docker-compose.yml.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "ChainGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No ChainGraph.sln above {AppContext.BaseDirectory}; run the tests from a checkout.");
    }
}

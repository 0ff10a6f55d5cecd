namespace ChainGraph.Store.Sqlite;

/// <summary>Options of the embedded store (section <c>ChainGraph:Sqlite</c>).</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>Path of the database file; created with its folder when missing.</summary>
    public string Path { get; set; } = DefaultPath;

    /// <summary>How long a writer waits for a lock held by another process before failing.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The documented default: <c>$CHAINGRAPH_DB</c>, else <c>~/.local/share/chaingraph/chaingraph.db</c>.</summary>
    public static string DefaultPath =>
        Environment.GetEnvironmentVariable("CHAINGRAPH_DB") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "chaingraph", "chaingraph.db");

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            throw new InvalidOperationException("ChainGraph:Sqlite:Path is empty. Set it (or --db / CHAINGRAPH_DB) to the database file to use.");
        }

        if (BusyTimeout <= TimeSpan.Zero || BusyTimeout > TimeSpan.FromMinutes(10))
        {
            throw new InvalidOperationException($"ChainGraph:Sqlite:BusyTimeout is {BusyTimeout}; it must be between 0 and 10 minutes.");
        }
    }
}

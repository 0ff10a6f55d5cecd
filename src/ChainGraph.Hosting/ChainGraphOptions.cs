namespace ChainGraph.Hosting;

/// <summary>Top-level settings (section <c>ChainGraph</c>): which store backend is the system of record.</summary>
public sealed class ChainGraphOptions
{
    public const string Section = "ChainGraph";

    /// <summary><c>sqlite</c> (embedded, the default) or <c>neo4j</c> (HTTP API).</summary>
    public string Store { get; set; } = "sqlite";

    public void Validate()
    {
        if (Store is not ("sqlite" or "neo4j"))
        {
            throw new InvalidOperationException($"ChainGraph:Store is '{Store}'; it must be 'sqlite' or 'neo4j'.");
        }
    }
}

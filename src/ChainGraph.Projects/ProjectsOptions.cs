namespace ChainGraph.Projects;

/// <summary>Settings of the project pipeline (section <c>ChainGraph:Projects</c>).</summary>
public sealed class ProjectsOptions
{
    public const string Section = "ChainGraph:Projects";

    /// <summary>A folder of the district's own year plans (<c>*.yaml</c>, as ingest/plans); a file there replaces a shipped one of the same name. Empty: the shipped plans only.</summary>
    public string? PlansFolder { get; set; }

    public void Validate()
    {
        if (!string.IsNullOrWhiteSpace(PlansFolder) && !Directory.Exists(PlansFolder))
        {
            throw new InvalidOperationException($"{Section}:PlansFolder is '{PlansFolder}', which does not exist. Create it, or leave the setting empty to use the shipped plans only.");
        }
    }
}

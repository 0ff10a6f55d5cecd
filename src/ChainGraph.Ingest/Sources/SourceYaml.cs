namespace ChainGraph.Ingest.Sources;

/// <summary>The raw YAML shape of a source file, before validation (camelCase keys; unknown keys are errors).</summary>
internal sealed class SourceYaml
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Kind { get; set; }

    public string? Location { get; set; }

    public string? Entity { get; set; }

    public Dictionary<string, string>? Fields { get; set; }

    public string? Rows { get; set; }

    public PaginationYaml? Pagination { get; set; }

    public string? Schedule { get; set; }

    public List<string>? AllowedHosts { get; set; }

    public List<string>? Tags { get; set; }

    public string? Sheet { get; set; }

    internal sealed class PaginationYaml
    {
        public string? Next { get; set; }

        public int? MaxPages { get; set; }
    }
}

using ChainGraph.Core.Model;

namespace ChainGraph.Ingest.Sources;

/// <summary>
/// One validated source (<c>ingest/sources/NAME.yaml</c>): what to read, how rows map to graph
/// fields, how to page, when to run and which hosts may be fetched. Immutable; built by
/// <see cref="SourceCatalog"/>, which names the file and key of anything wrong.
/// </summary>
public sealed record SourceDefinition
{
    /// <summary>The job name (the YAML file name without extension unless <c>name:</c> says otherwise).</summary>
    public required string Name { get; init; }

    /// <summary>The YAML file the definition came from, for messages.</summary>
    public required string File { get; init; }

    public required SourceKind Kind { get; init; }

    /// <summary>An absolute file path (resolved against the ingest folder) or an http(s) URL.</summary>
    public required string Location { get; init; }

    public bool IsWeb => Location.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || Location.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The label of the nodes rows become (Enterprise by default; Fund for fund lists).</summary>
    public NodeKind Entity { get; init; } = NodeKind.Enterprise;

    /// <summary>Record field → column name, JSON property or CSS selector (relative to the row).</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>CSS selector of one row (html-table default <c>table tr</c>, html-list default <c>li</c>).</summary>
    public string? RowSelector { get; init; }

    public PaginationDefinition Pagination { get; init; } = PaginationDefinition.None;

    /// <summary>Quartz cron expression (seconds first), or null for on-demand only.</summary>
    public string? Schedule { get; init; }

    /// <summary>Hosts the fetcher may contact, redirects included; required for web sources.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>Tags every row gets (e.g. 专精特新 for a published list).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Worksheet of an xlsx source (default: the first).</summary>
    public string? Sheet { get; init; }

    public string? Description { get; init; }
}

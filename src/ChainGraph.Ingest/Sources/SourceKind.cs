namespace ChainGraph.Ingest.Sources;

/// <summary>What a source is and therefore which loader reads it; the YAML spelling is in <see cref="SourceKinds"/>.</summary>
public enum SourceKind
{
    Jsonl,
    Csv,
    Xlsx,
    HtmlTable,
    HtmlList,
    PolicyText,
}

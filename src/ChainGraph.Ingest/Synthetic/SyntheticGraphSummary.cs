namespace ChainGraph.Ingest.Synthetic;

/// <summary>What a generation wrote: the folders to import and the row counts per file.</summary>
public sealed record SyntheticGraphSummary(string CkgFolder, string IckgFolder, int Enterprises, int Listed, IReadOnlyDictionary<string, long> Rows)
{
    public long TotalRows => Rows.Values.Sum();
}

namespace ChainGraph.Ingest.Jobs;

/// <summary>Options of ingestion jobs (section <c>ChainGraph:Jobs</c>).</summary>
public sealed class JobsOptions
{
    public const string Section = "ChainGraph:Jobs";

    /// <summary>
    /// The ingest folder holding <c>sources/*.yaml</c> (locations are relative to it). Default:
    /// <c>$CHAINGRAPH_INGEST</c>, else the first <c>ingest/</c> with a <c>sources/</c> folder found
    /// walking up from the working directory, then from the program's folder.
    /// </summary>
    public string? IngestFolder { get; set; }

    public string ResolveIngestFolder()
    {
        if (!string.IsNullOrWhiteSpace(IngestFolder))
        {
            return Directory.Exists(IngestFolder)
                ? Path.GetFullPath(IngestFolder)
                : throw new InvalidOperationException($"{Section}:IngestFolder is '{IngestFolder}', which does not exist. Point it (or CHAINGRAPH_INGEST) to the folder that holds sources/*.yaml.");
        }

        if (Environment.GetEnvironmentVariable("CHAINGRAPH_INGEST") is { Length: > 0 } fromEnvironment)
        {
            return new JobsOptions { IngestFolder = fromEnvironment }.ResolveIngestFolder();
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "ingest");
                if (Directory.Exists(Path.Combine(candidate, "sources")))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException($"No ingest folder with sources/*.yaml was found above '{Directory.GetCurrentDirectory()}'. Set {Section}:IngestFolder or CHAINGRAPH_INGEST.");
    }
}

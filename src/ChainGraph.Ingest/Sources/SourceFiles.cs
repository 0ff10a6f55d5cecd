using ChainGraph.Core.Io;

namespace ChainGraph.Ingest.Sources;

/// <summary>Opens a file source's location, transparently reading NAME.gz when only the compressed file exists.</summary>
internal static class SourceFiles
{
    public static (IDataFiles Files, string Name) Of(SourceDefinition source)
    {
        var path = source.Location.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) && !File.Exists(source.Location[..^3]) && File.Exists(source.Location)
            ? source.Location[..^3]
            : source.Location;
        return (new DirectoryDataFiles(Path.GetDirectoryName(path)!), Path.GetFileName(path));
    }

    public static Stream Open(SourceDefinition source)
    {
        var (files, name) = Of(source);
        return files.Open(name);
    }
}

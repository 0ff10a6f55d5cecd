namespace ChainGraph.Core.Io;

/// <summary>A named set of input files (a folder, or data embedded in an assembly); a name may be stored gzip-compressed as NAME.gz.</summary>
public interface IDataFiles
{
    /// <summary>How to name the file in a message: a path, or "demo:ckg/companies.jsonl".</summary>
    string Describe(string name);

    bool Exists(string name);

    /// <summary>Opens the file, decompressing NAME.gz transparently; throws <see cref="FileNotFoundException"/> naming what was looked for.</summary>
    Stream Open(string name);
}

using System.IO.Compression;

namespace ChainGraph.Core.Io;

/// <summary>Files of a folder on disk; NAME or NAME.gz.</summary>
public sealed class DirectoryDataFiles : IDataFiles
{
    private readonly string _root;

    public DirectoryDataFiles(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The data folder '{root}' does not exist.");
        }

        _root = Path.GetFullPath(root);
    }

    public string Describe(string name) => File.Exists(Path.Combine(_root, name)) || !File.Exists(Path.Combine(_root, name + ".gz"))
        ? Path.Combine(_root, name)
        : Path.Combine(_root, name + ".gz");

    public bool Exists(string name) => File.Exists(Path.Combine(_root, name)) || File.Exists(Path.Combine(_root, name + ".gz"));

    public Stream Open(string name)
    {
        var plain = Path.Combine(_root, name);
        if (File.Exists(plain))
        {
            return File.OpenRead(plain);
        }

        var compressed = plain + ".gz";
        if (File.Exists(compressed))
        {
            return new GZipStream(File.OpenRead(compressed), CompressionMode.Decompress);
        }

        throw new FileNotFoundException($"Neither '{plain}' nor '{compressed}' exists.", plain);
    }
}

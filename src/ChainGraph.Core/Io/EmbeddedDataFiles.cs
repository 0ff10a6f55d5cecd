using System.IO.Compression;
using System.Reflection;

namespace ChainGraph.Core.Io;

/// <summary>Files embedded in an assembly under a logical-name prefix (the shipped demo data).</summary>
public sealed class EmbeddedDataFiles(Assembly assembly, string prefix) : IDataFiles
{
    private readonly HashSet<string> _names = assembly.GetManifestResourceNames().ToHashSet(StringComparer.Ordinal);

    public string Describe(string name) => $"demo:{prefix}{name}";

    public bool Exists(string name) => _names.Contains(prefix + name) || _names.Contains(prefix + name + ".gz");

    public Stream Open(string name)
    {
        if (_names.Contains(prefix + name))
        {
            return assembly.GetManifestResourceStream(prefix + name)!;
        }

        if (_names.Contains(prefix + name + ".gz"))
        {
            return new GZipStream(assembly.GetManifestResourceStream(prefix + name + ".gz")!, CompressionMode.Decompress);
        }

        throw new FileNotFoundException($"The embedded demo file '{prefix}{name}' is missing from {assembly.GetName().Name}; the build did not embed it.");
    }
}

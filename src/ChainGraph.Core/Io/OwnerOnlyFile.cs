namespace ChainGraph.Core.Io;

/// <summary>
/// Files and folders only their owner may read: the store (password hashes, internal lists), the web app's key
/// ring and generated passwords. On Unix files are 0600 and folders 0700; on Windows the ACLs of the profile apply.
/// </summary>
public static class OwnerOnlyFile
{
    public const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode OwnerFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static async Task WriteAllTextAsync(string path, string text, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerReadWrite;
        }

        await using (var stream = new FileStream(path, options))
        await using (var writer = new StreamWriter(stream))
        {
            await writer.WriteAsync(text.AsMemory(), cancellationToken);
        }

        Restrict(path); // an existing file keeps its mode on FileMode.Create
    }

    /// <summary>Creates an empty file readable only by its owner, unless it exists.</summary>
    public static void CreateIfMissing(string path)
    {
        if (File.Exists(path))
        {
            return;
        }

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerReadWrite;
        }

        try
        {
            using var _ = new FileStream(path, options);
        }
        catch (IOException) when (File.Exists(path))
        {
            // created by another process in the meantime
        }
    }

    /// <summary>Creates the folder (and parents) with owner-only access for the last level; tightens an existing one.</summary>
    public static DirectoryInfo CreateFolder(string path)
    {
        var folder = OperatingSystem.IsWindows() ? Directory.CreateDirectory(path) : Directory.CreateDirectory(path, OwnerFolder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, OwnerFolder);
        }

        return folder;
    }

    /// <summary>Takes group and other permissions away from an existing file; a missing file is left alone.</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path) && (File.GetUnixFileMode(path) & ~OwnerReadWrite) != 0)
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) & OwnerReadWrite);
        }
    }
}

using System.Security.Cryptography;
using ChainGraph.Core.Io;
using ChainGraph.Store.Sqlite;
using ChainGraph.Web.Hosting;

namespace ChainGraph.Web.Security;

/// <summary>
/// Where this installation's Data Protection key ring lives (<c>FILE.db.keys/</c> beside the store, owner-only)
/// and the key that encrypts it at rest: <c>ChainGraph:Web:KeyRingKey</c> (base64, 32 bytes) when set, else the
/// file <c>ChainGraph:Web:KeyRingKeyFile</c> (default <c>FILE.db.keyring-key</c>), created with 32 random bytes.
/// Two installations with their own stores never share keys, so neither can read the other's cookies.
/// </summary>
public sealed class KeyRingKey
{
    public const int KeyBytes = 32;

    private KeyRingKey(string folder, byte[] key, string source)
    {
        Folder = folder;
        Key = key;
        Source = source;
    }

    public string Folder { get; }

    /// <summary>The AES-256 key-encryption key.</summary>
    public byte[] Key { get; }

    /// <summary>Where <see cref="Key"/> came from, for the start-up log (never the key).</summary>
    public string Source { get; }

    public static KeyRingKey Load(SqliteStoreOptions store, ChainGraphWebOptions options)
    {
        var database = Path.GetFullPath(store.Path);
        var folder = options.KeyRingFolder ?? database + ".keys";
        OwnerOnlyFile.CreateFolder(folder);
        if (!string.IsNullOrWhiteSpace(options.KeyRingKey))
        {
            return new KeyRingKey(folder, Decode(options.KeyRingKey, "ChainGraph:Web:KeyRingKey"), "ChainGraph:Web:KeyRingKey");
        }

        var file = options.KeyRingKeyFile ?? database + ".keyring-key";
        if (!File.Exists(file))
        {
            OwnerOnlyFile.WriteAllTextAsync(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes)) + "\n", CancellationToken.None).GetAwaiter().GetResult();
        }

        OwnerOnlyFile.Restrict(file);
        return new KeyRingKey(folder, Decode(File.ReadAllText(file).Trim(), file), file);
    }

    private static byte[] Decode(string text, string where)
    {
        try
        {
            var key = Convert.FromBase64String(text.Trim());
            if (key.Length == KeyBytes)
            {
                return key;
            }
        }
        catch (FormatException)
        {
        }

        throw new InvalidOperationException($"{where} must hold a base64 key of {KeyBytes} bytes (e.g. `openssl rand -base64 32`).");
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace ChainGraph.Web.Security;

/// <summary>
/// Encrypts each Data Protection key before it is written to the key ring: AES-256-GCM under the installation's
/// <see cref="KeyRingKey"/> (ASP.NET Core encrypts keys at rest only with DPAPI on Windows or a certificate; on
/// Linux it would write them in the clear). The element names the decryptor, which Data Protection activates.
/// </summary>
internal sealed class KeyRingXmlEncryptor(KeyRingKey key) : IXmlEncryptor
{
    public const string Namespace = "urn:chaingraph:keyring:v1";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = new byte[NonceBytes + TagBytes + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(key.Key, TagBytes))
        {
            aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), AssociatedData);
        }

        var element = new XElement(XName.Get("encryptedKey", Namespace),
            new XComment(" AES-256-GCM under this installation's key-ring key (ChainGraph:Web:KeyRingKey or KeyRingKeyFile) "),
            new XElement(XName.Get("value", Namespace), Convert.ToBase64String(sealedBytes)));
        return new EncryptedXmlInfo(element, typeof(KeyRingXmlDecryptor));
    }

    internal static ReadOnlySpan<byte> AssociatedData => "ChainGraph key ring v1"u8;

    internal static XElement Decrypt(XElement encryptedElement, byte[] key)
    {
        var sealedBytes = Convert.FromBase64String((string?)encryptedElement.Element(XName.Get("value", Namespace))
            ?? throw new CryptographicException("The encrypted key-ring element has no value."));
        if (sealedBytes.Length < NonceBytes + TagBytes)
        {
            throw new CryptographicException("The encrypted key-ring element is too short.");
        }

        var plain = new byte[sealedBytes.Length - NonceBytes - TagBytes];
        using (var aes = new AesGcm(key, TagBytes))
        {
            aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), plain, AssociatedData);
        }

        return XElement.Parse(Encoding.UTF8.GetString(plain));
    }
}

using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace ChainGraph.Web.Security;

/// <summary>
/// Decrypts keys written by <see cref="KeyRingXmlEncryptor"/>. Data Protection creates it by type name with the
/// service provider; a key ring copied to another installation fails here (authentication tag mismatch).
/// </summary>
public sealed class KeyRingXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) =>
        KeyRingXmlEncryptor.Decrypt(encryptedElement, services.GetRequiredService<KeyRingKey>().Key);
}

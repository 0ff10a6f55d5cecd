using System.Xml.Linq;
using ChainGraph.Core.Io;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ChainGraph.Web.Security;

/// <summary>The file-system key ring (ASP.NET's own repository) in an owner-only folder, every key file made 0600.</summary>
internal sealed class OwnerOnlyXmlRepository(string folder, ILoggerFactory loggers) : IXmlRepository
{
    private readonly FileSystemXmlRepository _files = new(OwnerOnlyFile.CreateFolder(folder), loggers);

    public IReadOnlyCollection<XElement> GetAllElements() => _files.GetAllElements();

    public void StoreElement(XElement element, string friendlyName)
    {
        _files.StoreElement(element, friendlyName);
        foreach (var file in Directory.EnumerateFiles(folder, "*.xml"))
        {
            OwnerOnlyFile.Restrict(file);
        }
    }
}

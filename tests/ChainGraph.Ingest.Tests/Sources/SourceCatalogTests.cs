using ChainGraph.Ingest.Sources;

namespace ChainGraph.Ingest.Tests.Sources;

public sealed class SourceCatalogTests : IDisposable
{
    private readonly string _ingest = Directory.CreateTempSubdirectory("chaingraph-sources-").FullName;

    public SourceCatalogTests()
    {
        Directory.CreateDirectory(Path.Combine(_ingest, "sources"));
        File.WriteAllText(Path.Combine(_ingest, "rows.csv"), "企业名称\n天津钢管制造有限公司\n");
    }

    public void Dispose() => Directory.Delete(_ingest, recursive: true);

    [Theory]
    [InlineData("kind: jsonx\nlocation: rows.csv\nfields: {name: a}", "key 'kind'", "html-table")]
    [InlineData("kind: csv\nlocation: missing.csv\nfields: {name: a}", "key 'location'", "does not exist")]
    [InlineData("kind: csv\nlocation: rows.csv", "key 'fields.name'", "is missing")]
    [InlineData("kind: csv\nlocation: rows.csv\nfields: {name: a, phone: b}", "key 'fields.phone'", "creditCode")]
    [InlineData("kind: csv\nlocation: rows.csv\nfields: {name: a}\nschedule: every day", "key 'schedule'", "Quartz cron")]
    [InlineData("kind: html-table\nlocation: https://example.gov.cn/list.html\nfields: {name: td}", "key 'allowedHosts'", "example.gov.cn")]
    [InlineData("kind: html-table\nlocation: https://example.gov.cn/a\nallowedHosts: [other.gov.cn]\nfields: {name: td}", "key 'allowedHosts'", "does not contain 'example.gov.cn'")]
    [InlineData("kind: html-list\nlocation: https://a.gov.cn/\nallowedHosts: [a.gov.cn]\nfields: {name: 'li[[x'}", "key 'fields.name'", "not a valid CSS selector")]
    [InlineData("kind: html-list\nlocation: https://a.gov.cn/\nallowedHosts: [a.gov.cn]\nfields: {name: li}\npagination: {next: a.next, maxPages: 0}", "key 'pagination.maxPages'", "between 1 and 1000")]
    [InlineData("kind: csv\nlocation: rows.csv\nfields: {name: a}\nentity: Product", "key 'entity'", "Enterprise or Fund")]
    [InlineData("kind: csv\nlocation: rows.csv\nfields: {name: a}\nschedul: x", "schedul", "keys:")]
    public void LoadFile_BadDefinition_NamesFileKeyAndFix(string yaml, string key, string fix)
    {
        var file = Path.Combine(_ingest, "sources", "bad.yaml");
        File.WriteAllText(file, yaml);

        var error = Assert.Throws<SourceDefinitionException>(() => SourceCatalog.LoadFile(file, _ingest));

        Assert.Contains(file, error.Message);
        Assert.Contains(key, error.Message);
        Assert.Contains(fix, error.Message);
    }

    [Fact]
    public void Load_ShippedSources_AreAllValid()
    {
        var catalog = SourceCatalog.Load(TestSupport.RepoPaths.Ingest);

        Assert.Contains(catalog.Sources, s => s.Kind == SourceKind.Jsonl);
        Assert.Equal(5, catalog.Sources.Count(s => s.Kind == SourceKind.PolicyText));
        var web = Assert.Single(catalog.Sources, s => s.IsWeb);
        Assert.Equal(SourceKind.HtmlTable, web.Kind);
        Assert.Null(web.Schedule); // off until its selectors are checked against the live page
        Assert.Contains(new Uri(web.Location).Host, web.AllowedHosts);
        Assert.NotNull(Assert.Single(catalog.Sources, s => s.Name == "ckg-companies").Schedule);
    }
}

using ChainGraph.Core.Io;
using ChainGraph.Core.Model;
using ChainGraph.Ingest.Tests.TestSupport;

namespace ChainGraph.Ingest.Tests.Ckg;

/// <summary>A bad row stops the load with file, line and field; the batches before it stay, nothing of its batch is written.</summary>
public sealed class MalformedInputTests : IAsyncLifetime
{
    private const int BatchSize = 4;
    private readonly string _folder = Directory.CreateTempSubdirectory("chaingraph-ckg-").FullName;

    [Theory]
    [InlineData("{\"code\": \"600010.SH\", \"name\": \"包钢股份\", \"fullName\": \"内蒙古包钢钢联股份有限公司\"", "(json)")]
    [InlineData("{\"code\": \"600010\", \"name\": \"包钢股份\"}", "code")]
    [InlineData("{\"code\": \"600010.SH\", \"name\": \"\"}", "name")]
    [InlineData("{\"code\": \"600010.SH\", \"name\": 42}", "name")]
    [InlineData("[1, 2]", "(json)")]
    [InlineData("{\"code\": \"600010.SH\", \"name\": \"包钢股份\", \"code\": \"600011.SH\"}", "code")]
    [InlineData("{\"code\": \"600010.SH\", \"name\": \"包钢\\ud800股份\"}", "name")]
    public async Task IngestCkg_MalformedCompanyLine_FailsNamingFileLineFieldAndKeepsEarlierBatches(string badLine, string field)
    {
        // Nine good companies, then the bad one on line 10: each company is a node plus a LOCATED_IN edge,
        // so with batches of 4 rows the first 8 companies are committed in 4 batches and the 9th is pending.
        var lines = Enumerable.Range(1, 9).Select(i => $"{{\"code\": \"60000{i}.SH\", \"name\": \"公司{i}\", \"fullName\": \"天津公司{i}股份有限公司\"}}").Append(badLine);
        await WriteCkgAsync(lines);
        await using var store = await TempStore.CreateAsync(BatchSize);

        var error = await Assert.ThrowsAsync<InputFormatException>(() => store.Ingest.IngestCkgAsync(_folder, null, CancellationToken.None));

        Assert.Equal((Path.Combine(_folder, "companies.jsonl"), 10L, field), (error.File, error.Line, error.Field));
        Assert.Contains("companies.jsonl:10", error.Message);
        var stats = await store.Store.GetStatsAsync(CancellationToken.None);
        Assert.Equal(8, stats.NodeCount(NodeKind.Enterprise));
        Assert.Equal(8, stats.RelationshipCount(RelType.LocatedIn));
        Assert.Null(await store.Store.GetNodeAsync(new NodeRef(NodeKind.Enterprise, "600009.SH"), CancellationToken.None));
        Assert.NotNull(await store.Store.GetNodeAsync(new NodeRef(NodeKind.Enterprise, "600008.SH"), CancellationToken.None));
    }

    [Fact]
    public async Task IngestCkg_InvalidUtf8InAName_FailsNamingLineAndField()
    {
        await WriteCkgAsync(["{\"code\": \"600001.SH\", \"name\": \"公司1\"}", "{\"code\": \"600002.SH\", \"name\": \"公司XX\"}"]);
        var path = Path.Combine(_folder, "companies.jsonl");
        var bytes = await File.ReadAllBytesAsync(path);
        var at = bytes.AsSpan().IndexOf("XX"u8);
        bytes[at] = 0xC3; // a lead byte followed by 'X': not UTF-8
        await File.WriteAllBytesAsync(path, bytes);
        await using var store = await TempStore.CreateAsync(BatchSize);

        var error = await Assert.ThrowsAsync<InputFormatException>(() => store.Ingest.IngestCkgAsync(_folder, null, CancellationToken.None));

        Assert.Equal((2L, "name"), (error.Line, error.Field));
        Assert.Contains("UTF-8", error.Problem);
    }

    [Fact]
    public async Task IngestCkg_FixedFileAfterFailure_CompletesWithoutDuplicates()
    {
        var good = Enumerable.Range(1, 9).Select(i => $"{{\"code\": \"60000{i}.SH\", \"name\": \"公司{i}\", \"fullName\": \"天津公司{i}股份有限公司\"}}").ToArray();
        await WriteCkgAsync([.. good, "{broken"]);
        await using var store = await TempStore.CreateAsync(BatchSize);
        await Assert.ThrowsAsync<InputFormatException>(() => store.Ingest.IngestCkgAsync(_folder, null, CancellationToken.None));

        await WriteCkgAsync(good);
        await store.Ingest.IngestCkgAsync(_folder, null, CancellationToken.None);

        var stats = await store.Store.GetStatsAsync(CancellationToken.None);
        Assert.Equal(9, stats.NodeCount(NodeKind.Enterprise));
        Assert.Equal(9, stats.RelationshipCount(RelType.LocatedIn));
    }

    [Fact]
    public async Task IngestCkg_EmptyFiles_ImportsNothingAndSucceeds()
    {
        await WriteCkgAsync([]);
        await using var store = await TempStore.CreateAsync(BatchSize);
        var reports = await store.Ingest.IngestCkgAsync(_folder, null, CancellationToken.None);
        Assert.All(reports.Skip(1), r => Assert.Equal(0, r.RowsRead));
        Assert.Equal(0, (await store.Store.GetStatsAsync(CancellationToken.None)).NodeCount(NodeKind.Enterprise));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private async Task WriteCkgAsync(IEnumerable<string> companyLines)
    {
        await File.WriteAllLinesAsync(Path.Combine(_folder, "companies.jsonl"), companyLines);
        foreach (var name in new[] { "industries.jsonl", "company_industry.jsonl", "company_product.jsonl", "product_relations.jsonl", "industry_upstream.jsonl" })
        {
            await File.WriteAllTextAsync(Path.Combine(_folder, name), "");
        }
    }
}

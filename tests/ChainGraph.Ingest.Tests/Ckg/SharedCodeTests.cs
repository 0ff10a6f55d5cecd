using ChainGraph.Core.Model;
using ChainGraph.Ingest.Tests.TestSupport;

namespace ChainGraph.Ingest.Tests.Ckg;

/// <summary>
/// Regression for the mis-merge found in issue 11: the ckg data set lists 688078.SH 龙软科技 ten times, each row
/// with another company's full name and list date (中国交通建设, 中国建设银行, 中国中铁, …). Merging them as
/// "renamed listings" gave 龙软科技 nine SOEs' names as aliases and, through them, their ICKG news.
/// </summary>
public sealed class SharedCodeTests : IAsyncLifetime
{
    private readonly string _ckg = Directory.CreateTempSubdirectory("chaingraph-ckg-").FullName;
    private readonly string _ickg = Directory.CreateTempSubdirectory("chaingraph-ickg-").FullName;

    [Fact]
    public async Task IngestCkg_CodeSharedByCompaniesWithDifferentListDates_KeepsTheirNamesOffIt()
    {
        await WriteCkgAsync(
            """{"code": "688078.SH", "name": "龙软科技", "fullName": "中国交通建设股份有限公司", "listDate": "2012-03-09"}""",
            """{"code": "688078.SH", "name": "龙软科技", "fullName": "中国建设银行股份有限公司", "listDate": "2007-09-25"}""",
            """{"code": "688078.SH", "name": "龙软科技", "fullName": "中国中铁股份有限公司", "listDate": "2007-12-03"}""",
            """{"code": "688096.SH", "name": "京源环保", "fullName": "江苏京源环保股份有限公司", "listDate": "2020-04-09"}""",
            """{"code": "688096.SH", "name": "京源环保", "fullName": "大连港股份有限公司", "listDate": "2010-12-06"}""",
            """{"code": "000637.SZ", "name": "金路集团", "fullName": "四川金路集团股份有限公司", "listDate": "1993-05-07"}""",
            """{"code": "000637.SZ", "name": "新金路", "fullName": "四川新金路集团股份有限公司", "listDate": "1993-05-07"}""");
        await using var store = await TempStore.CreateAsync();

        await store.Ingest.IngestCkgAsync(_ckg, null, CancellationToken.None);

        var longruan = (await store.Store.GetNodeAsync(new NodeRef(NodeKind.Enterprise, "688078.SH"), CancellationToken.None))!;
        Assert.Equal("龙软科技", longruan.Name);
        Assert.Null(longruan.Property(EnterpriseProps.FullName));
        Assert.Null(longruan.Property(EnterpriseProps.ListDate));
        Assert.DoesNotContain(longruan.Aliases, a => a.Contains("中国", StringComparison.Ordinal));
        var jingyuan = (await store.Store.GetNodeAsync(new NodeRef(NodeKind.Enterprise, "688096.SH"), CancellationToken.None))!;
        Assert.Equal("江苏京源环保股份有限公司", jingyuan.Property(EnterpriseProps.FullName));
        Assert.DoesNotContain("大连港股份有限公司", jingyuan.Aliases);
        var renamed = (await store.Store.GetNodeAsync(new NodeRef(NodeKind.Enterprise, "000637.SZ"), CancellationToken.None))!;
        Assert.Contains("新金路", renamed.Aliases);
    }

    [Fact]
    public async Task IngestIckg_NewsOfACompanyWhoseNameRodeOnASharedCode_LandsOnItsOwnNode()
    {
        await WriteCkgAsync(
            """{"code": "688078.SH", "name": "龙软科技", "fullName": "中国交通建设股份有限公司", "listDate": "2012-03-09"}""",
            """{"code": "688078.SH", "name": "龙软科技", "fullName": "中国建设银行股份有限公司", "listDate": "2007-09-25"}""");
        await WriteIckgAsync(("中国建设银行股份有限公司", "合作", "中国交建"));
        await using var store = await TempStore.CreateAsync();
        await store.Ingest.IngestCkgAsync(_ckg, null, CancellationToken.None);

        await store.Ingest.IngestIckgAsync(_ickg, null, CancellationToken.None);

        var snapshot = await store.Snapshots.GetAsync(CancellationToken.None);
        var longruan = snapshot.Find(new NodeRef(NodeKind.Enterprise, "688078.SH"))!.Value;
        Assert.Equal(0, snapshot.OutDegree(longruan) + snapshot.InDegree(longruan));
        var bank = Assert.Single(snapshot.FindByName("中国建设银行股份有限公司", NodeKind.Enterprise));
        Assert.NotEqual(longruan, bank);
        Assert.Equal(RelType.Cooperates, snapshot.EdgeType(snapshot.OutEdges(bank)[0]));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(_ckg, recursive: true);
        Directory.Delete(_ickg, recursive: true);
        return Task.CompletedTask;
    }

    private async Task WriteCkgAsync(params string[] companyLines)
    {
        await File.WriteAllLinesAsync(Path.Combine(_ckg, "companies.jsonl"), companyLines);
        foreach (var name in new[] { "industries.jsonl", "company_industry.jsonl", "company_product.jsonl", "product_relations.jsonl", "industry_upstream.jsonl" })
        {
            await File.WriteAllTextAsync(Path.Combine(_ckg, name), "");
        }
    }

    private async Task WriteIckgAsync(params (string Head, string Relation, string Tail)[] facts)
    {
        var entities = facts.SelectMany(f => new[] { f.Head, f.Tail }).Distinct().ToList();
        var relations = facts.Select(f => f.Relation).Distinct().ToList();
        await File.WriteAllLinesAsync(Path.Combine(_ickg, "entity2id.txt"), entities.Select((e, i) => $"{e}\t{i}"));
        await File.WriteAllLinesAsync(Path.Combine(_ickg, "relation2id.txt"), relations.Select((r, i) => $"{r}\t{i}"));
        await File.WriteAllLinesAsync(Path.Combine(_ickg, "time2id.txt"), ["0,2025-03-01"]);
        await File.WriteAllLinesAsync(Path.Combine(_ickg, "facts.txt"), facts.Select(f => $"{entities.IndexOf(f.Head)}\t{relations.IndexOf(f.Relation)}\t{entities.IndexOf(f.Tail)}\t0"));
    }
}

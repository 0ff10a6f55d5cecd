using ChainGraph.Core.Model;
using ChainGraph.Store.Tests.Infrastructure;

namespace ChainGraph.Store.Tests.Contract;

/// <summary>Search: Chinese names by prefix and substring, aliases, keys, kind filter, prefix matches first.</summary>
public abstract partial class GraphStoreContract
{
    [StoreTheory]
    [InlineData("天津", new[] { "天津钢管制造有限公司", "天津中环半导体股份有限公司" })]   // prefix, shorter names first
    [InlineData("钢管", new[] { "大冶特殊钢管业", "天津钢管制造有限公司", "无缝钢管" })] // substring: enterprises first, then shorter
    [InlineData("中环", new[] { "天津中环半导体股份有限公司" })]                         // substring in the middle
    [InlineData("TJZH", new[] { "天津中环半导体股份有限公司" })]                         // alias, case folded
    public async Task Search_ChineseText_FindsPrefixAndSubstringMatches(string term, string[] expected)
    {
        await SeedSearchAsync();

        var found = await Store.SearchAsync(term, null, 50, default);

        Assert.Equal(expected, found.Where(n => Mine(n.Ref)).Select(n => n.Name).ToArray());
    }

    [StoreFact]
    public async Task Search_KindFilter_ReturnsOnlyThatKind()
    {
        await SeedSearchAsync();

        var found = await Store.SearchAsync("钢管", NodeKind.Product, 50, default);

        Assert.Equal(["无缝钢管"], found.Where(n => Mine(n.Ref)).Select(n => n.Name).ToArray());
    }

    [StoreFact]
    public async Task Search_ByKey_FindsNode()
    {
        await SeedSearchAsync();

        var found = await Store.SearchAsync($"{Token}-zh", null, 5, default);

        Assert.Equal("天津中环半导体股份有限公司", Assert.Single(found, n => Mine(n.Ref)).Name);
    }

    private async Task SeedSearchAsync() => await Store.UpsertAsync(Batch(
    [
        Enterprise("zh", "天津中环半导体股份有限公司").WithAliases(["tjzh"]),
        Enterprise("tg", "天津钢管制造有限公司"),
        Enterprise("dy", "大冶特殊钢管业"),
        Node(NodeKind.Product, "p", "无缝钢管"),
        Enterprise("bj", "北京精雕科技"),
    ]), default);
}

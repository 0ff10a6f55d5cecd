namespace ChainGraph.Core.Chains;

/// <summary>The loaded, validated chain templates, in file order; lookups by id, Chinese name or alias.</summary>
public sealed class ChainCatalog
{
    public ChainCatalog(IReadOnlyList<ChainTemplate> chains)
    {
        Chains = chains;
    }

    public IReadOnlyList<ChainTemplate> Chains { get; }

    public ChainTemplate? TryFind(string chain)
    {
        var text = chain.Trim();
        return Chains.FirstOrDefault(c => string.Equals(c.Id, text, StringComparison.OrdinalIgnoreCase))
            ?? Chains.FirstOrDefault(c => c.Name == text || c.Aliases.Contains(text, StringComparer.Ordinal));
    }

    public ChainTemplate Find(string chain) => TryFind(chain) ?? throw new ChainNotFoundException(
        $"No chain '{chain}'. Known chains: {string.Join(", ", Chains.Select(c => $"{c.Name} ({c.Id})"))}; run `chaingraph chains` to list them.");
}

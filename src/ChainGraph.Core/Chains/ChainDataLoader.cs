using ChainGraph.Core.Io;

namespace ChainGraph.Core.Chains;

/// <summary>
/// Reads anchors.yaml and override files and checks them against the chain catalog: every chain
/// and segment they name must exist. Errors name the file, the line and the field.
/// </summary>
public static class ChainDataLoader
{
    public const string AnchorsFile = "anchors.yaml";
    public const string OverridesFile = "overrides.yaml";

    public static AnchorCatalog LoadEmbeddedAnchors(ChainCatalog catalog)
    {
        using var reader = ChainCatalogLoader.OpenEmbeddedFile(AnchorsFile);
        return ParseAnchors(AnchorsFile, reader, catalog);
    }

    /// <summary>The shipped overrides, then those of <paramref name="extraPath"/> (applied later, so they win).</summary>
    public static IReadOnlyList<PlacementOverride> LoadOverrides(ChainCatalog catalog, string? extraPath)
    {
        var result = new List<PlacementOverride>();
        using (var reader = ChainCatalogLoader.OpenEmbeddedFile(OverridesFile))
        {
            result.AddRange(ParseOverrides(OverridesFile, reader, catalog));
        }

        if (extraPath is { Length: > 0 })
        {
            using var reader = new StreamReader(extraPath);
            result.AddRange(ParseOverrides(extraPath, reader, catalog));
        }

        return result;
    }

    public static AnchorCatalog ParseAnchors(string file, TextReader reader, ChainCatalog catalog)
    {
        var root = new YamlFields(file, YamlFields.Root(file, reader), "");
        var anchors = new List<AnchorDefinition>();
        foreach (var a in root.Mappings("anchors", f => f.Optional("name") ?? "?"))
        {
            var chains = a.List("chains");
            foreach (var chain in chains)
            {
                _ = catalog.TryFind(chain) ?? throw a.Error("chains", $"'{chain}' is not a chain id; known: {string.Join(", ", catalog.Chains.Select(c => c.Id))}");
            }

            var segments = a.ListMap("segments");
            foreach (var (chainId, ids) in segments)
            {
                var chain = catalog.TryFind(chainId) ?? throw a.Error("segments", $"'{chainId}' is not a chain id");
                if (ids.FirstOrDefault(id => chain.FindSegment(id) is null) is { } missing)
                {
                    throw a.Error("segments", $"'{missing}' is not a segment of chain '{chain.Id}'");
                }
            }

            var stock = a.Optional("stockCode");
            var region = a.Optional("region");
            if (stock is null && region is null)
            {
                throw a.Error("region", "an anchor needs a stockCode (listed) or a region (GB/T 2260 code of its registered location)");
            }

            var products = ProductLines(a, "products");
            var inputs = ProductLines(a, "inputs");
            var usedIn = ProductLines(a, "usedIn");
            if (products.Count == 0 && (inputs.Count > 0 || usedIn.Count > 0))
            {
                throw a.Error(inputs.Count > 0 ? "inputs" : "usedIn", "inputs and usedIn link to the anchor's own products; declare them under 'products' first");
            }

            if (inputs.Concat(usedIn).SelectMany(l => l.For).FirstOrDefault(f => products.All(p => p.Name != f)) is { } unknown)
            {
                throw a.Error(inputs.Any(l => l.For.Contains(unknown)) ? "inputs" : "usedIn", $"'for' names '{unknown}', which is not one of the anchor's products ({string.Join(", ", products.Select(p => p.Name))})");
            }

            anchors.Add(new AnchorDefinition(a.Required("name"), a.Required("fullName"), a.List("aliases"), stock, region, chains, segments,
                string.Equals(a.Optional("inDistrict"), "true", StringComparison.OrdinalIgnoreCase), a.Optional("note") ?? "", a.Line)
            {
                Products = products,
                Inputs = inputs,
                UsedIn = usedIn,
            });
        }

        return new AnchorCatalog(file, root.Required("source"), root.Optional("reference") ?? file, root.Optional("planRegion"), anchors);
    }

    // products/inputs/usedIn: a list of {name, source[, exclude]} mappings; every line needs the public source it came from.
    private static IReadOnlyList<AnchorProduct> ProductLines(YamlFields anchor, string field)
    {
        if (!anchor.Has(field))
        {
            return [];
        }

        return anchor.Mappings(field, f => f.Optional("name") ?? "?")
            .Select(p => new AnchorProduct(p.Required("name"), p.Required("source"), p.Line) { Exclude = p.List("exclude"), For = p.List("for"), Sectors = Codes(p, "sectors") })
            .ToList();
    }

    private static IReadOnlyList<string> Codes(YamlFields fields, string field)
    {
        var codes = fields.List(field);
        return codes.FirstOrDefault(c => !ShenwanCodes.Names.ContainsKey(c)) is { } bad
            ? throw fields.Error(field, $"'{bad}' is not a Shenwan 2021 industry code (six digits, e.g. 220500 塑料)")
            : codes;
    }

    public static IReadOnlyList<PlacementOverride> ParseOverrides(string file, TextReader reader, ChainCatalog catalog)
    {
        var root = new YamlFields(file, YamlFields.Root(file, reader), "");
        var result = new List<PlacementOverride>();
        foreach (var o in root.Mappings("overrides", f => f.Optional("enterprise") ?? "?"))
        {
            var chain = catalog.TryFind(o.Required("chain")) ?? throw o.Error("chain", $"'{o.Required("chain")}' is not a chain; known: {string.Join(", ", catalog.Chains.Select(c => c.Id))}");
            var segment = chain.FindSegment(o.Required("segment")) ?? throw o.Error("segment", $"'{o.Required("segment")}' is not a segment of chain '{chain.Id}'");
            var action = o.Required("action");
            if (action is not ("pin" or "remove"))
            {
                throw o.Error("action", $"'{action}' is not an action; use pin or remove");
            }

            var weight = o.OptionalNumber("weight", 0.01, 1) ?? 1;
            result.Add(new PlacementOverride(chain.Id, segment.Id, o.Required("enterprise"), action == "remove", weight, o.Optional("reason") ?? "", file, o.Line));
        }

        return result;
    }
}

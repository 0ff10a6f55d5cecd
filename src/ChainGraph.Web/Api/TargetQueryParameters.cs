using ChainGraph.Recommender.Recommending;
using ChainGraph.Web.Targets;

namespace ChainGraph.Web.Api;

/// <summary>
/// Query-string form of a target request: <c>chain</c>+<c>segment</c>, or <c>anchor</c>+<c>direction</c>
/// (upstream|downstream); <c>top</c>; filters <c>region</c> (places, comma-separated), <c>tags</c>
/// (comma-separated, all required), <c>size</c> (small|medium|large); who may be listed: <c>includeOutsideMainland</c>
/// (also Hong Kong, Macao, Taiwan, abroad and unknown locations), <c>includeLocalPresence</c> (also enterprises with a
/// plant or subsidiary in the home region, marked), <c>excludeRisk</c> (hide ST, *ST and 退市 instead of flagging them).
/// </summary>
public sealed record TargetQueryParameters(
    string? Chain, string? Segment, string? Anchor, string? Direction, int? Top, string? Region, string? Tags, string? Size,
    bool? IncludeOutsideMainland = null, bool? IncludeLocalPresence = null, bool? ExcludeRisk = null)
{
    public const int DefaultTop = 20;
    public const int MaxTextLength = 100;

    /// <summary>Validates every field; null with <paramref name="errors"/> filled when the request is not valid.</summary>
    public TargetQuery? ToQuery(int maxTop, RequestErrors errors)
    {
        foreach (var (value, field) in new[] { (Chain, "chain"), (Segment, "segment"), (Anchor, "anchor"), (Region, "region"), (Tags, "tags") })
        {
            errors.MaxLength(value, field, MaxTextLength);
        }

        var top = Top ?? DefaultTop;
        errors.Range(top, "top", 1, Math.Min(maxTop, RecommendOptions.MaxTop));
        var segmentForm = !string.IsNullOrWhiteSpace(Chain) || !string.IsNullOrWhiteSpace(Segment);
        var anchorForm = !string.IsNullOrWhiteSpace(Anchor);
        if (segmentForm == anchorForm)
        {
            errors.Add(segmentForm ? "anchor" : "chain", "Ask either for a segment (chain and segment) or for an anchor (anchor and direction), not both and not neither.");
        }
        else if (segmentForm && (string.IsNullOrWhiteSpace(Chain) || string.IsNullOrWhiteSpace(Segment)))
        {
            errors.Add(string.IsNullOrWhiteSpace(Chain) ? "chain" : "segment", "The segment form needs both 'chain' and 'segment'.");
        }

        SupplyDirection? direction = null;
        if (anchorForm)
        {
            direction = Direction?.Trim().ToLowerInvariant() switch
            {
                null or "" or "upstream" or "上游" => SupplyDirection.Upstream,
                "downstream" or "下游" => SupplyDirection.Downstream,
                _ => null,
            };
            if (direction is null)
            {
                errors.Add("direction", $"'direction' is '{Direction}'; it must be 'upstream' or 'downstream'.");
            }
        }

        SizeClass? size = null;
        if (!string.IsNullOrWhiteSpace(Size))
        {
            size = Enum.TryParse<SizeClass>(Size.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
            if (size is null)
            {
                errors.Add("size", $"'size' is '{Size}'; it must be small, medium or large.");
            }
        }

        var tags = (Tags ?? "").Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return errors.Any ? null : new TargetQuery(
            segmentForm ? Chain!.Trim() : null,
            segmentForm ? Segment!.Trim() : null,
            anchorForm ? Anchor!.Trim() : null,
            direction,
            top,
            string.IsNullOrWhiteSpace(Region) ? null : Region.Trim(),
            tags,
            size)
        {
            Filter = new TargetFilter
            {
                IncludeOutsideMainland = IncludeOutsideMainland ?? false,
                IncludeLocalPresence = IncludeLocalPresence ?? false,
                ExcludeRisk = ExcludeRisk ?? false,
            },
        };
    }
}

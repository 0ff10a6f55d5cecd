using ChainGraph.Recommender.Recommending;
using ChainGraph.Web.Targets;

namespace ChainGraph.Web.Api;

/// <summary>
/// Query-string form of a target request: <c>chain</c>+<c>segment</c>, or <c>anchor</c>+<c>direction</c>
/// (upstream|downstream); <c>top</c>; filters <c>region</c> (places, comma-separated), <c>tags</c>
/// (comma-separated, all required), <c>size</c> (small|medium|large|unknown); who may be listed: <c>includeOutsideMainland</c>
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
            errors.Add(segmentForm ? "anchor" : "chain", segmentForm
                ? "请只选一种查询方式：按环节（产业链和环节）或按链主企业（企业和方向），不要同时填写。"
                : "请选择产业链和环节，或填写链主企业。");
        }
        else if (segmentForm && (string.IsNullOrWhiteSpace(Chain) || string.IsNullOrWhiteSpace(Segment)))
        {
            errors.Add(string.IsNullOrWhiteSpace(Chain) ? "chain" : "segment", string.IsNullOrWhiteSpace(Chain) ? "请选择产业链。" : "请选择环节。");
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
                errors.Add("direction", $"方向只能是上游供应商或下游客户（upstream 或 downstream），收到的是「{Direction}」。");
            }
        }

        SizeClass? size = null;
        if (!string.IsNullOrWhiteSpace(Size))
        {
            size = Enum.TryParse<SizeClass>(Size.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
            if (size is null)
            {
                errors.Add("size", $"规模只能是大型、中型、小型或规模不详（large、medium、small、unknown），收到的是「{Size}」。");
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

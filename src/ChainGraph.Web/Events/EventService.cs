using System.Globalization;
using System.Security.Claims;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Web.Api;
using ChainGraph.Web.Chains;
using ChainGraph.Web.Hosting;
using ChainGraph.Web.Site;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainGraph.Web.Events;

/// <summary>Validates, resolves and stores events; builds their briefings (JSON and printable HTML).</summary>
public sealed class EventService(
    EventStore store,
    AttendeeResolverService resolver,
    BriefingService briefings,
    ChainViews chains,
    IGraphSnapshotProvider snapshots,
    ChainGraphWebOptions options,
    SiteTime time,
    SiteInfoService siteInfo,
    IWebHostEnvironment environment)
{
    public int MaxAttendees => options.MaxAttendees;

    public long MaxUploadBytes => options.MaxUploadBytes;

    /// <summary>Validates the fields, resolves every attendee and stores the event; a validation problem names each bad field.</summary>
    public async Task<Results<Created<ChainEvent>, ValidationProblem>> CreateAsync(
        string? name, string? date, string? chain, IReadOnlyList<AttendeeInput> inputs, string attendeesField, RequestErrors errors, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (parsedDate, chainId) = ValidateFields(name, date, chain, errors);
        ValidateAttendees(inputs, 0, attendeesField, errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var attendees = await ResolveAsync(inputs, cancellationToken);
        var id = await store.CreateAsync(name!.Trim(), parsedDate, chainId!, attendees, user.Identity?.Name ?? "?", cancellationToken);
        var created = await GetAsync(id, cancellationToken);
        return TypedResults.Created($"/api/events/{id}", created!);
    }

    /// <summary>Changes name, date and chain; null when the event does not exist or a field is invalid (errors says which).</summary>
    public async Task<ChainEvent?> UpdateAsync(long id, string? name, string? date, string? chain, RequestErrors errors, CancellationToken cancellationToken)
    {
        var (parsedDate, chainId) = ValidateFields(name, date, chain, errors);
        if (errors.Any || !await store.UpdateAsync(id, name!.Trim(), parsedDate, chainId!, cancellationToken))
        {
            return null;
        }

        return await GetAsync(id, cancellationToken);
    }

    public Task<bool> DeleteAsync(long id, CancellationToken cancellationToken) => store.DeleteAsync(id, cancellationToken);

    /// <summary>Resolves and appends attendees (pasted, one per line); null when the event does not exist or the input is invalid.</summary>
    public async Task<ChainEvent?> AddAttendeesAsync(long id, IReadOnlyList<AttendeeInput> inputs, string field, RequestErrors errors, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } chainEvent)
        {
            return null;
        }

        ValidateAttendees(inputs, chainEvent.Attendees.Count, field, errors);
        if (errors.Any)
        {
            return null;
        }

        await store.AddAttendeesAsync(id, await ResolveAsync(inputs, cancellationToken), cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Removes one attendee; null when the event or position does not exist.</summary>
    public async Task<ChainEvent?> RemoveAttendeeAsync(long id, int position, CancellationToken cancellationToken) =>
        await store.RemoveAttendeeAsync(id, position, cancellationToken) ? await GetAsync(id, cancellationToken) : null;

    /// <summary>The event with the current names of its resolved attendees.</summary>
    public async Task<ChainEvent?> GetAsync(long id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } chainEvent)
        {
            return null;
        }

        var snapshot = await snapshots.GetAsync(cancellationToken);
        return chainEvent with
        {
            Attendees = chainEvent.Attendees.Select(a => a.EnterpriseKey is { } key && snapshot.Find(new NodeRef(NodeKind.Enterprise, key)) is { } node
                ? a with { EnterpriseName = snapshot.Name(node) }
                : a).ToArray(),
        };
    }

    /// <summary>Sets an attendee to an enterprise a user chose; null when the event, position or enterprise does not exist (errors says which).</summary>
    public async Task<ChainEvent?> SetAttendeeAsync(long id, int position, string enterpriseKey, RequestErrors errors, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        if (snapshot.Find(new NodeRef(NodeKind.Enterprise, enterpriseKey.Trim())) is null)
        {
            errors.Add("enterpriseKey", $"图谱中没有这家企业（{enterpriseKey}），请从建议中选择，或用“在图谱中查找”搜索后选择。");
            return null;
        }

        if (await store.GetAsync(id, cancellationToken) is not { } chainEvent || chainEvent.Attendees.FirstOrDefault(a => a.Position == position) is not { } attendee)
        {
            return null;
        }

        await store.UpdateAttendeeAsync(id, attendee with { EnterpriseKey = enterpriseKey.Trim(), MatchKind = "Manual", Suggestions = [] }, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task<Briefing?> BriefingAsync(long id, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } chainEvent ? await briefings.BuildAsync(chainEvent, cancellationToken) : null;

    public async Task<string?> BriefingHtmlAsync(long id, bool forPrint, CancellationToken cancellationToken)
    {
        if (await BriefingAsync(id, cancellationToken) is not { } briefing)
        {
            return null;
        }

        var css = environment.WebRootFileProvider.GetFileInfo("css/briefing.css");
        await using var stream = css.CreateReadStream();
        using var reader = new StreamReader(stream);
        var site = await siteInfo.GetAsync(cancellationToken);
        return BriefingHtml.Render(briefing, await reader.ReadToEndAsync(cancellationToken), forPrint, time, site.DataAsOf);
    }

    /// <summary>The chain id <paramref name="chain"/> (id, name or alias) names; null when it names none.</summary>
    public string? TryFindChain(string? chain) => string.IsNullOrWhiteSpace(chain) ? null : chains.TryFind(chain)?.Id;

    private async Task<List<EventAttendee>> ResolveAsync(IReadOnlyList<AttendeeInput> inputs, CancellationToken cancellationToken)
    {
        var attendees = new List<EventAttendee>(inputs.Count);
        foreach (var input in inputs)
        {
            attendees.Add(await resolver.ResolveAsync(input, attendees.Count + 1, cancellationToken));
        }

        return attendees;
    }

    // Name, date (yyyy-MM-dd) and chain (id, name or alias) of an event; the chain's id and the date when they are valid.
    private (DateOnly Date, string? ChainId) ValidateFields(string? name, string? date, string? chain, RequestErrors errors)
    {
        errors.Require(name, "name", EventsApi.MaxNameLength);
        errors.Require(chain, "chain", EventsApi.MaxNameLength);
        DateOnly parsedDate = default;
        if (string.IsNullOrWhiteSpace(date) || !DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out parsedDate))
        {
            errors.Add("date", string.IsNullOrWhiteSpace(date) ? "请填写日期。" : $"日期「{date}」无法识别，请按 年-月-日 填写，如 2026-12-08。");
        }

        string? chainId = null;
        if (!string.IsNullOrWhiteSpace(chain))
        {
            chainId = chains.TryFind(chain)?.Id;
            if (chainId is null)
            {
                errors.Add("chain", $"没有名为「{chain}」的产业链。现有产业链：{string.Join("、", chains.Chains.Select(c => c.Name))}。");
            }
        }

        return (parsedDate, chainId);
    }

    private void ValidateAttendees(IReadOnlyList<AttendeeInput> inputs, int existing, string field, RequestErrors errors)
    {
        if (errors.Any && inputs.Count == 0)
        {
            return;
        }

        if (inputs.Count == 0)
        {
            errors.Add(field, "没有读到参会企业：请每行填写一家企业的名称（上传文件时需有“企业名称”列）。");
        }
        else if (existing + inputs.Count > options.MaxAttendees)
        {
            errors.Add(field, $"一场对接会最多 {options.MaxAttendees} 家参会企业，现在是 {existing + inputs.Count} 家。请分场举办，或请管理员调高上限。");
        }

        foreach (var input in inputs.Where(i => i.Name.Length > EventsApi.MaxAttendeeNameLength).Take(5))
        {
            errors.Add(field, $"第 {input.Line} 行的名称有 {input.Name.Length} 个字，最多 {EventsApi.MaxAttendeeNameLength} 个，请检查是否把多行粘在了一起。");
        }
    }
}

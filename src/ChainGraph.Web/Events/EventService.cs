using System.Globalization;
using System.Security.Claims;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Model;
using ChainGraph.Web.Api;
using ChainGraph.Web.Chains;
using ChainGraph.Web.Hosting;
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
    IWebHostEnvironment environment)
{
    public int MaxAttendees => options.MaxAttendees;

    public long MaxUploadBytes => options.MaxUploadBytes;

    /// <summary>Validates the fields, resolves every attendee and stores the event; a validation problem names each bad field.</summary>
    public async Task<Results<Created<ChainEvent>, ValidationProblem>> CreateAsync(
        string? name, string? date, string? chain, IReadOnlyList<AttendeeInput> inputs, string attendeesField, RequestErrors errors, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        errors.Require(name, "name", EventsApi.MaxNameLength);
        errors.Require(chain, "chain", EventsApi.MaxNameLength);
        DateOnly parsedDate = default;
        if (string.IsNullOrWhiteSpace(date) || !DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out parsedDate))
        {
            errors.Add("date", $"'date' is '{date}'; it must be a date written yyyy-MM-dd, e.g. 2026-12-08.");
        }

        string? chainId = null;
        if (!string.IsNullOrWhiteSpace(chain))
        {
            try
            {
                chainId = chains.Chains.Count == 0 ? null : FindChain(chain).Id;
            }
            catch (ChainNotFoundException ex)
            {
                errors.Add("chain", ex.Message);
            }
        }

        ValidateAttendees(inputs, attendeesField, errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var attendees = new List<EventAttendee>(inputs.Count);
        foreach (var input in inputs)
        {
            attendees.Add(await resolver.ResolveAsync(input, attendees.Count + 1, cancellationToken));
        }

        var id = await store.CreateAsync(name!.Trim(), parsedDate, chainId ?? chain!.Trim(), attendees, user.Identity?.Name ?? "?", cancellationToken);
        var created = await GetAsync(id, cancellationToken);
        return TypedResults.Created($"/api/events/{id}", created!);
    }

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
            errors.Add("enterpriseKey", $"No enterprise has the key '{enterpriseKey}'; use a key from the attendee's suggestions or GET /api/enterprises?q=.");
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
        return BriefingHtml.Render(briefing, await reader.ReadToEndAsync(cancellationToken), forPrint);
    }

    /// <summary>The chain id <paramref name="chain"/> (id, name or alias) names; null when it names none.</summary>
    public string? TryFindChain(string? chain) => string.IsNullOrWhiteSpace(chain)
        ? null
        : chains.Chains.FirstOrDefault(c => c.Id == chain.Trim() || c.Name == chain.Trim() || c.Aliases.Contains(chain.Trim()))?.Id;

    private ChainTemplate FindChain(string chain) => chains.Chains.FirstOrDefault(c => c.Id == chain.Trim() || c.Name == chain.Trim() || c.Aliases.Contains(chain.Trim()))
        ?? throw new ChainNotFoundException($"No chain '{chain}'. Known chains: {string.Join(", ", chains.Chains.Select(c => $"{c.Name} ({c.Id})"))}.");

    private void ValidateAttendees(IReadOnlyList<AttendeeInput> inputs, string field, RequestErrors errors)
    {
        if (errors.Any && inputs.Count == 0)
        {
            return;
        }

        if (inputs.Count == 0)
        {
            errors.Add(field, "没有找到参会企业：请每行填写一家企业名称（上传表格时用“企业名称”列）。");
        }
        else if (inputs.Count > options.MaxAttendees)
        {
            errors.Add(field, $"参会企业超过 {options.MaxAttendees} 家的上限（参会企业数），读取已停止；请把名单拆成几场对接会，或请管理员调高上限。");
        }

        foreach (var input in inputs.Where(i => i.Name.Length > EventsApi.MaxAttendeeNameLength).Take(5))
        {
            errors.Add(field, $"第 {input.Line} 行：企业名称有 {input.Name.Length} 个字符，超过上限 {EventsApi.MaxAttendeeNameLength} 个。");
        }
    }
}

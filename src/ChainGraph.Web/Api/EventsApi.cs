using System.Globalization;
using System.Security.Claims;
using ChainGraph.Core.Chains;
using ChainGraph.Ingest.Spreadsheets;
using ChainGraph.Web.Chains;
using ChainGraph.Web.Events;
using ChainGraph.Web.Hosting;
using ChainGraph.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChainGraph.Web.Api;

/// <summary>Chain-matching events (对接会): create from pasted or uploaded attendee lists, fix matches, briefings as JSON, HTML and PDF.</summary>
public static class EventsApi
{
    public const int MaxNameLength = 100;
    public const int MaxAttendeeNameLength = 200;
    public const int MaxPastedLength = 200_000;

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        // Events and briefings are the team's internal material: reading them needs sign-in (Policies.Internal).
        var group = app.MapGroup("/api/events").WithTags("Events").RequireAuthorization(Policies.Internal);
        group.MapGet("/", ListAsync);
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Write)
            .WithSummary("Creates an event; attendees are pasted text, one enterprise per line (name or name,code). 管理员, or 链长/专班 of the event's chain.");
        group.MapPost("/upload", UploadAsync).RequireAuthorization(Policies.Write)
            .WithSummary("Creates an event from a multipart form: name, date, chain and a CSV/XLSX file of attendees (XLSX read within named limits).");
        group.MapGet("/{id:long}", GetAsync);
        group.MapPut("/{id:long}/attendees/{position:int}", ResolveAttendeeAsync).RequireAuthorization(Policies.Write)
            .WithSummary("Sets the enterprise an attendee is (e.g. one of its suggestions).");
        group.MapGet("/{id:long}/briefing", BriefingAsync).WithSummary("The briefing as JSON.");
        group.MapGet("/{id:long}/briefing.pdf", BriefingPdfAsync).WithSummary("The briefing printed to A4 PDF by headless Chromium.");
        app.MapGet("/events/{id:long}/briefing", BriefingPageAsync).RequireAuthorization(Policies.Internal).WithTags("Events").WithSummary("The printable briefing page (HTML).");
        return app;
    }

    public sealed record CreateEventRequest(string? Name, string? Date, string? Chain, string? Attendees);

    public sealed record ResolveAttendeeRequest(string? EnterpriseKey);

    public static async Task<Ok<IReadOnlyList<ChainEvent>>> ListAsync(EventStore events, CancellationToken cancellationToken) =>
        TypedResults.Ok(await events.ListAsync(cancellationToken));

    public static async Task<Results<Created<ChainEvent>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateEventRequest request, EventService service, ChainAccess access, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await CheckChainAsync(request.Chain, service, access, user) is { } denied)
        {
            return denied;
        }

        var errors = new RequestErrors();
        errors.Require(request.Attendees, "attendees", MaxPastedLength);
        var inputs = errors.Any ? [] : AttendeeParser.FromText(request.Attendees!, service.MaxAttendees + 1);
        return (await service.CreateAsync(request.Name, request.Date, request.Chain, inputs, "attendees", errors, user, cancellationToken)).Result switch
        {
            Created<ChainEvent> created => created,
            var other => (ValidationProblem)other,
        };
    }

    public static async Task<Results<Created<ChainEvent>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        [FromForm] string? name, [FromForm] string? date, [FromForm] string? chain, IFormFile? file, EventService service, ChainAccess access, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await CheckChainAsync(chain, service, access, user) is { } denied)
        {
            return denied; // before the file is read
        }

        var errors = new RequestErrors();
        IReadOnlyList<AttendeeInput> inputs = [];
        if (file is null || file.Length == 0)
        {
            errors.Add("file", "请选择参会企业名单文件（.xlsx、.csv 或 .txt）。");
        }
        else if (file.Length > service.MaxUploadBytes)
        {
            errors.Add("file", $"文件有 {file.Length:N0} 字节，超过上限 {service.MaxUploadBytes:N0} 字节（上传大小）。");
        }
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            try
            {
                inputs = AttendeeParser.FromFile(file.FileName, buffer.ToArray(), service.MaxAttendees + 1);
            }
            catch (Exception ex) when (ex is InvalidDataException or XlsxLimitException)
            {
                errors.Add("file", ex.Message);
            }
        }

        return (await service.CreateAsync(name, date, chain, inputs, "file", errors, user, cancellationToken)).Result switch
        {
            Created<ChainEvent> created => created,
            var other => (ValidationProblem)other,
        };
    }

    public static async Task<Results<Ok<ChainEvent>, ProblemHttpResult>> GetAsync(long id, EventService service, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } chainEvent ? TypedResults.Ok(chainEvent) : NotFound(id);

    public static async Task<Results<Ok<ChainEvent>, ValidationProblem, ProblemHttpResult>> ResolveAttendeeAsync(
        long id, int position, ResolveAttendeeRequest request, EventService service, ChainAccess access, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await service.GetAsync(id, cancellationToken) is not { } chainEvent)
        {
            return NotFound(id);
        }

        if (await access.CheckWriteAsync(user, chainEvent.Chain) is { } denied)
        {
            return denied;
        }

        var errors = new RequestErrors();
        errors.Require(request.EnterpriseKey, "enterpriseKey", MaxNameLength);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        return await service.SetAttendeeAsync(id, position, request.EnterpriseKey!, errors, cancellationToken) switch
        {
            { } updated => TypedResults.Ok(updated),
            null when errors.Any => errors.ToResult(),
            null => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Attendee not found", detail: $"Event {id} has no attendee at position {position}."),
        };
    }

    public static async Task<Results<Ok<Briefing>, ProblemHttpResult>> BriefingAsync(long id, EventService service, CancellationToken cancellationToken) =>
        await service.BriefingAsync(id, cancellationToken) is { } briefing ? TypedResults.Ok(briefing) : NotFound(id);

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> BriefingPageAsync(long id, EventService service, CancellationToken cancellationToken) =>
        await service.BriefingHtmlAsync(id, forPrint: false, cancellationToken) is { } html ? TypedResults.Text(html, "text/html; charset=utf-8") : NotFound(id);

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> BriefingPdfAsync(long id, EventService service, PdfPrinter printer, CancellationToken cancellationToken)
    {
        if (!printer.IsAvailable)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF export not available",
                detail: "Headless Chromium was not found (ChainGraph:Web:ChromiumPath); install the Debian package chromium, or print the briefing page from the browser.");
        }

        if (await service.BriefingHtmlAsync(id, forPrint: true, cancellationToken) is not { } html)
        {
            return NotFound(id);
        }

        return await printer.PrintAsync(html, cancellationToken) is { } pdf
            ? TypedResults.File(pdf, "application/pdf", $"对接会简报_{id.ToString(CultureInfo.InvariantCulture)}.pdf")
            : TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "PDF export failed", detail: "Chromium did not produce a PDF; the server log says why. Print the briefing page from the browser instead.");
    }

    /// <summary>The chain-scope check for a new event: an unknown chain is left to the validation that names it.</summary>
    private static async Task<ProblemHttpResult?> CheckChainAsync(string? chain, EventService service, ChainAccess access, ClaimsPrincipal user) =>
        service.TryFindChain(chain) is { } chainId ? await access.CheckWriteAsync(user, chainId) : null;

    private static ProblemHttpResult NotFound(long id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "找不到这场对接会", detail: $"没有编号为 {id} 的对接会，可能已被删除。");
}

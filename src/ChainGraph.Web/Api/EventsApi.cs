using System.Globalization;
using System.Security.Claims;
using ChainGraph.Core.Chains;
using ChainGraph.Ingest.Spreadsheets;
using ChainGraph.Web.Chains;
using ChainGraph.Web.Events;
using ChainGraph.Web.Hosting;
using ChainGraph.Web.Security;
using ChainGraph.Web.Site;
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
        group.MapPut("/{id:long}", UpdateAsync).RequireAuthorization(Policies.Write)
            .WithSummary("Changes an event's name, date (yyyy-MM-dd) and chain.");
        group.MapDelete("/{id:long}", DeleteAsync).RequireAuthorization(Policies.Write)
            .WithSummary("Deletes an event and its attendees.");
        group.MapPost("/{id:long}/attendees", AddAttendeesAsync).RequireAuthorization(Policies.Write)
            .WithSummary("Adds attendees (pasted text, one enterprise per line: name or name,code), resolved like a new event's.");
        group.MapPut("/{id:long}/attendees/{position:int}", ResolveAttendeeAsync).RequireAuthorization(Policies.Write)
            .WithSummary("Sets the enterprise an attendee is (one of its suggestions, or one found by searching the graph).");
        group.MapDelete("/{id:long}/attendees/{position:int}", RemoveAttendeeAsync).RequireAuthorization(Policies.Write)
            .WithSummary("Removes an attendee; the others keep their positions.");
        group.MapGet("/{id:long}/briefing", BriefingAsync).WithSummary("The briefing as JSON.");
        group.MapGet("/{id:long}/briefing.pdf", BriefingPdfAsync).WithSummary("The briefing printed to A4 PDF by headless Chromium.");
        app.MapGet("/events/{id:long}/briefing", BriefingPageAsync).RequireAuthorization(Policies.Internal).WithTags("Events").WithSummary("The printable briefing page (HTML).");
        return app;
    }

    public sealed record CreateEventRequest(string? Name, string? Date, string? Chain, string? Attendees);

    public sealed record ResolveAttendeeRequest(string? EnterpriseKey);

    public sealed record UpdateEventRequest(string? Name, string? Date, string? Chain);

    public sealed record AddAttendeesRequest(string? Attendees);

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
            errors.Add("file", "请选择参会名单文件（CSV 或 Excel .xlsx，含“企业名称”列）。");
        }
        else if (file.Length > service.MaxUploadBytes)
        {
            errors.Add("file", $"名单文件有 {file.Length / 1024.0:N0} KB，超过上限 {service.MaxUploadBytes / 1024:N0} KB。请删去无关的工作表或列后再上传。");
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
                errors.Add("file", ChineseOr(ex.Message, $"无法读取「{file.FileName}」：请确认它是 CSV 或 Excel（.xlsx）名单，第一行是列名（如“企业名称”）。"));
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

    public static async Task<Results<Ok<ChainEvent>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, UpdateEventRequest request, EventService service, ChainAccess access, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if ((await CheckEventAsync(id, service, access, user, cancellationToken) ?? await CheckChainAsync(request.Chain, service, access, user)) is { } denied)
        {
            return denied;
        }

        var errors = new RequestErrors();
        return await service.UpdateAsync(id, request.Name, request.Date, request.Chain, errors, cancellationToken) switch
        {
            { } updated => TypedResults.Ok(updated),
            null when errors.Any => errors.ToResult(),
            null => NotFound(id),
        };
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        long id, EventService service, ChainAccess access, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await CheckEventAsync(id, service, access, user, cancellationToken) is { } denied)
        {
            return denied;
        }

        return await service.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);
    }

    public static async Task<Results<Ok<ChainEvent>, ValidationProblem, ProblemHttpResult>> AddAttendeesAsync(
        long id, AddAttendeesRequest request, EventService service, ChainAccess access, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await CheckEventAsync(id, service, access, user, cancellationToken) is { } denied)
        {
            return denied;
        }

        var errors = new RequestErrors();
        errors.Require(request.Attendees, "attendees", MaxPastedLength);
        var inputs = errors.Any ? [] : AttendeeParser.FromText(request.Attendees!, service.MaxAttendees + 1);
        return await service.AddAttendeesAsync(id, inputs, "attendees", errors, cancellationToken) switch
        {
            { } updated => TypedResults.Ok(updated),
            null when errors.Any => errors.ToResult(),
            null => NotFound(id),
        };
    }

    public static async Task<Results<Ok<ChainEvent>, ProblemHttpResult>> RemoveAttendeeAsync(
        long id, int position, EventService service, ChainAccess access, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await CheckEventAsync(id, service, access, user, cancellationToken) is { } denied)
        {
            return denied;
        }

        return await service.RemoveAttendeeAsync(id, position, cancellationToken) is { } updated ? TypedResults.Ok(updated) : AttendeeNotFound(id, position);
    }

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
            null => AttendeeNotFound(id, position),
        };
    }

    public static async Task<Results<Ok<Briefing>, ProblemHttpResult>> BriefingAsync(long id, EventService service, CancellationToken cancellationToken) =>
        await service.BriefingAsync(id, cancellationToken) is { } briefing ? TypedResults.Ok(briefing) : NotFound(id);

    /// <summary>The printable briefing; a person who opens a briefing that does not exist gets a page saying so, not JSON.</summary>
    public static async Task<IResult> BriefingPageAsync(long id, EventService service, CancellationToken cancellationToken) =>
        await service.BriefingHtmlAsync(id, forPrint: false, cancellationToken) is { } html
            ? TypedResults.Text(html, "text/html; charset=utf-8")
            : MessagePage.Result(StatusCodes.Status404NotFound, "没有找到这份简报",
                $"编号为 {id} 的对接会不存在，可能已被删除。请回到对接会列表重新选择。", ("/events.html", "返回对接会简报"));

    public static async Task<IResult> BriefingPdfAsync(long id, HttpRequest request, EventService service, PdfPrinter printer, CancellationToken cancellationToken)
    {
        if (!printer.IsAvailable)
        {
            const string title = "暂时无法导出 PDF";
            const string text = "服务器上没有安装用于生成 PDF 的浏览器组件（Chromium）。请联系管理员安装；也可以先打开简报，用浏览器的“打印 → 另存为 PDF”保存。";
            return MessagePage.WantsHtml(request)
                ? MessagePage.Result(StatusCodes.Status503ServiceUnavailable, title, text, ($"/events/{id}/briefing", "打开简报"), ("/events.html", "返回对接会简报"))
                : TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: title, detail: text);
        }

        if (await service.BriefingHtmlAsync(id, forPrint: true, cancellationToken) is not { } html)
        {
            return MessagePage.WantsHtml(request)
                ? MessagePage.Result(StatusCodes.Status404NotFound, "没有找到这份简报", $"编号为 {id} 的对接会不存在，可能已被删除。", ("/events.html", "返回对接会简报"))
                : NotFound(id);
        }

        if (await printer.PrintAsync(html, cancellationToken) is { } pdf)
        {
            return TypedResults.File(pdf, "application/pdf", $"对接会简报_{id.ToString(CultureInfo.InvariantCulture)}.pdf");
        }

        const string failed = "生成 PDF 没有成功（原因已记入服务器日志）。请稍后再试，或打开简报用浏览器的“打印 → 另存为 PDF”保存。";
        return MessagePage.WantsHtml(request)
            ? MessagePage.Result(StatusCodes.Status502BadGateway, "PDF 导出失败", failed, ($"/events/{id}/briefing", "打开简报"))
            : TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "PDF 导出失败", detail: failed);
    }

    /// <summary>The chain-scope check for a new event: an unknown chain is left to the validation that names it.</summary>
    private static async Task<ProblemHttpResult?> CheckChainAsync(string? chain, EventService service, ChainAccess access, ClaimsPrincipal user) =>
        service.TryFindChain(chain) is { } chainId ? await access.CheckWriteAsync(user, chainId) : null;

    /// <summary>The chain-scope check for a change to an existing event (its chain); a missing event is left to the not-found answer.</summary>
    private static async Task<ProblemHttpResult?> CheckEventAsync(long id, EventService service, ChainAccess access, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } chainEvent ? await access.CheckWriteAsync(user, chainEvent.Chain) : null;

    private static ProblemHttpResult NotFound(long id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "没有找到这场对接会", detail: $"编号为 {id} 的对接会不存在，可能已被删除。请在对接会列表中重新选择。");

    private static ProblemHttpResult AttendeeNotFound(long id, int position) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "没有找到这家参会企业", detail: $"对接会 {id} 中没有第 {position} 号参会企业，可能已被移除。请刷新页面。");

    // A message already written for the page is kept; a low-level one (in English) is replaced by what to do.
    private static string ChineseOr(string message, string fallback) => message.Any(c => c is >= '\u4e00' and <= '\u9fff') ? message : fallback;
}

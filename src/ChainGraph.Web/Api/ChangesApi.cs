using System.Globalization;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Exports;
using ChainGraph.Web.Changes;
using ChainGraph.Web.Exports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChainGraph.Web.Api;

/// <summary>产业链动态: what changed in a chain between two dates, every chain's summary, and the export.</summary>
public static class ChangesApi
{
    public static IEndpointRouteBuilder MapChangesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Changes");
        group.MapGet("/chains/{chain}/changes", GetAsync)
            .WithSummary("Changes after since= up to until= (yyyy-MM-dd; default the 30 days up to the latest date in the data): relationships, placements, segment statuses.");
        group.MapGet("/chains/{chain}/changes/export", ExportAsync).WithSummary("The same changes as CSV (UTF-8 with BOM) or XLSX: format=csv|xlsx.");
        group.MapGet("/changes/summary", SummaryAsync).WithSummary("Every chain's counts and highlights for the window (the 近30天 block of 产业链总览).");
        return app;
    }

    public static async Task<Results<Ok<ChangesView>, ValidationProblem, ProblemHttpResult>> GetAsync(
        string chain, string? since, string? until, string? region, ChangesViews views, CancellationToken cancellationToken)
    {
        var (from, to, errors) = Window(since, until, region);
        errors.Require(chain, "chain", ChainsApi.MaxNameLength);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        try
        {
            return TypedResults.Ok(await views.ViewAsync(chain, from, to, region, cancellationToken));
        }
        catch (ChainNotFoundException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Chain or region not found", detail: ex.Message);
        }
        catch (ArgumentException ex)
        {
            return Invalid(ex);
        }
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ExportAsync(
        string chain, string? since, string? until, string? region, string? format, ChangesViews views, CancellationToken cancellationToken)
    {
        var (from, to, errors) = Window(since, until, region);
        errors.Require(chain, "chain", ChainsApi.MaxNameLength);
        ExportFormat.Validate(format, errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        try
        {
            var view = await views.ViewAsync(chain, from, to, region, cancellationToken);
            var cells = view.Rows.Select(ChangesTable.Cells);
            var name = string.Create(CultureInfo.InvariantCulture, $"产业链动态_{view.ChainName}_{view.From:yyyyMMdd}-{view.To:yyyyMMdd}.{format}");
            return format == ExportFormat.Csv
                ? TypedResults.File(CsvExport.Write(ChangesTable.Headers, cells), "text/csv; charset=utf-8", name)
                : TypedResults.File(XlsxExport.Write("产业链动态", ChangesTable.Headers, ChangesTable.Widths, cells), ExportFormat.XlsxContentType, name);
        }
        catch (ChainNotFoundException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Chain or region not found", detail: ex.Message);
        }
        catch (ArgumentException ex)
        {
            return Invalid(ex);
        }
    }

    public static async Task<Results<Ok<IReadOnlyList<ChangeSummary>>, ValidationProblem, ProblemHttpResult>> SummaryAsync(
        string? since, string? until, string? region, ChangesViews views, CancellationToken cancellationToken)
    {
        var (from, to, errors) = Window(since, until, region);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        try
        {
            return TypedResults.Ok(await views.SummaryAsync(from, to, region, cancellationToken));
        }
        catch (ChainNotFoundException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Region not found", detail: ex.Message);
        }
        catch (ArgumentException ex)
        {
            return Invalid(ex);
        }
    }

    private static (DateOnly? From, DateOnly? To, RequestErrors Errors) Window(string? since, string? until, string? region)
    {
        var errors = new RequestErrors();
        errors.MaxLength(region, "region", ChainsApi.MaxNameLength);
        return (Date(since, "since", errors), Date(until, "until", errors), errors);
    }

    private static DateOnly? Date(string? text, string field, RequestErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, $"'{field}' is '{text}'; write a date as yyyy-MM-dd, e.g. 2025-06-21.");
        return null;
    }

    private static ValidationProblem Invalid(ArgumentException ex) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ex.ParamName == "to" ? "until" : "since"] = [ex.Message.Split(" (Parameter", 2)[0]] }, title: "The request is not valid");
}

using System.Text.Encodings.Web;
using System.Text.Unicode;
using ChainGraph.Web.Chains;
using ChainGraph.Web.Changes;
using ChainGraph.Web.Enterprises;
using ChainGraph.Web.Events;
using ChainGraph.Web.Geography;
using ChainGraph.Web.Lists;
using ChainGraph.Web.Security;
using ChainGraph.Web.Site;
using ChainGraph.Web.Targets;
using Microsoft.AspNetCore.ResponseCompression;

namespace ChainGraph.Web.Hosting;

/// <summary>Registrations of the web surface, on top of the shared <c>AddChainGraph</c> composition root.</summary>
public static class WebServiceCollectionExtensions
{
    /// <summary>Policy name for anything that writes; the same as <see cref="Policies.Write"/> (kept for callers of the old name).</summary>
    public const string WritePolicy = Policies.Write;

    public static IServiceCollection AddChainGraphWeb(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ChainGraphWebOptions.Section).Get<ChainGraphWebOptions>() ?? new ChainGraphWebOptions();
        options.Validate();
        services.AddSingleton(options);

        services.AddProblemDetails();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "ChainGraph API";
            document.Info.Description = "产业链图谱、招商目标推荐与对接会简报的 JSON 接口。Errors are RFC 9457 problem details.";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(json =>
        {
            // Chinese stays readable in JSON; <, >, & and quotes are still escaped.
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });

        services.AddChainGraphSecurity(options);
        services.AddSingleton<WebDatabase>();
        services.AddSingleton<TargetListStore>();
        services.AddSingleton<EventStore>();
        services.AddSingleton<EnterpriseProfileService>();
        services.AddSingleton<ChainViews>();
        services.AddSingleton<GeographyViews>();
        services.AddSingleton<ChangesViews>();
        services.AddSingleton<OverrideService>();
        services.AddSingleton<TargetService>();
        services.AddSingleton<AttendeeResolverService>();
        services.AddSingleton<BriefingService>();
        services.AddSingleton<EventService>();
        services.AddSingleton<PdfPrinter>();
        services.AddSingleton<Projects.ReportPages>();
        services.AddSingleton<SiteTime>();
        services.AddSingleton<SiteInfoService>();
        services.AddSingleton<SiteSearch>();
        services.AddSingleton<TargetFilters>();
        services.AddChainGraphCompression();
        services.AddHostedService<StoreInitializer>();
        services.AddHostedService<SnapshotWarmUp>();
        return services;
    }

    // ECharts alone is 1.1 MB: text answers (scripts, styles, pages, JSON) go out compressed, Brotli first.
    private static void AddChainGraphCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", "text/javascript", "image/svg+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
    }
}

using System.Text.Encodings.Web;
using System.Text.Unicode;
using ChainGraph.Web.Chains;
using ChainGraph.Web.Enterprises;
using ChainGraph.Web.Events;
using ChainGraph.Web.Lists;
using ChainGraph.Web.Targets;
using ChainGraph.Web.Security;

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
        services.AddSingleton<OverrideService>();
        services.AddSingleton<TargetService>();
        services.AddSingleton<AttendeeResolverService>();
        services.AddSingleton<BriefingService>();
        services.AddSingleton<EventService>();
        services.AddSingleton<PdfPrinter>();
        services.AddHostedService<StoreInitializer>();
        return services;
    }
}

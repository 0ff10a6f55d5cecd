using ChainGraph.Hosting;
using ChainGraph.Ingest.Jobs;
using ChainGraph.Web.Api;
using ChainGraph.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddChainGraph(builder.Configuration);
builder.Services.AddChainGraphWeb(builder.Configuration);
// Every source in ingest/sources runs on its cron schedule inside the app (Quartz hosted service).
builder.Services.AddChainGraphJobs(builder.Configuration);

var app = builder.Build();
app.UseChainGraphWeb();
app.MapAccountApi();
app.MapUsersApi();
app.MapChainsApi();
app.MapGeographyApi();
app.MapChangesApi();
app.MapOverridesApi();
app.MapEnterprisesApi();
app.MapRecommendationsApi();
app.MapTargetListsApi();
app.MapEventsApi();
app.MapProjectsApi();
app.MapProjectReportsApi();
app.MapVisitsApi();
app.MapSiteApi();
app.Run();

/// <summary>The entry point; public so <c>WebApplicationFactory&lt;Program&gt;</c> can host the app in tests.</summary>
public partial class Program;

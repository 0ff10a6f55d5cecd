using System.CommandLine;
using ChainGraph.Cli.Infrastructure;
using ChainGraph.Store.Neo4j;
using ChainGraph.Store.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// <c>chaingraph sync --to neo4j [--full]</c>: copies the embedded SQLite store into Neo4j.
/// Incremental by default (rows whose updated_at is later than the watermark the last sync left
/// in Neo4j); <c>--full</c> sends every row. Idempotent either way: Neo4j merges on natural keys.
/// Deletions in the embedded store are not propagated.
/// </summary>
internal sealed class SyncCommand : ICliCommand
{
    public string Parent => "";

    public Command Create(CliContext context)
    {
        var to = new Option<string>("--to") { Description = "The backend to copy into; only 'neo4j' (settings ChainGraph:Neo4j:Url/User/Password/Database).", Required = true };
        var full = new Option<bool>("--full") { Description = "Send every row, not only those changed since the last sync." };
        var json = CliOptions.Json();
        var command = new Command("sync", "Copy the embedded store into Neo4j (incremental by default, idempotent).") { to, full, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (parseResult.GetValue(to) is not "neo4j")
            {
                throw new CliUserException($"--to is '{parseResult.GetValue(to)}'; the only target is 'neo4j'.");
            }

            await using var services = await context.CreateServicesAsync(parseResult, cancellationToken);
            var started = TimeProvider.System.GetTimestamp();
            var report = await SyncAsync(services, parseResult.GetValue(full), cancellationToken);
            var elapsed = TimeProvider.System.GetElapsedTime(started);
            if (parseResult.GetValue(json))
            {
                context.WriteJson(report);
                return CliApplication.ExitOk;
            }

            var r = report.Result;
            await context.Output.WriteLineAsync($"synced {report.Source} -> {report.Target} ({(report.Since is { } s ? $"changes since {s:O}" : "full")}, {report.Batches} batches, {elapsed.TotalSeconds:0.0} s)");
            await context.Output.WriteLineAsync($"nodes: {r.NodesAdded} added, {r.NodesUpdated} updated, {r.NodesUnchanged} unchanged");
            await context.Output.WriteLineAsync($"edges: {r.EdgesAdded} added, {r.EdgesUpdated} updated, {r.EdgesUnchanged} unchanged, {r.Rejected.Count} rejected");
            foreach (var rejected in r.Rejected.Take(10))
            {
                await context.Error.WriteLineAsync($"rejected: {rejected.Reason}. Run with --full to resend its endpoints.");
            }

            return r.Rejected.Count == 0 ? CliApplication.ExitOk : CliApplication.ExitFailure;
        });
        return command;
    }

    private static async Task<SyncReport> SyncAsync(IServiceProvider services, bool full, CancellationToken cancellationToken)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var clock = services.GetService<TimeProvider>() ?? TimeProvider.System;
        await using var owned = new OwnedStores();
        var source = services.GetService<SqliteGraphStore>() ?? await owned.InitializeAsync(new SqliteGraphStore(
            configuration.GetSection("ChainGraph:Sqlite").Get<SqliteStoreOptions>() ?? new SqliteStoreOptions(), clock), cancellationToken);
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger<SyncCommand>() ?? (ILogger)NullLogger.Instance;
        var options = Neo4jServiceCollectionExtensions.ReadOptions(configuration);
        var target = services.GetService<Neo4jGraphStore>() ?? await owned.InitializeAsync(new Neo4jGraphStore(options, clock, logger, handler: null), cancellationToken);

        var since = full ? null : await target.GetSyncWatermarkAsync(source.Description, cancellationToken);
        var upTo = await source.GetLastChangeAsync(cancellationToken);
        return await new Neo4jSync(target, options.BatchSize).RunAsync(
            source.Description,
            since,
            upTo,
            source.ReadNodesChangedSinceAsync(since, cancellationToken),
            source.ReadEdgesChangedSinceAsync(since, cancellationToken),
            cancellationToken);
    }

    /// <summary>Stores this command created itself (the configured backend is owned by the service provider).</summary>
    private sealed class OwnedStores : IAsyncDisposable
    {
        private readonly List<IAsyncDisposable> _stores = [];

        public async Task<T> InitializeAsync<T>(T store, CancellationToken cancellationToken)
            where T : ChainGraph.Core.Store.IGraphStore
        {
            _stores.Add(store);
            await store.InitializeAsync(cancellationToken);
            return store;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var store in _stores)
            {
                await store.DisposeAsync();
            }
        }
    }
}

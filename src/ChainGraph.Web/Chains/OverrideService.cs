using System.Globalization;
using ChainGraph.Core.Chains;
using ChainGraph.Core.Graph;
using ChainGraph.Core.Store;
using ChainGraph.Ingest.Chains;
using ChainGraph.Ingest.Loading;
using ChainGraph.Web.Hosting;

namespace ChainGraph.Web.Chains;

/// <summary>
/// Overrides made in the web app (table <c>web_segment_overrides</c>). Saving one re-runs the shared chain
/// placement step (<see cref="ChainIngestor"/>) with the shipped overrides, the configured override file and
/// then these (so they win), which rewrites the IN_SEGMENT facts and refreshes the snapshot and the maps.
/// </summary>
public sealed class OverrideService(
    WebDatabase database,
    IGraphStore store,
    IGraphSnapshotProvider snapshots,
    ChainCatalog catalog,
    ChainMapOptions mapOptions,
    IngestOptions ingestOptions,
    TimeProvider clock)
{
    public const string Pin = "pin";
    public const string Remove = "remove";

    public async Task SaveAsync(SegmentOverride entry, CancellationToken cancellationToken)
    {
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT OR REPLACE INTO web_segment_overrides (chain, segment, enterprise_key, action, weight, note, created_by, created_at)
                VALUES ($chain, $segment, $key, $action, $weight, $note, $user, $at)
                """;
            command.Parameters.AddWithValue("$chain", entry.ChainId);
            command.Parameters.AddWithValue("$segment", entry.SegmentId);
            command.Parameters.AddWithValue("$key", entry.EnterpriseKey);
            command.Parameters.AddWithValue("$action", entry.Action);
            command.Parameters.AddWithValue("$weight", entry.Weight);
            command.Parameters.AddWithValue("$note", entry.Reason);
            command.Parameters.AddWithValue("$user", entry.CreatedBy);
            command.Parameters.AddWithValue("$at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await ApplyAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SegmentOverride>> ListAsync(string? chainId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT chain, segment, enterprise_key, action, weight, note, created_by, created_at FROM web_segment_overrides WHERE $chain IS NULL OR chain = $chain ORDER BY created_at";
        command.Parameters.AddWithValue("$chain", (object?)chainId ?? DBNull.Value);
        var list = new List<SegmentOverride>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new SegmentOverride(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetDouble(4),
                reader.GetString(5), reader.GetString(6), DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture)));
        }

        return list;
    }

    /// <summary>Re-places enterprises with every override; also run at start when web overrides exist (a CLI re-import drops them from the graph).</summary>
    public async Task ApplyAsync(CancellationToken cancellationToken)
    {
        var web = (await ListAsync(null, cancellationToken))
            .Select(o => new PlacementOverride(o.ChainId, o.SegmentId, o.EnterpriseKey, o.Action == Remove, o.Weight, o.Reason, $"web:{o.CreatedBy}", 0));
        var overrides = ChainDataLoader.LoadOverrides(catalog, mapOptions.OverridesPath).Concat(web).ToArray();
        await new ChainIngestor(store, snapshots, ingestOptions).IngestAsync(catalog, ChainDataLoader.LoadEmbeddedAnchors(catalog), overrides, cancellationToken);
        snapshots.Invalidate();
    }

    public async Task<bool> AnyAsync(CancellationToken cancellationToken) => (await ListAsync(null, cancellationToken)).Count > 0;
}

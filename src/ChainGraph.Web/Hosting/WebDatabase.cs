using ChainGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Web.Hosting;

/// <summary>
/// The web app's own tables (accounts, target lists, events; graph-schema/sqlite/003_webapp.sql) live in
/// the same SQLite file as the graph and are opened through <see cref="SqliteGraphStore.OpenAsync"/>.
/// </summary>
public sealed class WebDatabase(IServiceProvider services)
{
    private readonly SqliteGraphStore? _store = services.GetService<SqliteGraphStore>();

    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _store is null
        ? throw new InvalidOperationException("The web app keeps accounts, lists and events in the embedded SQLite store; set ChainGraph:Store=sqlite.")
        : _store.OpenAsync(cancellationToken);

    /// <summary>The database file, for placing files that belong beside it (a generated admin password).</summary>
    public string? Path => _store?.Path;
}

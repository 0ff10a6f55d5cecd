using ChainGraph.Core.Model;

namespace ChainGraph.Store.Sqlite;

/// <summary>
/// Node ids the store's writer connection has written or read, kept across batches so relationship
/// endpoints are not looked up on disk again (at city scale, two point reads per relationship were a
/// sixth of the import). Ids of a batch enter only when its transaction commits; everything is dropped
/// when another connection or process may have changed the nodes (SQLite's <c>PRAGMA data_version</c>)
/// and when the cache reaches <see cref="MaxEntries"/>.
/// </summary>
internal sealed class SqliteNodeIds
{
    /// <summary>About 100 bytes each: 4 million ids hold ~400 MB at most.</summary>
    public const int MaxEntries = 4_000_000;

    private readonly Dictionary<NodeRef, long> _ids = [];
    private long _dataVersion = -1;

    public int Count => _ids.Count;

    public bool TryGet(NodeRef node, out long id) => _ids.TryGetValue(node, out id);

    /// <summary>
    /// Called inside each write transaction with the writer connection's data version: a change means
    /// another connection committed since the last call, so cached ids may be stale.
    /// </summary>
    public void Validate(long dataVersion)
    {
        if (dataVersion != _dataVersion)
        {
            _ids.Clear();
            _dataVersion = dataVersion;
        }
    }

    public void Commit(IReadOnlyDictionary<NodeRef, long> written)
    {
        if (_ids.Count + written.Count > MaxEntries)
        {
            _ids.Clear();
        }

        foreach (var (node, id) in written)
        {
            _ids[node] = id;
        }
    }

    public void Clear() => _ids.Clear();
}

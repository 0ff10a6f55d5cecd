namespace ChainGraph.Core.Store;

/// <summary>
/// A store that can prepare for a load much larger than what it holds, for example by building
/// secondary indexes once after the data instead of updating them row by row. Loaders open a session
/// around a bulk import; every batch inside it stays atomic and idempotent, and a process killed inside
/// a session leaves a store that the next open repairs.
/// </summary>
public interface IBulkLoadTarget
{
    /// <summary>
    /// Starts a bulk load of about <paramref name="expectedRows"/> rows; dispose the result when the load
    /// is over (also after a failure). Sessions nest: only the outermost one acts.
    /// </summary>
    Task<IAsyncDisposable> BeginBulkLoadAsync(long expectedRows, CancellationToken cancellationToken);
}

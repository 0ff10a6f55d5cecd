namespace ChainGraph.Ingest.Web;

/// <summary>
/// Spaces requests to the same host at least <see cref="WebFetchOptions.MinHostInterval"/> apart
/// (a reservation per call, so concurrent callers queue up instead of bursting). Uses the injected clock.
/// </summary>
public sealed class HostRateLimiter(TimeSpan interval, TimeProvider clock)
{
    private readonly Dictionary<string, DateTimeOffset> _next = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    public async Task WaitAsync(string host, CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            var slot = _next.TryGetValue(host, out var next) && next > now ? next : now;
            _next[host] = slot + interval;
            wait = slot - now;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, cancellationToken);
        }
    }
}

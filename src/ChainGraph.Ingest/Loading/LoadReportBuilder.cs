using ChainGraph.Core.Store;

namespace ChainGraph.Ingest.Loading;

/// <summary>Accumulates the counts of a <see cref="LoadReport"/> while a loader runs.</summary>
public sealed class LoadReportBuilder(string source)
{
    private readonly Dictionary<string, long> _skipped = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);

    public long RowsRead { get; set; }

    public void Skip(string reason, long count = 1) => _skipped[reason] = _skipped.GetValueOrDefault(reason) + count;

    public void Count(string what, long count = 1) => _counts[what] = _counts.GetValueOrDefault(what) + count;

    public LoadReport Build(UpsertResult result) => new(source, RowsRead, result, new Dictionary<string, long>(_skipped), new Dictionary<string, long>(_counts));
}

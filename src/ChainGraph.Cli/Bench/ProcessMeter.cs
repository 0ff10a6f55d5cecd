using System.Diagnostics;
using System.Globalization;

namespace ChainGraph.Cli.Bench;

/// <summary>
/// Wall time, bytes this process caused to be written to storage (<c>write_bytes</c> of
/// <c>/proc/self/io</c>: what reached the block layer, the figure that wears disks and fills page caches)
/// and peak resident memory (<c>VmHWM</c>, reset per phase through <c>/proc/self/clear_refs</c>) of one
/// phase of a benchmark. On systems without /proc the byte and memory figures are null. Also the
/// processor time of the process and the time .NET paused it for garbage collection: on a shared
/// machine wall time moves with the load, processor time much less.
/// </summary>
internal sealed class ProcessMeter
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly long? _writeBytes = WriteBytes("/proc/self/io");
    private readonly TimeSpan _processorTime = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly TimeSpan _gcPause = GC.GetTotalPauseDuration();

    private ProcessMeter()
    {
    }

    public static ProcessMeter Start()
    {
        ResetPeak();
        return new ProcessMeter();
    }

    public PhaseFigures Stop() => new(
        _clock.Elapsed,
        WriteBytes("/proc/self/io") - _writeBytes,
        StatusKilobytes("VmHWM") * 1024)
    {
        ProcessorTime = Process.GetCurrentProcess().TotalProcessorTime - _processorTime,
        GcPause = GC.GetTotalPauseDuration() - _gcPause,
    };

    /// <summary>The <c>write_bytes</c> line of an io file (/proc/PID/io), or null.</summary>
    public static long? WriteBytes(string ioFile) => File.Exists(ioFile) ? ParseWriteBytes(File.ReadAllLines(ioFile)) : null;

    public static long? ParseWriteBytes(IEnumerable<string> lines) =>
        lines.FirstOrDefault(l => l.StartsWith("write_bytes:", StringComparison.Ordinal)) is { } line
            ? long.Parse(line["write_bytes:".Length..].Trim(), CultureInfo.InvariantCulture)
            : null;

    private static long? StatusKilobytes(string field)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static void ResetPeak()
    {
        // "5" resets the peak resident set size (VmHWM) to the current one (Linux 4.0+).
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not allowed: the peak then covers the process so far.
        }
    }
}

/// <summary>What one measured phase took.</summary>
internal sealed record PhaseFigures(TimeSpan Elapsed, long? BytesWritten, long? PeakResident)
{
    /// <summary>Processor time (user and system) of this process during the phase; null when measured elsewhere.</summary>
    public TimeSpan? ProcessorTime { get; init; }

    /// <summary>Time the runtime paused this process for garbage collection during the phase.</summary>
    public TimeSpan? GcPause { get; init; }

    /// <summary>Processor time and GC pauses, e.g. "cpu 41.2 s, GC pauses 1.3 s"; empty when not measured.</summary>
    public string DescribeProcessor() => ProcessorTime is { } cpu
        ? string.Create(CultureInfo.InvariantCulture, $"cpu {cpu.TotalSeconds:F1} s, GC pauses {GcPause.GetValueOrDefault().TotalSeconds:F1} s")
        : "";

    public string Describe(long rows) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Elapsed.TotalSeconds,8:F1} s {rows / Elapsed.TotalSeconds,10:N0} rows/s  written {Gigabytes(BytesWritten),7} GB  peak RSS {Gigabytes(PeakResident),6} GB");

    public static string Gigabytes(long? bytes) => bytes is { } b ? (b / 1e9).ToString("F2", CultureInfo.InvariantCulture) : "n/a";
}

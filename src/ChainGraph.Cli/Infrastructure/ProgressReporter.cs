using Spectre.Console;

namespace ChainGraph.Cli.Infrastructure;

/// <summary>Runs long work under a Spectre.Console progress bar (rows written), or silently when output is JSON or redirected.</summary>
internal static class ProgressReporter
{
    public static async Task<T> RunAsync<T>(CliContext context, string title, long expectedRows, bool quiet, Func<IProgress<long>, Task<T>> work)
    {
        if (quiet)
        {
            return await work(new Progress<long>(_ => { }));
        }

        T result = default!;
        await context.Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(Markup.Escape(title), maxValue: expectedRows);
                var sink = new SynchronousProgress(rows => task.Increment(rows));
                result = await work(sink);
                task.Value = task.MaxValue;
            });
        return result;
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool and lag behind).</summary>
    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}

using Microsoft.Data.Sqlite;

namespace ChainGraph.Ingest.Jobs;

/// <summary>
/// Persists the run history (<c>job_runs</c>). A run is written as "running" when it starts and
/// completed when it ends, so a run killed mid-way stays visible as an unfinished run.
/// </summary>
public sealed class RunHistoryStore(JobDatabase database, TimeProvider clock)
{
    public async Task<long> StartAsync(string job, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = JobDatabase.Command(
            connection,
            "INSERT INTO job_runs (job, started_at, status) VALUES ($job, $started, 'running') RETURNING id",
            ("$job", job),
            ("$started", JobDatabase.FormatTime(clock.GetUtcNow())));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }

    public async Task FinishAsync(long runId, JobStatus status, JobCounts counts, string message, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = JobDatabase.Command(
            connection,
            """
            UPDATE job_runs SET finished_at = $finished, status = $status, added = $added, updated = $updated,
              rejected = $rejected, held = $held, message = $message WHERE id = $id
            """,
            ("$finished", JobDatabase.FormatTime(clock.GetUtcNow())),
            ("$status", status.ToString().ToLowerInvariant()),
            ("$added", counts.Added),
            ("$updated", counts.Updated),
            ("$rejected", counts.Rejected),
            ("$held", counts.Held),
            ("$message", message),
            ("$id", runId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The latest run of each job, by job name.</summary>
    public async Task<IReadOnlyDictionary<string, JobRun>> LastRunsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = JobDatabase.Command(connection, $"SELECT {Columns} FROM job_runs r WHERE id = (SELECT max(id) FROM job_runs WHERE job = r.job)");
        var runs = await ReadAsync(command, cancellationToken);
        return runs.ToDictionary(r => r.Job, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Runs of one job (or all), newest first.</summary>
    public async Task<IReadOnlyList<JobRun>> HistoryAsync(string? job, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = JobDatabase.Command(
            connection,
            $"SELECT {Columns} FROM job_runs WHERE $job IS NULL OR job = $job ORDER BY id DESC LIMIT $limit",
            ("$job", job),
            ("$limit", limit));
        return await ReadAsync(command, cancellationToken);
    }

    private const string Columns = "id, job, started_at, finished_at, status, added, updated, rejected, held, message";

    private static async Task<IReadOnlyList<JobRun>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var runs = new List<JobRun>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(new JobRun(
                reader.GetInt64(0),
                reader.GetString(1),
                JobDatabase.ParseTime(reader.GetString(2)),
                reader.IsDBNull(3) ? null : JobDatabase.ParseTime(reader.GetString(3)),
                Enum.Parse<JobStatus>(reader.GetString(4), ignoreCase: true),
                reader.GetInt64(5),
                reader.GetInt64(6),
                reader.GetInt64(7),
                reader.GetInt64(8),
                reader.GetString(9)));
        }

        return runs;
    }
}

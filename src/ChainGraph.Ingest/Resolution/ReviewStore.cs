using System.Text.Json;
using ChainGraph.Core.Model;
using ChainGraph.Ingest.Jobs;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Ingest.Resolution;

/// <summary>Persists the "possibly same as" list (<c>resolution_reviews</c>); one entry per source, name and candidate.</summary>
public sealed class ReviewStore(JobDatabase database, TimeProvider clock)
{
    private sealed record Payload(Dictionary<string, string> Fields, string[] Tags);

    /// <summary>Adds an entry unless the same source already proposed the same name for the same candidate; returns true when added.</summary>
    public async Task<bool> AddAsync(string source, string sourceRef, NodeKind kind, IReadOnlyDictionary<string, string> fields, IReadOnlyList<string> tags, NodeRef candidate, string candidateName, Resolution resolution, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = JobDatabase.Command(
            connection,
            """
            INSERT OR IGNORE INTO resolution_reviews (source, source_ref, name, kind, candidate, candidate_name, match_kind, confidence, payload, created_at)
            VALUES ($source, $ref, $name, $kind, $candidate, $candidateName, $match, $confidence, $payload, $now)
            """,
            ("$source", source),
            ("$ref", sourceRef),
            ("$name", fields[Sources.SourceFields.Name]),
            ("$kind", kind.Label()),
            ("$candidate", candidate.ToString()),
            ("$candidateName", candidateName),
            ("$match", resolution.Kind.ToString()),
            ("$confidence", resolution.Confidence),
            ("$payload", JsonSerializer.Serialize(new Payload(fields.ToDictionary(), [.. tags]))),
            ("$now", JobDatabase.FormatTime(clock.GetUtcNow())));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<PossibleDuplicate>> ListAsync(ReviewStatus? status, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = JobDatabase.Command(
            connection,
            $"SELECT {Columns} FROM resolution_reviews WHERE $status IS NULL OR status = $status ORDER BY id",
            ("$status", status?.ToString().ToLowerInvariant()));
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<PossibleDuplicate?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = JobDatabase.Command(connection, $"SELECT {Columns} FROM resolution_reviews WHERE id = $id", ("$id", id));
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>Whether a pending or decided entry exists for this source and name (a re-run does not add it again).</summary>
    public async Task<ReviewStatus?> StatusOfAsync(string source, string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = JobDatabase.Command(
            connection,
            "SELECT status FROM resolution_reviews WHERE source = $source AND name = $name ORDER BY id DESC LIMIT 1",
            ("$source", source),
            ("$name", name));
        return await command.ExecuteScalarAsync(cancellationToken) is string text ? Enum.Parse<ReviewStatus>(text, ignoreCase: true) : null;
    }

    public async Task SetStatusAsync(long id, ReviewStatus status, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = JobDatabase.Command(
            connection,
            "UPDATE resolution_reviews SET status = $status, decided_at = $now WHERE id = $id",
            ("$status", status.ToString().ToLowerInvariant()),
            ("$now", JobDatabase.FormatTime(clock.GetUtcNow())),
            ("$id", id));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private const string Columns = "id, source, source_ref, name, kind, candidate, candidate_name, match_kind, confidence, payload, status, created_at";

    private static async Task<IReadOnlyList<PossibleDuplicate>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var entries = new List<PossibleDuplicate>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var candidate = reader.GetString(5);
            var colon = candidate.IndexOf(':', StringComparison.Ordinal);
            var payload = JsonSerializer.Deserialize<Payload>(reader.GetString(9))!;
            entries.Add(new PossibleDuplicate(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                GraphNames.ParseKind(reader.GetString(4)),
                new NodeRef(GraphNames.ParseKind(candidate[..colon]), candidate[(colon + 1)..]),
                reader.GetString(6),
                Enum.Parse<MatchKind>(reader.GetString(7)),
                reader.GetDouble(8),
                payload.Fields,
                payload.Tags,
                Enum.Parse<ReviewStatus>(reader.GetString(10), ignoreCase: true),
                JobDatabase.ParseTime(reader.GetString(11))));
        }

        return entries;
    }
}

using System.Globalization;
using System.Text.Json;
using ChainGraph.Web.Enterprises;
using ChainGraph.Web.Hosting;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Web.Events;

/// <summary>Chain-matching events and their attendees (tables <c>web_events</c>, <c>web_event_attendees</c>).</summary>
public sealed class EventStore(WebDatabase database, TimeProvider clock)
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public async Task<long> CreateAsync(string name, DateOnly date, string chain, IReadOnlyList<EventAttendee> attendees, string user, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO web_events (name, event_date, chain, created_by, created_at) VALUES ($name, $date, $chain, $user, $at) RETURNING id";
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$chain", chain);
        command.Parameters.AddWithValue("$user", user);
        command.Parameters.AddWithValue("$at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        var id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        foreach (var attendee in attendees)
        {
            await WriteAttendeeAsync(connection, transaction, id, attendee, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    /// <summary>Changes an event's name, date and chain; false when there is no such event.</summary>
    public async Task<bool> UpdateAsync(long id, string name, DateOnly date, string chain, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE web_events SET name = $name, event_date = $date, chain = $chain WHERE id = $id";
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$chain", chain);
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Deletes an event and its attendees (ON DELETE CASCADE); false when there is no such event.</summary>
    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM web_events WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>
    /// Appends attendees after the last position (positions are stable ids: removing one leaves a gap, so a page holding
    /// an old position never edits the wrong attendee); false when there is no such event. One transaction.
    /// </summary>
    public async Task<bool> AddAttendeesAsync(long eventId, IReadOnlyList<EventAttendee> attendees, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT (SELECT count(*) FROM web_events WHERE id = $id), coalesce((SELECT max(position) FROM web_event_attendees WHERE event_id = $id), 0)";
        command.Parameters.AddWithValue("$id", eventId);
        int exists, last;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (exists, last) = (reader.GetInt32(0), reader.GetInt32(1));
        }

        if (exists == 0)
        {
            return false;
        }

        for (var i = 0; i < attendees.Count; i++)
        {
            await WriteAttendeeAsync(connection, transaction, eventId, attendees[i] with { Position = last + 1 + i }, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Removes one attendee; false when the event or position does not exist.</summary>
    public async Task<bool> RemoveAttendeeAsync(long eventId, int position, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM web_event_attendees WHERE event_id = $id AND position = $position";
        command.Parameters.AddWithValue("$id", eventId);
        command.Parameters.AddWithValue("$position", position);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Replaces one attendee (a user picked a suggestion); false when the event or position does not exist.</summary>
    public async Task<bool> UpdateAttendeeAsync(long eventId, EventAttendee attendee, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE web_event_attendees SET enterprise_key = $key, match_kind = $kind, suggestions = $suggestions WHERE event_id = $id AND position = $position";
        command.Parameters.AddWithValue("$key", (object?)attendee.EnterpriseKey ?? DBNull.Value);
        command.Parameters.AddWithValue("$kind", attendee.MatchKind);
        command.Parameters.AddWithValue("$suggestions", JsonSerializer.Serialize(attendee.Suggestions, s_json));
        command.Parameters.AddWithValue("$id", eventId);
        command.Parameters.AddWithValue("$position", attendee.Position);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<ChainEvent>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var events = await ReadEventsAsync(connection, null, cancellationToken);
        return events;
    }

    /// <summary>The event with its attendees; names of resolved attendees are filled by the caller from the snapshot.</summary>
    public async Task<ChainEvent?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var events = await ReadEventsAsync(connection, id, cancellationToken);
        if (events.Count == 0)
        {
            return null;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT position, input_name, enterprise_key, match_kind, suggestions FROM web_event_attendees WHERE event_id = $id ORDER BY position";
        command.Parameters.AddWithValue("$id", id);
        var attendees = new List<EventAttendee>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            attendees.Add(new EventAttendee(
                reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), null, reader.GetString(3),
                JsonSerializer.Deserialize<EnterpriseSummary[]>(reader.GetString(4), s_json) ?? []));
        }

        return events[0] with { Attendees = attendees };
    }

    private static async Task<List<ChainEvent>> ReadEventsAsync(SqliteConnection connection, long? id, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, event_date, chain, created_by, created_at FROM web_events WHERE $id IS NULL OR id = $id ORDER BY event_date DESC, id DESC";
        command.Parameters.AddWithValue("$id", (object?)id ?? DBNull.Value);
        var events = new List<ChainEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new ChainEvent(
                reader.GetInt64(0), reader.GetString(1), DateOnly.ParseExact(reader.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                reader.GetString(3), reader.GetString(4), DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture), []));
        }

        return events;
    }

    private static async Task WriteAttendeeAsync(SqliteConnection connection, SqliteTransaction transaction, long eventId, EventAttendee attendee, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO web_event_attendees (event_id, position, input_name, enterprise_key, match_kind, suggestions)
            VALUES ($id, $position, $input, $key, $kind, $suggestions)
            """;
        command.Parameters.AddWithValue("$id", eventId);
        command.Parameters.AddWithValue("$position", attendee.Position);
        command.Parameters.AddWithValue("$input", attendee.InputName);
        command.Parameters.AddWithValue("$key", (object?)attendee.EnterpriseKey ?? DBNull.Value);
        command.Parameters.AddWithValue("$kind", attendee.MatchKind);
        command.Parameters.AddWithValue("$suggestions", JsonSerializer.Serialize(attendee.Suggestions, s_json));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

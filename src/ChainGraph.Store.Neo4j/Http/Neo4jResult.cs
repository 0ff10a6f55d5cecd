using System.Text.Json;

namespace ChainGraph.Store.Neo4j.Http;

/// <summary>
/// The result of one statement: column names and rows of values (plain JSON, detached from the
/// response document), and the server's notifications.
/// </summary>
public sealed record Neo4jResult(IReadOnlyList<string> Fields, IReadOnlyList<JsonElement[]> Rows, IReadOnlyList<Neo4jNotification> Notifications)
{
    /// <summary>The position of a column; fails naming the columns that came back when it is missing.</summary>
    public int Column(string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i] == field)
            {
                return i;
            }
        }

        throw new InvalidDataException($"Neo4j's answer has no column '{field}'; it has [{string.Join(", ", Fields)}].");
    }
}

using System.Reflection;
using ChainGraph.Store.Neo4j.Cypher;

namespace ChainGraph.Store.Neo4j;

/// <summary>
/// The statements of graph-schema/neo4j/*.cypher (embedded at build), in file order. A file holds
/// statements ending with ';'; lines starting with // are comments. The same rule is used by the
/// lint (tools/cypher-lint/lint.mjs).
/// </summary>
public static class Neo4jSchema
{
    public static IReadOnlyList<CypherStatement> Statements { get; } = Load();

    public static IReadOnlyList<CypherStatement> Split(string fileName, string text)
    {
        var lines = text.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal));
        return string.Join('\n', lines)
            .Split(';')
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .Select((s, i) => new CypherStatement($"{fileName}#{i + 1}", s))
            .ToArray();
    }

    private static IReadOnlyList<CypherStatement> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var statements = new List<CypherStatement>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("schema/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            statements.AddRange(Split(resource["schema/".Length..], reader.ReadToEnd()));
        }

        return statements;
    }
}

using ChainGraph.Core.Io;
using YamlDotNet.RepresentationModel;

namespace ChainGraph.Core.Chains;

/// <summary>Typed reads from a YAML mapping that fail with the file, line and field named.</summary>
public sealed class YamlFields(string file, YamlMappingNode map, string path)
{
    public string File => file;

    public long Line => map.Start.Line;

    public static YamlMappingNode Root(string file, TextReader reader)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new InputFormatException(file, ex.Start.Line, "(syntax)", ex.Message, ex);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InputFormatException(file, 1, "(root)", "the file must be a YAML mapping (key: value lines)");
        }

        return root;
    }

    public InputFormatException Error(string field, string problem) =>
        new(file, Node(field)?.Start.Line ?? map.Start.Line, Qualify(field), problem);

    public string Required(string field) => Optional(field) ?? throw Error(field, "is required and missing or empty");

    public string? Optional(string field) => Node(field) switch
    {
        null => null,
        YamlScalarNode { Value: { Length: > 0 } value } => value.Trim(),
        YamlScalarNode => null,
        var other => throw new InputFormatException(file, other.Start.Line, Qualify(field), "must be a single value, not a list or mapping"),
    };

    /// <summary>A true/false field; absent means false.</summary>
    public bool Flag(string field) => Optional(field)?.ToLowerInvariant() switch
    {
        null or "false" => false,
        "true" => true,
        var other => throw Error(field, $"'{other}' is not true or false"),
    };

    public double? OptionalNumber(string field, double min, double max)
    {
        if (Optional(field) is not { } text)
        {
            return null;
        }

        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw Error(field, $"'{text}' is not a number between {min} and {max}");
        }

        return value;
    }

    public IReadOnlyList<string> List(string field) => Node(field) switch
    {
        null => [],
        YamlScalarNode { Value: { Length: > 0 } value } => [value.Trim()],
        YamlScalarNode => [],
        YamlSequenceNode seq => seq.Children.Select(c => c is YamlScalarNode { Value: { } v }
            ? v.Trim()
            : throw new InputFormatException(file, c.Start.Line, Qualify(field), "list items must be single values")).Where(v => v.Length > 0).ToList(),
        var other => throw new InputFormatException(file, other.Start.Line, Qualify(field), "must be a list like [a, b]"),
    };

    public IReadOnlyList<YamlFields> Mappings(string field, Func<YamlFields, string> label)
    {
        if (Node(field) is not YamlSequenceNode seq)
        {
            throw Error(field, "is required: a list of mappings");
        }

        var result = new List<YamlFields>();
        for (var i = 0; i < seq.Children.Count; i++)
        {
            if (seq.Children[i] is not YamlMappingNode item)
            {
                throw new InputFormatException(file, seq.Children[i].Start.Line, $"{Qualify(field)}[{i}]", "must be a mapping (key: value lines)");
            }

            var fields = new YamlFields(file, item, $"{Qualify(field)}[{i}]");
            result.Add(new YamlFields(file, item, $"{Qualify(field)}[{label(fields)}]"));
        }

        return result;
    }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> ListMap(string field)
    {
        if (Node(field) is null)
        {
            return new Dictionary<string, IReadOnlyList<string>>();
        }

        if (Node(field) is not YamlMappingNode inner)
        {
            throw Error(field, "must be a mapping like {chain: [segment, ...]}");
        }

        var fields = new YamlFields(file, inner, Qualify(field));
        return inner.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value!).ToDictionary(k => k, fields.List, StringComparer.Ordinal);
    }

    /// <summary>Fails on the first key of this mapping that is not in <paramref name="known"/> (a misspelt key would otherwise be silently ignored).</summary>
    public void RejectUnknownKeys(params string[] known)
    {
        foreach (var key in map.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } name } && !known.Contains(name, StringComparer.Ordinal))
            {
                throw new InputFormatException(file, key.Start.Line, Qualify(name), $"is not a known key; the keys are {string.Join(", ", known)}");
            }
        }
    }

    public bool Has(string field) => Node(field) is not null;

    public long LineOf(string field) => Node(field)?.Start.Line ?? map.Start.Line;

    private YamlNode? Node(string field) => map.Children.TryGetValue(new YamlScalarNode(field), out var node) ? node : null;

    private string Qualify(string field) => path.Length == 0 ? field : $"{path}.{field}";
}

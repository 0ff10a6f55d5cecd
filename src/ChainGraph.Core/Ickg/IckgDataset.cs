using System.Globalization;
using ChainGraph.Core.Io;

namespace ChainGraph.Core.Ickg;

/// <summary>
/// An ICKG-format folder (WayneYin9/ICKG): entity2id.txt (name TAB id), relation2id.txt (name TAB id),
/// time2id.txt (id,date), and facts in facts.txt or train/valid/test.txt (head TAB relation TAB tail TAB time).
/// Files may be gzip-compressed (NAME.gz).
/// </summary>
public sealed class IckgDataset
{
    private static readonly string[] s_splitFiles = ["train.txt", "valid.txt", "test.txt"];

    private IckgDataset(IReadOnlyList<string?> entities, IReadOnlyList<IckgFact> facts, string description)
    {
        Entities = entities;
        Facts = facts;
        Description = description;
    }

    /// <summary>Entity names by id (null where an id is unused).</summary>
    public IReadOnlyList<string?> Entities { get; }

    /// <summary>Every fact, ordered by date then by file order.</summary>
    public IReadOnlyList<IckgFact> Facts { get; }

    public string Description { get; }

    public static IckgDataset Load(string folder) => Load(new DirectoryDataFiles(folder));

    public static IckgDataset Load(IDataFiles files)
    {
        var entities = ReadEntities(files);
        var relations = ReadIdMap(files, "relation2id.txt", '\t');
        var times = ReadTimes(files);
        var factFiles = files.Exists("facts.txt") ? ["facts.txt"] : s_splitFiles.Where(files.Exists).ToArray();
        if (factFiles.Length == 0)
        {
            throw new FileNotFoundException($"{files.Describe("facts.txt")}: an ICKG folder needs facts.txt or train.txt/valid.txt/test.txt.");
        }

        var facts = new List<IckgFact>();
        foreach (var file in factFiles)
        {
            var description = files.Describe(file);
            var fileName = Path.GetFileName(description);
            foreach (var (line, text) in LineReader.Read(files, file))
            {
                facts.Add(ParseFact(text, description, fileName, line, entities, relations, times));
            }
        }

        var ordered = OrderByDate(facts);
        return new IckgDataset(entities, ordered, files.Describe("entity2id.txt"));
    }

    // head TAB relation TAB tail TAB time, read as spans: a million-fact file allocates no field strings.
    private static IckgFact ParseFact(string text, string description, string fileName, long line, List<string?> entities, Dictionary<int, string> relations, Dictionary<int, DateOnly> times)
    {
        var fieldCount = text.AsSpan().Count('\t') + 1;
        if (fieldCount < 4)
        {
            throw new InputFormatException(description, line, "(row)", $"expected 4 tab-separated fields (head, relation, tail, time), found {fieldCount}");
        }

        var rest = text.AsSpan();
        var head = ParseId(NextField(ref rest), description, line, "head", entities.Count);
        var relationId = ParseId(NextField(ref rest), description, line, "relation", int.MaxValue);
        var tail = ParseId(NextField(ref rest), description, line, "tail", entities.Count);
        var timeId = ParseId(NextField(ref rest), description, line, "time", int.MaxValue);
        if (!relations.TryGetValue(relationId, out var relation))
        {
            throw new InputFormatException(description, line, "relation", $"relation id {relationId} is not in relation2id.txt");
        }

        if (!times.TryGetValue(timeId, out var date))
        {
            throw new InputFormatException(description, line, "time", $"time id {timeId} is not in time2id.txt");
        }

        if (entities[head] is null || entities[tail] is null)
        {
            throw new InputFormatException(description, line, entities[head] is null ? "head" : "tail", "the entity id is not in entity2id.txt");
        }

        return new IckgFact(head, relation, tail, date, fileName, line);
    }

    private static ReadOnlySpan<char> NextField(ref ReadOnlySpan<char> rest)
    {
        var tab = rest.IndexOf('\t');
        var field = tab < 0 ? rest : rest[..tab];
        rest = tab < 0 ? [] : rest[(tab + 1)..];
        return field;
    }

    /// <summary>Facts by date, in file order within a date: a stable counting sort over the few distinct dates.</summary>
    private static IckgFact[] OrderByDate(List<IckgFact> facts)
    {
        var dates = facts.Select(f => f.Date).Distinct().Order().ToArray();
        var slot = new Dictionary<DateOnly, int>(dates.Length);
        for (var i = 0; i < dates.Length; i++)
        {
            slot[dates[i]] = i;
        }

        var start = new int[dates.Length + 1];
        foreach (var fact in facts)
        {
            start[slot[fact.Date] + 1]++;
        }

        for (var i = 1; i < start.Length; i++)
        {
            start[i] += start[i - 1];
        }

        var ordered = new IckgFact[facts.Count];
        foreach (var fact in facts)
        {
            ordered[start[slot[fact.Date]]++] = fact;
        }

        return ordered;
    }

    private static List<string?> ReadEntities(IDataFiles files)
    {
        var map = ReadIdMap(files, "entity2id.txt", '\t');
        var entities = new List<string?>(new string?[map.Count == 0 ? 0 : map.Keys.Max() + 1]);
        foreach (var (id, name) in map)
        {
            entities[id] = name;
        }

        return entities;
    }

    private static Dictionary<int, string> ReadIdMap(IDataFiles files, string name, char separator)
    {
        var description = files.Describe(name);
        var map = new Dictionary<int, string>();
        foreach (var (line, text) in LineReader.Read(files, name))
        {
            var split = text.LastIndexOf(separator);
            if (split <= 0)
            {
                throw new InputFormatException(description, line, "(row)", $"expected 'name{(separator == '\t' ? "TAB" : ",")}id'");
            }

            var id = ParseId(text.AsSpan(split + 1), description, line, "id", int.MaxValue);
            if (!map.TryAdd(id, text[..split].Trim()))
            {
                throw new InputFormatException(description, line, "id", $"id {id} appears twice");
            }
        }

        return map;
    }

    private static Dictionary<int, DateOnly> ReadTimes(IDataFiles files)
    {
        var description = files.Describe("time2id.txt");
        var map = new Dictionary<int, DateOnly>();
        foreach (var (line, text) in LineReader.Read(files, "time2id.txt"))
        {
            var parts = text.Split(',', '\t');
            if (parts.Length < 2)
            {
                throw new InputFormatException(description, line, "(row)", "expected 'id,date'");
            }

            var id = ParseId(parts[0], description, line, "id", int.MaxValue);
            if (!DateOnly.TryParseExact(parts[1].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new InputFormatException(description, line, "date", $"'{parts[1].Trim()}' is not a date in the form yyyy-MM-dd");
            }

            map[id] = date;
        }

        return map;
    }

    private static int ParseId(ReadOnlySpan<char> text, string file, long line, string field, int limit)
    {
        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id >= limit)
        {
            throw new InputFormatException(file, line, field, $"'{text.Trim().ToString()}' is not an id in 0..{(limit == int.MaxValue ? "2147483646" : (limit - 1).ToString(CultureInfo.InvariantCulture))}");
        }

        return id;
    }
}

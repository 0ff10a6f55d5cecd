namespace ChainGraph.Core.Io;

/// <summary>Reads a text file line by line with 1-based line numbers, skipping blank lines; rejects absurdly long lines.</summary>
public static class LineReader
{
    /// <summary>Longest line accepted (characters): a guard against a binary or hostile file read as text.</summary>
    public const int MaxLineLength = 1 << 20;

    public static IEnumerable<(long Line, string Text)> Read(IDataFiles files, string name)
    {
        var description = files.Describe(name);
        using var stream = files.Open(name);
        using var reader = new StreamReader(stream, TextEncodings.Utf8, detectEncodingFromByteOrderMarks: true);
        long number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length > MaxLineLength)
            {
                throw new InputFormatException(description, number, "(line)", $"the line is {line.Length:N0} characters long; at most {MaxLineLength:N0} are accepted");
            }

            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return (number, line);
            }
        }
    }
}

namespace ChainGraph.Core.Io;

/// <summary>
/// A row of an input file cannot be used. The message names the file, the line and the field,
/// what was found and what is required, so the user can fix the file.
/// </summary>
public sealed class InputFormatException : Exception
{
    public InputFormatException(string file, long line, string field, string problem, Exception? inner = null)
        : base($"{file}:{line}: field '{field}': {problem}", inner)
    {
        File = file;
        Line = line;
        Field = field;
        Problem = problem;
    }

    public string File { get; }

    public long Line { get; }

    public string Field { get; }

    public string Problem { get; }
}

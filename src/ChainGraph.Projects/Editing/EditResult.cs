namespace ChainGraph.Projects.Editing;

/// <summary>The outcome of a change: the changed item, the problems that stopped it, or nothing found to change.</summary>
public sealed record EditResult<T> where T : class
{
    private EditResult(T? value, FieldErrors? errors, bool notFound)
    {
        Value = value;
        Errors = errors;
        NotFound = notFound;
    }

    public T? Value { get; }

    public FieldErrors? Errors { get; }

    public bool NotFound { get; }

    /// <summary>True when the change was an existing item found again (a second 加入项目库 click), not a new one.</summary>
    public bool Existing { get; private init; }

    public static EditResult<T> Ok(T value, bool existing = false) => new(value, null, false) { Existing = existing };

    public static EditResult<T> Invalid(FieldErrors errors) => new(null, errors, false);

    public static EditResult<T> Missing() => new(null, null, true);
}

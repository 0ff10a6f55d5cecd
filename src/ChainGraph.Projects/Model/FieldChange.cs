namespace ChainGraph.Projects.Model;

/// <summary>One field of an audited change: its request name, its Chinese label, the value before and after (as shown).</summary>
public sealed record FieldChange(string Field, string Label, string Before, string After);

namespace ChainGraph.Core.Ickg;

/// <summary>One time-stamped triple of an ICKG data set; <see cref="Line"/> is where it was read (file:line).</summary>
public readonly record struct IckgFact(int Head, string Relation, int Tail, DateOnly Date, string Line);

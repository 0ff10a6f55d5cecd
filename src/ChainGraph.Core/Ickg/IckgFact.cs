using System.Globalization;

namespace ChainGraph.Core.Ickg;

/// <summary>
/// One time-stamped triple of an ICKG data set; <see cref="Line"/> is where it was read (file:line). The
/// file name is shared and the line kept as a number, so millions of facts hold no string each.
/// </summary>
public readonly record struct IckgFact(int Head, string Relation, int Tail, DateOnly Date, string File, long LineNumber)
{
    public string Line => string.Create(CultureInfo.InvariantCulture, $"{File}:{LineNumber}");
}

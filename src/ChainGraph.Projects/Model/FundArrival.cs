namespace ChainGraph.Projects.Model;

/// <summary>Money of a project that arrived (到位) on <see cref="On"/>, in 亿元 (stored as whole 万元).</summary>
public sealed record FundArrival(long Id, DateOnly On, decimal Amount, string Note, string By, DateTimeOffset At);

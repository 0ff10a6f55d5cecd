namespace ChainGraph.Recommender.Recommending;

/// <summary>What <see cref="TargetPool"/> found about one enterprise as a 招商 target.</summary>
/// <param name="IsCompany">Not a university, agency, hospital or generic phrase.</param>
/// <param name="IsDuplicate">A second node for a company the graph holds under another key (sameAs).</param>
/// <param name="IsMainland">Registered in mainland China (see <see cref="TargetPool.IsMainland"/>).</param>
/// <param name="IsLocal">Registered in the home region.</param>
/// <param name="LocalPresence">The local enterprise that is already its plant or subsidiary, if any.</param>
/// <param name="Risk">ST, *ST or 退市, if the listing name says so.</param>
public sealed record TargetCheck(bool IsCompany, bool IsDuplicate, bool IsMainland, bool IsLocal, string? LocalPresence, string? Risk)
{
    /// <summary>Why the enterprise is not shown under <paramref name="filter"/> (a <see cref="Disqualification"/> value), or null.</summary>
    public Disqualification? Disqualification(TargetFilter filter) =>
        IsDuplicate ? Recommending.Disqualification.Duplicate
        : !IsCompany ? Recommending.Disqualification.NotCompany
        : IsLocal ? Recommending.Disqualification.Local
        : !IsMainland && !filter.IncludeOutsideMainland ? Recommending.Disqualification.OutsideMainland
        : LocalPresence is not null && !filter.IncludeLocalPresence ? Recommending.Disqualification.LocalPresence
        : Risk is not null && filter.ExcludeRisk ? Recommending.Disqualification.Risk
        : null;
}

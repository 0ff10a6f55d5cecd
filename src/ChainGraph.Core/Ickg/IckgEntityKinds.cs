namespace ChainGraph.Core.Ickg;

/// <summary>
/// Infers what each ICKG entity is from the relations it takes part in. Evidence, strongest first:
/// holding or being a patent; a business relation (供给, 合作, 投资 …) or entering an industry
/// (涉足行业) makes a company; being the industry of something, containing things or being upstream
/// makes an industry; what is left is a product (包含's tails, 基于专利生产's products).
/// </summary>
public static class IckgEntityKinds
{
    public static IckgEntityKind[] Infer(IckgDataset dataset) => Infer(dataset.Facts, dataset.Entities.Count);

    /// <summary>Infers kinds from <paramref name="facts"/> only (e.g. the facts before an evaluation cut-off, so kinds do not leak the future).</summary>
    public static IckgEntityKind[] Infer(IEnumerable<IckgFact> facts, int entityCount)
    {
        var count = entityCount;
        var patent = new bool[count];
        var company = new int[count];
        var industry = new int[count];
        foreach (var fact in facts)
        {
            switch (fact.Relation)
            {
                case IckgRelations.HoldsPatent:
                    patent[fact.Tail] = true;
                    company[fact.Head] += 2;
                    break;
                case IckgRelations.BasedOnPatent:
                    company[fact.Head]++;
                    break;
                case IckgRelations.InIndustry:
                    industry[fact.Tail] += 2;
                    company[fact.Head]++;
                    break;
                case IckgRelations.ActiveIn:
                    industry[fact.Tail] += 2;
                    company[fact.Head] += 2;
                    break;
                case IckgRelations.Contains:
                    industry[fact.Head] += 2;
                    break;
                case IckgRelations.UpstreamOf:
                    industry[fact.Head]++;
                    industry[fact.Tail]++;
                    break;
                case var r when IckgRelations.CompanyToCompany.Contains(r):
                    company[fact.Head] += 3;
                    company[fact.Tail] += 3;
                    break;
            }
        }

        var kinds = new IckgEntityKind[count];
        for (var i = 0; i < count; i++)
        {
            kinds[i] = patent[i] ? IckgEntityKind.Patent
                : company[i] > 0 && company[i] >= industry[i] ? IckgEntityKind.Company
                : industry[i] > 0 ? IckgEntityKind.Industry
                : IckgEntityKind.Product;
        }

        return kinds;
    }
}

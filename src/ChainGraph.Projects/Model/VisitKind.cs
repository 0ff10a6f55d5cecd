namespace ChainGraph.Projects.Model;

/// <summary>走访 (a first or planned call on an enterprise) or 回访 (a follow-up call); Dongli 2024 asks each unit to report both monthly.</summary>
public enum VisitKind
{
    Visit,
    Revisit,
}

namespace ChainGraph.Ingest.Sources;

/// <summary>Loads one source into the graph store: idempotent, atomic per batch, rejected rows reported.</summary>
public interface ISourceLoader
{
    bool CanLoad(SourceKind kind);

    Task<SourceLoadResult> LoadAsync(SourceDefinition source, CancellationToken cancellationToken);
}

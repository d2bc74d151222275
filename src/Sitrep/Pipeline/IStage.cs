namespace Sitrep.Pipeline;

/// <summary>One step of the pipeline. A stage is immutable and thread-safe once built.</summary>
public interface IStage
{
    /// <summary>Short stable name, used in error messages and benchmarks.</summary>
    string Name { get; }

    void Process(Document document, CancellationToken cancellationToken);
}

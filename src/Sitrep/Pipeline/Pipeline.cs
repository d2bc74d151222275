namespace Sitrep.Pipeline;

/// <summary>
/// A sealed, immutable sequence of stages, built once by <see cref="PipelineBuilder"/> and shared
/// across threads for every document.
/// </summary>
public sealed class SitrepPipeline
{
    private readonly IStage[] _stages;

    internal SitrepPipeline(IStage[] stages) => _stages = stages;

    public IReadOnlyList<IStage> Stages => _stages;

    /// <summary>Runs every stage on <paramref name="document"/>; a stage's failure is rethrown as <see cref="StageException"/> naming the document and the stage.</summary>
    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                stage.Process(document, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new StageException(document.Id, stage.Name, ex);
            }
        }

        return document;
    }

    public Document Analyze(string id, string text, DateOnly? published, CancellationToken cancellationToken = default)
        => Process(new Document(id, text, published), cancellationToken);
}

public sealed class StageException(string documentId, string stage, Exception inner)
    : Exception($"document '{documentId}': stage '{stage}' failed: {inner.Message}", inner)
{
    public string DocumentId { get; } = documentId;

    public string Stage { get; } = stage;
}

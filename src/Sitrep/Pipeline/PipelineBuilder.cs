namespace Sitrep.Pipeline;

/// <summary>
/// Mutable configuration of a pipeline. Stage extensions (<c>UseTokens()</c>, <c>UseTimes()</c>, ...)
/// add stages in call order; <see cref="Build"/> freezes them into a <see cref="SitrepPipeline"/>.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> _stages = [];

    public IReadOnlyList<IStage> Stages => _stages;

    public PipelineBuilder Use(IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    public bool Has<TStage>() where TStage : IStage
    {
        foreach (var s in _stages)
        {
            if (s is TStage)
            {
                return true;
            }
        }

        return false;
    }

    public SitrepPipeline Build() => new([.. _stages]);
}

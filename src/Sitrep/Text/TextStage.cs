using Sitrep.Pipeline;

namespace Sitrep.Text;

/// <summary>Tokens and sentences: the first stage, on which every later one stands.</summary>
public sealed class TextStage : IStage
{
    public string Name => "text";

    public void Process(Document document, CancellationToken cancellationToken)
    {
        document.Tokens.Clear();
        document.Sentences.Clear();
        Tokenizer.Tokenize(document.Text.AsSpan(), 0, document.Tokens);
        SentenceSplitter.Split(document.Text, document.Tokens, document.Sentences);
    }
}

public static class TextExtensions
{
    public static PipelineBuilder UseText(this PipelineBuilder builder) => builder.Use(new TextStage());
}

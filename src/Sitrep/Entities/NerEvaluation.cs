using System.Text;
using Sitrep.Evaluation;
using Sitrep.Pipeline;

namespace Sitrep.Entities;

/// <summary>
/// Span-exact scoring of the entities stage on CoNLL data, conlleval's definition: a predicted mention
/// counts only when type, start and end all match a gold one. Each CoNLL document becomes a pipeline
/// document whose tokens and sentences are the file's, so the stage runs exactly as in production
/// (predicted POS and chunks included).
/// </summary>
public static class NerEvaluation
{
    public static ScoreTable Evaluate(IReadOnlyList<ConllDocument> docs, EntitiesStage stage)
    {
        var table = new ScoreTable();
        int docNo = 0;
        foreach (var conll in docs)
        {
            var (doc, starts) = ToDocument(conll, $"conll-{++docNo}");
            stage.Process(doc, CancellationToken.None);
            var predicted = new List<(string Type, int Start, int End)>();
            foreach (var e in doc.Entities)
            {
                predicted.Add((e.Type, e.Span.Start, e.Span.End));
            }

            var gold = new List<(string Type, int Start, int End)>();
            for (int s = 0; s < conll.Sentences.Count; s++)
            {
                var sentence = conll.Sentences[s];
                foreach (var (type, start, end) in BioSpans.Extract(sentence.Ner))
                {
                    int first = starts[s] + start;
                    int last = starts[s] + end - 1;
                    gold.Add((type, doc.Tokens[first].Start, doc.Tokens[last].End));
                }
            }

            ModelTrainer.ScoreSpans(table, gold, predicted);
        }

        return table;
    }

    /// <summary>Tokens joined by spaces, sentences by newlines; returns each sentence's first token index.</summary>
    public static (Document Document, int[] SentenceStarts) ToDocument(ConllDocument conll, string id)
    {
        var text = new StringBuilder();
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        var starts = new int[conll.Sentences.Count];
        for (int s = 0; s < conll.Sentences.Count; s++)
        {
            starts[s] = tokens.Count;
            int sentenceStart = text.Length;
            foreach (var word in conll.Sentences[s].Words)
            {
                if (text.Length > sentenceStart)
                {
                    text.Append(' ');
                }

                tokens.Add(new Token(text.Length, text.Length + word.Length, TokenKind.Word));
                text.Append(word);
            }

            sentences.Add(new Sentence(new Span(sentenceStart, text.Length), starts[s], tokens.Count));
            text.Append('\n');
        }

        var doc = new Document(id, text.ToString(), null);
        doc.Tokens.AddRange(tokens);
        doc.Sentences.AddRange(sentences);
        return (doc, starts);
    }
}

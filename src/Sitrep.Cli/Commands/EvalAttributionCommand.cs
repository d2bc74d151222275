using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Evaluation;
using Sitrep.Pipeline;
using Sitrep.Quotes;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval attribution</c>: quote and attribution accuracy on a PolNeAR split (docs/quotes.md).</summary>
internal static class EvalAttributionCommand
{
    public static Command Create()
    {
        var polnear = new Option<string>("--polnear")
        {
            Description = "PolNeAR split folder with text/ and attributions/ (e.g. ../shared/data/polnear/dev)",
            Required = true,
        };
        var format = CommonOptions.Format("text", "text", "json");
        var errors = new Option<int>("--errors")
        {
            Description = "Text format: list up to N missed gold attributions and N false predictions per document",
            DefaultValueFactory = _ => 0,
        };
        var agreement = new Option<bool>("--agreement")
        {
            Description = "Score the annotators instead of Sitrep: on texts several annotators labelled, each other annotator against the first",
        };
        var command = new Command(
            "attribution",
            "Score quotes (speaker, cue, content) against PolNeAR attributions: source+content F1, content F1 and cue F1.\n\n"
            + "Example:\n  sitrep eval attribution --polnear ../shared/data/polnear/dev --format json\n"
            + "  sitrep eval attribution --polnear ../shared/data/polnear/train --agreement")
        {
            polnear, format, errors, agreement,
        };
        command.SetAction(parse => CommonOptions.Guard(() => parse.GetValue(agreement)
            ? RunAgreement(parse.GetValue(polnear)!, parse.GetValue(format)!)
            : Run(parse.GetValue(polnear)!, parse.GetValue(format)!, parse.GetValue(errors))));
        return command;
    }

    /// <summary>Loads a PolNeAR folder for a command; format problems become one-line input errors naming file and line.</summary>
    internal static IReadOnlyList<PolnearDocument> LoadCorpus(string directory)
    {
        IReadOnlyList<PolnearDocument> docs;
        try
        {
            docs = PolnearCorpus.Load(directory);
        }
        catch (PolnearFormatException ex)
        {
            throw new InputException(ex.Message);
        }
        catch (DirectoryNotFoundException ex)
        {
            throw new InputException(ex.Message);
        }

        return docs.Count > 0 ? docs : throw new InputException($"{directory}: no annotated texts found");
    }

    private static int Run(string directory, string format, int errors)
    {
        var docs = LoadCorpus(directory);

        var pipeline = SitrepDefaults.CreateDefault();
        MissCauses misses = default;
        Action<Document, PolnearDocument, DocumentAttributionScore>? listing = format == "text" && errors > 0
            ? (doc, gold, score) =>
            {
                var causes = AttributionEvaluation.ExplainMisses(doc, gold.Attributions, score);
                ListErrors(Console.Out, doc, gold, score, causes, errors);
                misses += AttributionEvaluation.CountMisses(causes);
            }
            : null;
        AttributionResult result;
        try
        {
            result = AttributionEvaluation.Evaluate(docs, pipeline, listing);
        }
        catch (StageException ex)
        {
            throw new InputException(ex.Message);
        }

        if (format == "json")
        {
            CommonOptions.WriteJsonReport(w =>
            {
                w.WriteString("corpus", Path.GetFullPath(directory));
                w.WriteNumber("documents", result.Documents);
                WriteScores(w, result);
                w.WriteNumber("direct_precision", Math.Round(result.DirectContent.Precision, 2));
                w.WriteNumber("direct_predicted", result.DirectContent.Predicted);
                w.WriteNumber("indirect_precision", Math.Round(result.IndirectContent.Precision, 2));
                w.WriteNumber("indirect_predicted", result.IndirectContent.Predicted);
            });
            return ExitCodes.Ok;
        }

        Console.WriteLine($"PolNeAR attribution, {result.Documents} documents ({Path.GetFullPath(directory)})");
        PrintScores(result);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  content precision by kind: direct {result.DirectContent.Precision:F2} ({result.DirectContent.Predicted} predicted), indirect {result.IndirectContent.Precision:F2} ({result.IndirectContent.Predicted} predicted)"));
        if (listing is not null)
        {
            Console.WriteLine($"  missed gold by cause: no cue within {AttributionEvaluation.NearCue} tokens {misses.NoCue}, cue found but content mismatched {misses.ContentMismatch}, content right but source wrong/missing {misses.SourceWrong}, right but paired with another gold {misses.TakenByOther} (of {misses.Total})");
        }
        return ExitCodes.Ok;
    }

    private static int RunAgreement(string directory, string format)
    {
        var (result, pairs) = AttributionEvaluation.Agreement(LoadCorpus(directory));
        if (pairs == 0)
        {
            throw new InputException($"{directory}: no text was annotated by more than one annotator");
        }

        if (format == "json")
        {
            CommonOptions.WriteJsonReport(w =>
            {
                w.WriteString("corpus", Path.GetFullPath(directory));
                w.WriteNumber("texts", result.Documents);
                w.WriteNumber("annotator_pairs", pairs);
                WriteScores(w, result);
            });
            return ExitCodes.Ok;
        }

        Console.WriteLine($"PolNeAR annotator agreement, {result.Documents} texts with several annotators, {pairs} pairs (each other annotator against the first; {Path.GetFullPath(directory)})");
        PrintScores(result);
        return ExitCodes.Ok;
    }

    private static void WriteScores(Utf8JsonWriter w, AttributionResult result)
    {
        CommonOptions.WriteScore(w, "source_content", result.SourceContent);
        CommonOptions.WriteScore(w, "content", result.Content);
        CommonOptions.WriteScore(w, "cue", result.Cue);
    }

    private static void PrintScores(AttributionResult result)
    {
        Console.WriteLine($"  source+content  {result.SourceContent}");
        Console.WriteLine($"  content         {result.Content}");
        Console.WriteLine($"  cue             {result.Cue}");
    }

    private static void ListErrors(TextWriter w, Document doc, PolnearDocument gold, DocumentAttributionScore score, MissCause[] causes, int max)
    {
        int shown = 0;
        for (int g = 0; g < gold.Attributions.Count && shown < max; g++)
        {
            if (score.GoldMatched[g])
            {
                continue;
            }

            var a = gold.Attributions[g];
            w.WriteLine($"MISS {CauseName(causes[g])} {gold.Name}: [{Join(doc, a.Source)}] <{Join(doc, a.Cue)}> {Clip(Join(doc, a.Content))}");
            shown++;
        }

        shown = 0;
        for (int p = 0; p < doc.Quotes.Count && shown < max; p++)
        {
            if (score.PredictedMatched[p])
            {
                continue;
            }

            var q = doc.Quotes[p];
            w.WriteLine($"FALSE {gold.Name}: [{(q.Speaker is { } s ? doc.TextOf(s) : "")}] <{(q.Cue is { } c ? doc.TextOf(c) : "")}> {q.Kind} {Clip(doc.TextOf(q.Content))}");
            shown++;
        }
    }

    private static string CauseName(MissCause cause) => cause switch
    {
        MissCause.NoCue => "no-cue",
        MissCause.ContentMismatch => "content",
        MissCause.SourceWrong => "source",
        _ => "paired",
    };

    private static string Join(Document doc, IReadOnlyList<Span> spans) => string.Join(" … ", spans.Select(doc.TextOf));

    private static string Clip(string s)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= 140 ? s : string.Concat(s.AsSpan(0, 137), "...");
    }
}

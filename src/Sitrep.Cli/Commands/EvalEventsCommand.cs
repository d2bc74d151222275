using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Cli.Input;
using Sitrep.Evaluation;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval events</c>: event F1 against the hand-labelled gold file (docs/events.md).</summary>
internal static class EvalEventsCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Gold events TSV (file, start, end, class, mode, date, place, country, actors)",
            Required = true,
        };
        var articles = new Option<string>("--articles")
        {
            Description = "Folder of the articles the gold file names",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "ukraine-news", "articles"),
        };
        var errors = new Option<string?>("--errors")
        {
            Description = "Write the error listing (per article: OTHER-SENTENCE, WRONG-DATE, WRONG-PLACE, MISS, FALSE, and WRONG-ACTOR for class+date+place pairs whose actors differ, with the evidence) to this TSV file",
        };
        var labels = new Option<string?>("--labels")
        {
            Description = "Score a second hand labelling of the gold's articles (same TSV format) instead of Sitrep's output: labeller agreement",
        };
        var format = CommonOptions.Format("text", "json", "text");
        var command = new Command(
            "events",
            "Score coded events against a gold file: F1 where class, date (at the gold's precision) and place agree, class-only F1, and\n"
            + "  'same sentence': class, date and place agree and the coded event tells the gold's evidence sentence (not another act of the article);\n"
            + "  'actors': over the class+date+place pairs, P/R/F1 of actor names and the share of pairs whose actor sets are equal (both none: equal).\n"
            + "Rows after a line '# portion: NAME' (e.g. a blind portion) are also scored on their own.\n\n"
            + "Example:\n  sitrep eval events --gold tests/Sitrep.Tests/Events/events.gold.tsv --articles ../shared/data/ukraine-news/articles --format json\n"
            + "  sitrep eval events --gold tests/Sitrep.Tests/Events/events.gold.tsv --errors events-errors.tsv\n"
            + "  sitrep eval events --gold tests/Sitrep.Tests/Events/events.gold.tsv --labels tests/Sitrep.Tests/Events/events.agreement.tsv")
        {
            gold, articles, errors, labels, format,
        };
        command.SetAction(parse => CommonOptions.Guard(() => Run(
            parse.GetValue(gold)!, parse.GetValue(articles)!, parse.GetValue(errors), parse.GetValue(labels), parse.GetValue(format)!)));
        return command;
    }

    private static int Run(string goldPath, string articlesDir, string? errorsPath, string? labelsPath, string format)
    {
        var gold = CommonOptions.ReadGold(goldPath, articlesDir, EventEvaluation.ParseGold);
        Dictionary<string, List<Event>>? second = null;
        if (labelsPath is not null)
        {
            // Agreement: only the articles the second labelling covers are scored, each of which the gold must hold.
            var rows = CommonOptions.ReadGold(labelsPath, articlesDir, EventEvaluation.ParseGold);
            second = rows.GroupBy(r => r.File, StringComparer.Ordinal).ToDictionary(
                g => g.Key, g => g.Where(r => r.Class != GoldEvent.NoEvent).Select(EventEvaluation.AsPrediction).ToList(), StringComparer.Ordinal);
            var goldFiles = gold.Select(g => g.File).ToHashSet(StringComparer.Ordinal);
            if (rows.FirstOrDefault(r => !goldFiles.Contains(r.File)) is { } stray)
            {
                throw new InputException($"{labelsPath}:{stray.Line}: {stray.File} is not in the gold file {goldPath}");
            }

            gold = gold.Where(g => second.ContainsKey(g.File)).ToList();
        }

        var pipeline = SitrepDefaults.CreateDefault();
        var pairs = new List<(IReadOnlyList<GoldEvent>, IReadOnlyList<Event>)>();
        var errorLines = new List<string>();
        foreach (var group in gold.GroupBy(g => g.File, StringComparer.Ordinal))
        {
            var path = Path.Combine(articlesDir, group.Key);
            var text = TextInput.ReadFile(path);
            foreach (var g in group)
            {
                if (g.Evidence.End > text.Length)
                {
                    throw new InputException($"{goldPath}:{g.Line}: offsets {g.Evidence} are past the end of {group.Key} ({text.Length} chars)");
                }
            }

            IReadOnlyList<Event> predicted;
            if (second is not null)
            {
                predicted = second[group.Key];
            }
            else
            {
                try
                {
                    predicted = pipeline.Analyze(group.Key, text, CorpusFiles.PublishedFromName(group.Key)).Events;
                }
                catch (StageException ex)
                {
                    throw new InputException($"{path}: {ex.Message}");
                }
            }

            pairs.Add((group.ToList(), predicted));
            errorLines.AddRange(EventEvaluation.ErrorLines(group.Key, group.ToList(), predicted, text));
        }

        var result = EventEvaluation.Evaluate(pairs);

        // An article belongs to the portion of its gold rows; each portion is also scored alone (the blind one is the honest figure).
        var portions = pairs.GroupBy(p => p.Item1[0].Portion, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Result: EventEvaluation.Evaluate(g)))
            .ToList();
        if (errorsPath is not null)
        {
            File.WriteAllLines(errorsPath, ["# file\tkind\tclass\tlabels\tevidence", .. errorLines]);
        }

        if (format == "json")
        {
            CommonOptions.WriteJsonReport(w =>
            {
                w.WriteString("gold", goldPath);
                if (labelsPath is not null)
                {
                    w.WriteString("labels", labelsPath);
                }

                w.WriteNumber("articles", result.Articles);
                CommonOptions.WriteScore(w, "class_date_place", result.Strict);
                CommonOptions.WriteScore(w, "class_only", result.ClassOnly);
                CommonOptions.WriteScore(w, "class_date_place_same_sentence", result.SameSentence);
                WriteActors(w, result.Actors);
                w.WriteStartObject("portions");
                foreach (var (name, r) in portions)
                {
                    w.WriteStartObject(name);
                    w.WriteNumber("articles", r.Articles);
                    CommonOptions.WriteScore(w, "class_date_place", r.Strict);
                    CommonOptions.WriteScore(w, "class_only", r.ClassOnly);
                    CommonOptions.WriteScore(w, "class_date_place_same_sentence", r.SameSentence);
                    WriteActors(w, r.Actors);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteStartObject("by_class");
                foreach (var (label, s) in result.StrictByClass.ByLabel)
                {
                    w.WriteStartObject(label);
                    CommonOptions.WriteScore(w, "class_date_place", s);
                    CommonOptions.WriteScore(w, "class_only", result.ClassOnlyByClass.ByLabel[label]);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            });
        }
        else
        {
            Console.WriteLine(labelsPath is null
                ? $"Events: {result.Articles} articles, gold {goldPath}"
                : $"Events: {result.Articles} articles, gold {goldPath}, scored: the second labelling {labelsPath}");
            Console.WriteLine($"  class+date+place  {result.Strict}");
            Console.WriteLine($"  class only        {result.ClassOnly}");
            Console.WriteLine($"  same sentence     {result.SameSentence}");
            Console.WriteLine($"  actors            {result.Actors}");
            if (portions.Count > 1)
            {
                foreach (var (name, r) in portions)
                {
                    Console.WriteLine($"  portion {name} ({r.Articles} articles)");
                    Console.WriteLine($"    class+date+place  {r.Strict}");
                    Console.WriteLine($"    class only        {r.ClassOnly}");
                    Console.WriteLine($"    same sentence     {r.SameSentence}");
                    Console.WriteLine($"    actors            {r.Actors}");
                }
            }

            foreach (var (label, s) in result.StrictByClass.ByLabel)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-10} strict F1 {s.F1,6:F2}  class-only F1 {result.ClassOnlyByClass.ByLabel[label].F1,6:F2}  (gold {s.Gold}, pred {s.Predicted})"));
            }
        }

        return ExitCodes.Ok;
    }

    /// <summary>The actor figure: names P/R/F1 as the other scores, plus the pairs and how many have equal actor sets.</summary>
    private static void WriteActors(Utf8JsonWriter w, ActorAgreement actors)
    {
        CommonOptions.WriteScore(w, "actors", actors.Names);
        w.WriteStartObject("actor_sets");
        w.WriteNumber("pairs", actors.Pairs);
        w.WriteNumber("equal", actors.EqualSets);
        w.WriteNumber("equal_share", Math.Round(actors.EqualShare, 2));
        w.WriteEndObject();
    }
}

using System.CommandLine;
using System.Text.Json;
using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval weapons</c>: the weapon lexicon and pattern layer against WikiEvents WEA mentions.</summary>
internal static class EvalWeaponsCommand
{
    public static Command Create()
    {
        var wikievents = new Option<string>("--wikievents") { Description = "WikiEvents JSON Lines file (doc_id, text, entity_mentions with WEA)", Required = true };
        var texts = new Option<string?>("--texts") { Description = "Also list the WEAPON mentions found in this folder of plain-text articles, for review" };
        var format = CommonOptions.Format("text", "json", "text");
        var command = new Command(
            "weapons",
            "Score WEAPON mentions against WikiEvents WEA mentions. Gold = WEA mentions that name a system (their text matches the lexicon "
            + "or the designation pattern); a predicted WEAPON is right when its text equals a WEA mention's text in the same document. "
            + "Also lists every predicted WEAPON for review.\n\n"
            + "Example:\n  sitrep eval weapons --wikievents ../shared/data/wikievents/dev.jsonl --format json")
        {
            wikievents, texts, format,
        };
        command.SetAction(parse => CommonOptions.Guard(() =>
        {
            string path = parse.GetValue(wikievents)!;
            var pipeline = new PipelineBuilder().UseText().UseEntities().Build();
            int lineNo = 0, goldAll = 0, goldNamed = 0, foundNamed = 0, predicted = 0, correct = 0;
            var predictions = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(path))
            {
                lineNo++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                string id, text;
                var weaMentions = new List<string>();
                try
                {
                    using var json = JsonDocument.Parse(line);
                    id = json.RootElement.GetProperty("doc_id").GetString() ?? $"line-{lineNo}";
                    text = json.RootElement.GetProperty("text").GetString() ?? "";
                    foreach (var m in json.RootElement.GetProperty("entity_mentions").EnumerateArray())
                    {
                        if (m.GetProperty("entity_type").GetString() == "WEA")
                        {
                            weaMentions.Add(m.GetProperty("text").GetString() ?? "");
                        }
                    }
                }
                catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
                {
                    throw new InputException($"{path}:{lineNo}: not a WikiEvents record ({ex.Message})");
                }

                var doc = pipeline.Analyze(id, text, null);
                var found = new List<string>();
                foreach (var e in doc.Entities)
                {
                    if (e.Type == EntityTypes.Weapon)
                    {
                        string mention = doc.TextOf(e.Span);
                        found.Add(mention);
                        predicted++;
                        correct += weaMentions.Contains(mention) ? 1 : 0;
                        predictions[$"{mention} -> {e.Canonical}"] = predictions.GetValueOrDefault($"{mention} -> {e.Canonical}") + 1;
                    }
                }

                foreach (var gold in weaMentions)
                {
                    goldAll++;
                    if (NamesASystem(gold))
                    {
                        goldNamed++;
                        foundNamed += found.Contains(gold) ? 1 : 0;
                    }
                }
            }

            var inTexts = new SortedDictionary<string, int>(StringComparer.Ordinal);
            if (parse.GetValue(texts) is { } folder)
            {
                if (!Directory.Exists(folder))
                {
                    throw new InputException($"--texts {folder}: no such folder");
                }

                foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
                {
                    var doc = pipeline.Analyze(Path.GetFileName(file), File.ReadAllText(file), null);
                    foreach (var e in doc.Entities)
                    {
                        if (e.Type == EntityTypes.Weapon)
                        {
                            string key = $"{doc.TextOf(e.Span)} -> {e.Canonical}";
                            inTexts[key] = inTexts.GetValueOrDefault(key) + 1;
                        }
                    }
                }
            }

            double? recall = goldNamed == 0 ? null : 100.0 * foundNamed / goldNamed;
            double? precision = predicted == 0 ? null : 100.0 * correct / predicted;
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(JsonSerializer.Serialize(new { file = path, wea_mentions = goldAll, naming_a_system = goldNamed, found = foundNamed, recall, predicted, correct, precision, predictions, texts = inTexts }));
            }
            else
            {
                Console.WriteLine($"WEA mentions {goldAll}, naming a system {goldNamed}, found {foundNamed}, recall {(recall is null ? "n/a" : $"{recall:F1}")}");
                Console.WriteLine($"WEAPON predicted {predicted}, matching a WEA mention {correct}, precision {(precision is null ? "n/a" : $"{precision:F1}")}");
                foreach (var (p, n) in predictions)
                {
                    Console.WriteLine($"  {n,4}  {p}");
                }

                if (inTexts.Count > 0)
                {
                    Console.WriteLine($"WEAPON mentions in --texts: {inTexts.Values.Sum()}");
                    foreach (var (p, n) in inTexts)
                    {
                        Console.WriteLine($"  {n,4}  {p}");
                    }
                }
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Whether a WEA mention's text names a system: the lexicon or the designation pattern recognizes all of it.</summary>
    private static bool NamesASystem(string mention)
    {
        var doc = new PipelineBuilder().UseText().UseEntities(new EntitiesOptions { Norp = false }).Build().Analyze("m", mention, null);
        foreach (var e in doc.Entities)
        {
            if (e.Type == EntityTypes.Weapon && e.Span.Length == mention.Trim().Length)
            {
                return true;
            }
        }

        return false;
    }
}

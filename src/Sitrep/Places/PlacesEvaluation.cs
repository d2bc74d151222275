using System.Globalization;
using Sitrep.Evaluation;
using Sitrep.Pipeline;

namespace Sitrep.Places;

/// <summary>One hand-labelled place mention of the gold file.</summary>
public sealed record GoldPlace(string File, int Line, Span Span, string Surface, long? GeonamesId, string Level, string Country, string Name);

/// <summary>A gold mention and what the stage said about it (null when it found nothing there).</summary>
public sealed record PlaceJudgement(GoldPlace Gold, PlaceMention? Predicted, bool RightFeature, bool RightCountry);

/// <summary>Accuracy of the places stage on a gold file (see docs/places.md for the format).</summary>
public sealed class PlacesEvaluationResult
{
    public int Articles { get; init; }

    public int Gold { get; init; }

    public int Predicted { get; init; }

    public int Found { get; init; }

    public int RightFeature { get; init; }

    public int RightCountry { get; init; }

    /// <summary>Predicted mentions that overlap no gold mention.</summary>
    public int Spurious => Predicted - MatchedPredictions;

    public int MatchedPredictions { get; init; }

    public double FeatureAccuracy => Gold == 0 ? 0 : 100.0 * RightFeature / Gold;

    public double CountryAccuracy => Gold == 0 ? 0 : 100.0 * RightCountry / Gold;

    public double Precision => Predicted == 0 ? 0 : 100.0 * MatchedPredictions / Predicted;

    /// <summary>Detection only: a predicted mention overlaps the gold one.</summary>
    public Score Detection => new(Found, Predicted, Gold);

    public IReadOnlyList<PlaceJudgement> Judgements { get; init; } = [];

    /// <summary>Predicted mentions overlapping no gold mention, with their file.</summary>
    public IReadOnlyList<(string File, PlaceMention Place)> SpuriousMentions { get; init; } = [];
}

public static class PlacesEvaluation
{
    /// <summary>Reads the gold TSV: file, start, end, surface, GeoNames id (or empty), level, country, name.</summary>
    public static List<GoldPlace> ReadGold(string path)
    {
        var rows = new List<GoldPlace>();
        foreach (var (lineNumber, cells) in TabSeparated.Read(path))
        {
            if (cells.Length != 8)
            {
                throw new FormatException($"{path}:{lineNumber}: expected 8 tab-separated columns, found {cells.Length}");
            }

            if (!int.TryParse(cells[1], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                || !int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out int end) || end <= start)
            {
                throw new FormatException($"{path}:{lineNumber}: start and end must be offsets with start < end");
            }

            long? id = null;
            if (cells[4].Length > 0)
            {
                id = long.TryParse(cells[4], NumberStyles.None, CultureInfo.InvariantCulture, out long v)
                    ? v
                    : throw new FormatException($"{path}:{lineNumber}: GeoNames id '{cells[4]}' is not a number");
            }

            if (cells[5] is not (PlaceLevels.Country or PlaceLevels.Admin1 or PlaceLevels.Admin2 or PlaceLevels.Populated))
            {
                throw new FormatException($"{path}:{lineNumber}: unknown level '{cells[5]}'");
            }

            if (cells[6].Length != 2)
            {
                throw new FormatException($"{path}:{lineNumber}: country '{cells[6]}' is not an ISO 3166-1 alpha-2 code");
            }

            rows.Add(new GoldPlace(cells[0], lineNumber, new Span(start, end), cells[3], id, cells[5], cells[6], cells[7]));
        }

        return rows;
    }

    /// <summary>The outlet country encoded in the corpus file names (20220125T090000Z_GB_en_....txt), or null.</summary>
    public static string? OutletFromFileName(string name)
    {
        var parts = name.Split('_');
        return parts.Length >= 3 && parts[1].Length == 2 && char.IsAsciiLetterUpper(parts[1][0]) && char.IsAsciiLetterUpper(parts[1][1]) ? parts[1] : null;
    }

    /// <summary>Runs <paramref name="pipeline"/> on every article the gold file names and scores the places it found.</summary>
    public static PlacesEvaluationResult Evaluate(string goldPath, string articlesDir, SitrepPipeline pipeline)
    {
        var gold = ReadGold(goldPath);
        var judgements = new List<PlaceJudgement>();
        var spurious = new List<(string, PlaceMention)>();
        int predicted = 0, matchedPredictions = 0, found = 0, rightFeature = 0, rightCountry = 0;
        var files = gold.GroupBy(g => g.File, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        foreach (var group in files)
        {
            var path = Path.Combine(articlesDir, group.Key);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{goldPath}:{group.First().Line}: article '{group.Key}' not found in {articlesDir}", path);
            }

            var text = File.ReadAllText(path);
            foreach (var g in group)
            {
                if (g.Span.End > text.Length || !text.AsSpan(g.Span.Start, g.Span.Length).SequenceEqual(g.Surface))
                {
                    throw new FormatException($"{goldPath}:{g.Line}: the text at [{g.Span.Start},{g.Span.End}) of {g.File} is not '{g.Surface}'");
                }
            }

            var doc = pipeline.Analyze(group.Key, text, null);
            var places = doc.Places;
            predicted += places.Count;
            var used = new bool[places.Count];
            foreach (var g in group.OrderBy(g => g.Span.Start))
            {
                int match = -1;
                for (int i = 0; i < places.Count; i++)
                {
                    if (!used[i] && places[i].Span.Overlaps(g.Span))
                    {
                        match = i;
                        break;
                    }
                }

                if (match < 0)
                {
                    judgements.Add(new PlaceJudgement(g, null, false, false));
                    continue;
                }

                used[match] = true;
                found++;
                var p = places[match];
                bool feature = g.GeonamesId is { } id
                    ? p.GeonamesId == id
                    : p.Level == g.Level && p.Country == g.Country && NameKey.Of(p.Name) == NameKey.Of(g.Name);
                bool country = p.Country == g.Country;
                rightFeature += feature ? 1 : 0;
                rightCountry += country ? 1 : 0;
                judgements.Add(new PlaceJudgement(g, p, feature, country));
            }

            for (int i = 0; i < places.Count; i++)
            {
                bool overlapsGold = false;
                foreach (var g in group)
                {
                    overlapsGold |= places[i].Span.Overlaps(g.Span);
                }

                if (overlapsGold)
                {
                    matchedPredictions++;
                }
                else
                {
                    spurious.Add((group.Key, places[i]));
                }
            }
        }

        return new PlacesEvaluationResult
        {
            Articles = files.Count,
            Gold = gold.Count,
            Predicted = predicted,
            MatchedPredictions = matchedPredictions,
            Found = found,
            RightFeature = rightFeature,
            RightCountry = rightCountry,
            Judgements = judgements,
            SpuriousMentions = spurious,
        };
    }

    /// <summary>The default pipeline with the places stage told each document's outlet country from its file name.</summary>
    public static SitrepPipeline PipelineWithOutlets()
    {
        var builder = new PipelineBuilder();
        foreach (var stage in SitrepDefaults.CreateDefault().Stages)
        {
            builder.Use(stage is PlacesStage
                ? new PlacesStage(new PlacesOptions { OutletCountry = d => OutletFromFileName(d.Id) })
                : stage);
        }

        return builder.Build();
    }
}

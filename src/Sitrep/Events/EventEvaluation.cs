using System.Globalization;
using System.Text;
using Sitrep.Evaluation;
using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>One hand-labelled event of the gold file: the article, its evidence sentence and its labels.</summary>
public sealed record GoldEvent(string File, int Line, Span Evidence, string Class, string? Mode, string? Date, string? Place, string? Country, IReadOnlyList<string> Actors, string Portion = GoldEvent.DevelopmentPortion)
{
    /// <summary>Marks an article read and found to report no event (so that predictions there count as false).</summary>
    public const string NoEvent = "NONE";

    /// <summary>The portion of rows before any <c># portion: NAME</c> line: articles also used to develop the rules.</summary>
    public const string DevelopmentPortion = "development";
}

/// <summary>The scores of <c>sitrep eval events</c>: class+date+place, class only, and class+date+place with the gold's sentence told (same sentence); the actors of the class+date+place pairs.</summary>
public sealed record EventEvalResult(Score Strict, Score ClassOnly, ScoreTable StrictByClass, ScoreTable ClassOnlyByClass, int Articles, Score SameSentence, ActorAgreement Actors);

/// <summary>
/// Who did it, over the class+date+place pairs: <see cref="Names"/> is micro P/R/F1 over actor names (a pair's distinct predicted
/// names against its distinct gold names, equal ignoring case; a pair with no actor on a side adds nothing to that side);
/// <see cref="EqualSets"/> counts the pairs whose name sets are equal, both empty counting as equal.
/// </summary>
public readonly record struct ActorAgreement(Score Names, int Pairs, int EqualSets)
{
    public double EqualShare => Pairs == 0 ? 0 : 100.0 * EqualSets / Pairs;

    public static ActorAgreement operator +(ActorAgreement a, ActorAgreement b)
        => new(a.Names + b.Names, a.Pairs + b.Pairs, a.EqualSets + b.EqualSets);

    public override string ToString() => $"{Names}; sets equal {EqualSets} of {Pairs} pairs ({EqualShare:F2}%)";
}

/// <summary>
/// Reads the gold file (tests/Sitrep.Tests/Events/events.gold.tsv) and scores coded events against it.
/// A predicted event matches a gold event of the same article when the classes are equal, the dates agree
/// at the gold value's precision and the places agree (see <see cref="PlaceAgrees"/>); matching is
/// one-to-one, the most pairs (a maximum matching). Class-only matching ignores date and place.
/// </summary>
public static class EventEvaluation
{
    public const int Columns = 9;

    /// <summary>A comment line <c># portion: NAME</c> puts the rows after it into portion NAME (e.g. <c>blind</c>), scored also on their own.</summary>
    public const string PortionDirective = "# portion:";

    /// <summary>Parses the gold TSV. Columns: file, start, end, class, mode, date, place, country, actors (';'-separated); '-' for none.</summary>
    public static List<GoldEvent> ParseGold(string path)
    {
        var result = new List<GoldEvent>();
        int lineNumber = 0;
        var portion = GoldEvent.DevelopmentPortion;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.StartsWith(PortionDirective, StringComparison.Ordinal))
            {
                portion = line[PortionDirective.Length..].Trim();
                if (portion.Length == 0)
                {
                    throw new FormatException($"{path}:{lineNumber}: '{PortionDirective}' needs a portion name");
                }

                continue;
            }

            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length != Columns)
            {
                throw new FormatException($"{path}:{lineNumber}: expected {Columns} tab-separated columns, found {cols.Length}");
            }

            if (!int.TryParse(cols[1], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                || !int.TryParse(cols[2], NumberStyles.None, CultureInfo.InvariantCulture, out int end) || end < start)
            {
                throw new FormatException($"{path}:{lineNumber}: start and end must be offsets with start <= end, found '{cols[1]}' '{cols[2]}'");
            }

            var eventClass = cols[3];
            if (eventClass != GoldEvent.NoEvent && !EventClasses.All.Contains(eventClass))
            {
                throw new FormatException($"{path}:{lineNumber}: unknown event class '{eventClass}'");
            }

            var date = Dash(cols[5]);
            if (date is not null && EventDates.Precision(date) is null)
            {
                throw new FormatException($"{path}:{lineNumber}: '{date}' is not a calendar TIMEX3 date value");
            }

            var actors = Dash(cols[8]) is { } a ? a.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            result.Add(new GoldEvent(cols[0], lineNumber, new Span(start, end), eventClass, Dash(cols[4]), date, Dash(cols[6]), Dash(cols[7]), actors, portion));
        }

        return result;
    }

    private static string? Dash(string s) => s is "-" or "" ? null : s;

    /// <summary>
    /// A row of a second hand labelling as if it were a prediction, to score labeller agreement with the same matcher:
    /// its date as a stated date, its place as a place of that name (a country alone as a country-level place).
    /// </summary>
    public static Event AsPrediction(GoldEvent row)
    {
        PlaceMention? place = row.Place is { } name
            ? new PlaceMention(row.Evidence, name, PlaceLevels.Populated, row.Country ?? "")
            : row.Country is { } country ? new PlaceMention(row.Evidence, country, PlaceLevels.Country, country) : null;
        var actors = new List<Actor>(row.Actors.Count);
        foreach (var a in row.Actors)
        {
            actors.Add(new Actor(a, ""));
        }

        return new Event(row.Class, row.Evidence, Certainties.Confirmed)
        {
            Mode = row.Mode,
            Date = row.Date is { } date ? new EventDate(date, "", FromPublished: false) : null,
            Place = place,
            Actors = actors,
        };
    }

    /// <summary>Scores each article's predictions against its gold events.</summary>
    public static EventEvalResult Evaluate(IEnumerable<(IReadOnlyList<GoldEvent> Gold, IReadOnlyList<Event> Predicted)> articles)
    {
        var strictTable = new ScoreTable();
        var classTable = new ScoreTable();
        var sentenceTable = new ScoreTable();
        var actors = default(ActorAgreement);
        int count = 0;
        foreach (var (goldAll, predicted) in articles)
        {
            count++;
            var gold = goldAll.Where(g => g.Class != GoldEvent.NoEvent).ToList();
            foreach (var eventClass in EventClasses.All)
            {
                var g = gold.Where(x => x.Class == eventClass).ToList();
                var p = predicted.Where(x => x.Class == eventClass).ToList();
                if (g.Count == 0 && p.Count == 0)
                {
                    continue;
                }

                var goldOf = Match(g, p);
                strictTable.Add(eventClass, Pairs(goldOf), p.Count, g.Count);
                sentenceTable.Add(eventClass, Pairs(Match(g, p, sameSentence: true)), p.Count, g.Count);
                classTable.Add(eventClass, Math.Min(g.Count, p.Count), p.Count, g.Count);
                actors += ActorsOfPairs(g, p, goldOf);
            }
        }

        return new EventEvalResult(strictTable.Overall, classTable.Overall, strictTable, classTable, count, sentenceTable.Overall, actors);
    }

    /// <summary>
    /// One-to-one matching of the most pairs (augmenting paths): a gold event that agrees with two predictions takes the one
    /// no other gold event needs, whatever their order. <c>goldOf[i]</c> is the gold index matched to prediction i, or -1.
    /// With <paramref name="sameSentence"/> a pair must also tell the gold's evidence sentence (the prediction's evidence or one
    /// of its mentions overlaps it), so a prediction of another act of the same class, date and place in the article is no match.
    /// </summary>
    private static int[] Match(IReadOnlyList<GoldEvent> gold, IReadOnlyList<Event> predicted, bool sameSentence = false)
    {
        var agrees = new bool[gold.Count, predicted.Count];
        for (int g = 0; g < gold.Count; g++)
        {
            for (int i = 0; i < predicted.Count; i++)
            {
                agrees[g, i] = predicted[i].Class == gold[g].Class && DateAgrees(gold[g].Date, predicted[i].Date)
                    && PlaceAgrees(gold[g].Place, gold[g].Country, predicted[i].Place) && (!sameSentence || Tells(predicted[i], gold[g].Evidence));
            }
        }

        var goldOf = new int[predicted.Count];
        Array.Fill(goldOf, -1);
        for (int g = 0; g < gold.Count; g++)
        {
            Augment(g, agrees, goldOf, new bool[predicted.Count]);
        }

        return goldOf;
    }

    private static bool Augment(int g, bool[,] agrees, int[] goldOf, bool[] seen)
    {
        for (int i = 0; i < goldOf.Length; i++)
        {
            if (!agrees[g, i] || seen[i])
            {
                continue;
            }

            seen[i] = true;
            if (goldOf[i] < 0 || Augment(goldOf[i], agrees, goldOf, seen))
            {
                goldOf[i] = g;
                return true;
            }
        }

        return false;
    }

    /// <summary>The number of pairs of a matching (<see cref="Match"/>).</summary>
    private static int Pairs(int[] goldOf)
    {
        int tp = 0;
        foreach (int g in goldOf)
        {
            tp += g >= 0 ? 1 : 0;
        }

        return tp;
    }

    /// <summary>The actor names of the class+date+place pairs (<paramref name="goldOf"/>, the matching as scored) against the gold's.</summary>
    private static ActorAgreement ActorsOfPairs(List<GoldEvent> gold, List<Event> predicted, int[] goldOf)
    {
        var result = default(ActorAgreement);
        for (int i = 0; i < predicted.Count; i++)
        {
            if (goldOf[i] >= 0)
            {
                result += ActorsOfPair(gold[goldOf[i]], predicted[i]);
            }
        }

        return result;
    }

    /// <summary>One pair's actor names: the coded event's distinct names against the gold's, one pair, equal sets or not.</summary>
    private static ActorAgreement ActorsOfPair(GoldEvent gold, Event predicted)
    {
        var p = ActorNames(predicted);
        var g = new HashSet<string>(gold.Actors, StringComparer.OrdinalIgnoreCase);
        int tp = p.Count(g.Contains);
        return new ActorAgreement(new Score(tp, p.Count, g.Count), 1, tp == p.Count && tp == g.Count ? 1 : 0);
    }

    /// <summary>The distinct actor names of a coded event, as the gold's actors column writes them.</summary>
    private static HashSet<string> ActorNames(Event e) => new(e.Actors.Select(a => a.Name), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The error listing of one article for <c>sitrep eval events --errors</c>: strict matches first (as scored; listed, as
    /// OTHER-SENTENCE, only when the same-sentence matching leaves the gold event unmatched, and as WRONG-ACTOR when the actor
    /// name sets differ (see <see cref="ActorAgreement"/>), noted when the coded event does not tell the gold's sentence: the
    /// pair is another act of the class, date and place, or a retelling), then each unmatched gold event
    /// paired with an unmatched prediction of its class (WRONG-DATE, WRONG-PLACE or WRONG-DATE+PLACE), then MISS (gold without
    /// prediction) and FALSE (prediction without gold).
    /// </summary>
    public static List<string> ErrorLines(string file, IReadOnlyList<GoldEvent> goldAll, IReadOnlyList<Event> predicted, string text)
    {
        var lines = new List<string>();
        var gold = goldAll.Where(g => g.Class != GoldEvent.NoEvent).ToList();
        var used = new bool[predicted.Count];
        var matched = new bool[gold.Count];
        var goldOf = Match(gold, predicted);
        var toldIn = new bool[gold.Count];
        foreach (int g in Match(gold, predicted, sameSentence: true))
        {
            if (g >= 0)
            {
                toldIn[g] = true;
            }
        }

        for (int i = 0; i < predicted.Count; i++)
        {
            if (goldOf[i] >= 0)
            {
                used[i] = matched[goldOf[i]] = true;
                var (g, p) = (gold[goldOf[i]], predicted[i]);
                if (!toldIn[goldOf[i]])
                {
                    // A strict match that the same-sentence matching does not make: the act told only in a later retelling,
                    // or another act of the same class, date and place (the gap between the strict and same-sentence figures).
                    lines.Add(PairRow(file, "OTHER-SENTENCE", g, p, text));
                }

                if (ActorsOfPair(g, p).EqualSets == 0)
                {
                    lines.Add(PairRow(file, "WRONG-ACTOR", g, p, text, Tells(p, g.Evidence) ? "" : " | pair tells another sentence"));
                }
            }
        }

        for (int gi = 0; gi < gold.Count; gi++)
        {
            if (matched[gi])
            {
                continue;
            }

            // A prediction of the class that tells the gold's own sentence is that event with a wrong date or place; only
            // without one is the first unused prediction of the class paired (then often another event of the class).
            var g = gold[gi];
            int best = -1;
            for (int i = 0; i < predicted.Count; i++)
            {
                if (!used[i] && predicted[i].Class == g.Class && (best < 0 || (Tells(predicted[i], g.Evidence) && !Tells(predicted[best], g.Evidence))))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                lines.Add($"{file}\tMISS\t{g.Class}\tgold {Describe(g)}\t{Excerpt(text, g.Evidence)}");
                continue;
            }

            used[best] = true;
            var p = predicted[best];
            bool dateOk = DateAgrees(g.Date, p.Date), placeOk = PlaceAgrees(g.Place, g.Country, p.Place);
            var kind = !dateOk && !placeOk ? "WRONG-DATE+PLACE" : !dateOk ? "WRONG-DATE" : "WRONG-PLACE";
            lines.Add(PairRow(file, kind, g, p, text));
        }

        for (int i = 0; i < predicted.Count; i++)
        {
            if (!used[i])
            {
                lines.Add($"{file}\tFALSE\t{predicted[i].Class}\tpred {Describe(predicted[i], text)}\t{Excerpt(text, predicted[i].Evidence)}");
            }
        }

        return lines;
    }

    /// <summary>A row of a gold event paired with a coded event: both descriptions (and a note) then both evidence sentences.</summary>
    private static string PairRow(string file, string kind, GoldEvent g, Event p, string text, string note = "")
        => $"{file}\t{kind}\t{g.Class}\tgold {Describe(g)} | pred {Describe(p, text)}{note}\t{Excerpt(text, g.Evidence)} || {Excerpt(text, p.Evidence)}";

    private static bool Tells(Event e, Span sentence)
    {
        if (e.Evidence.Overlaps(sentence))
        {
            return true;
        }

        foreach (var m in e.Mentions)
        {
            if (m.Overlaps(sentence))
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(GoldEvent g) => $"date {g.Date ?? "-"} place {g.Place ?? "-"}/{g.Country ?? "-"} actors {string.Join(';', g.Actors)}";

    // The trigger says which word made the event, which the evidence sentence alone often does not. Actors in first-seen order.
    private static string Describe(Event e, string text)
        => $"date {e.Date?.Value ?? "-"}{(e.Date?.FromPublished == true ? "(pub)" : "")} place {e.Place?.Name ?? "-"}/{e.Place?.Country ?? "-"} actors {string.Join(';', e.Actors.Select(a => a.Name).Distinct(StringComparer.OrdinalIgnoreCase))}"
            + (e.Trigger is { } t && t.End <= text.Length ? $" trigger {text[t.Start..t.End]}" : "");

    private static string Excerpt(string text, Span span)
    {
        int end = Math.Min(span.End, text.Length), start = Math.Min(span.Start, end);
        var s = text[start..end].ReplaceLineEndings(" ").Replace('\t', ' ');
        return s.Length > 220 ? string.Concat(s.AsSpan(0, 217), "...") : s;
    }

    /// <summary>Same value at the gold's precision (2024-11-17TEV agrees with gold 2024-11-17; 2024-11-16 with 2024-W46-WE).</summary>
    public static bool DateAgrees(string? gold, EventDate? predicted)
        => gold is null ? predicted is null : predicted is not null && EventDates.AgreeAtGoldPrecision(gold, predicted.Value);

    /// <summary>
    /// No gold place: the prediction has none, or only a country. A gold country alone (place '-', country
    /// given): same country. A gold place: same normalized name and country, or the same GeoNames id when
    /// the gold names one as <c>geonames:ID</c>.
    /// </summary>
    public static bool PlaceAgrees(string? goldPlace, string? goldCountry, PlaceMention? predicted)
    {
        if (goldPlace is null)
        {
            if (goldCountry is null)
            {
                return predicted is null || predicted.Level == PlaceLevels.Country;
            }

            return predicted is not null && predicted.Country == goldCountry;
        }

        if (predicted is null)
        {
            return false;
        }

        if (goldPlace.StartsWith("geonames:", StringComparison.Ordinal))
        {
            return long.TryParse(goldPlace.AsSpan(9), NumberStyles.None, CultureInfo.InvariantCulture, out long id) && predicted.GeonamesId == id;
        }

        return predicted.Country == (goldCountry ?? "") && NormalizePlace(goldPlace) == NormalizePlace(predicted.Name);
    }

    private static readonly string[] PlaceSuffixes = ["oblast", "region", "province", "city", "district", "raion", "krai", "republic", "governorate"];

    private static readonly Dictionary<string, string> Spellings = new(StringComparer.Ordinal)
    {
        ["kiev"] = "kyiv",
        ["kharkov"] = "kharkiv",
        ["odessa"] = "odesa",
        ["nikolaev"] = "mykolaiv",
        ["nikolayev"] = "mykolaiv",
        ["zaporozhye"] = "zaporizhzhia",
        ["zaporizhia"] = "zaporizhzhia",
        ["zaporizhzhya"] = "zaporizhzhia",
        ["lugansk"] = "luhansk",
        ["dnipropetrovsk"] = "dnipro",
        ["artemivsk"] = "bakhmut",
        ["chernigov"] = "chernihiv",
        ["lvov"] = "lviv",
        ["kherson"] = "kherson",
        ["rostov na donu"] = "rostov on don",
        ["izyum"] = "izium",
        ["kupyansk"] = "kupiansk",
        ["severodonetsk"] = "sievierodonetsk",
        ["lisichansk"] = "lysychansk",
        ["avdeevka"] = "avdiivka",
        ["ugledar"] = "vuhledar",
        ["kremennaya"] = "kreminna",
        ["chasov yar"] = "chasiv yar",
        ["krivoy rog"] = "kryvyi rih",
        ["kryvyy rih"] = "kryvyi rih",
    };

    /// <summary>Lower case, no diacritics or apostrophes, without "Oblast"/"region"/..., old spellings mapped (Kiev → kyiv).</summary>
    public static string NormalizePlace(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !PlaceSuffixes.Contains(w) && w != "the").ToArray();
        var joined = string.Join(' ', words);
        return Spellings.TryGetValue(joined, out var modern) ? modern : joined;
    }
}

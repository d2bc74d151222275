using System.Collections.Frozen;
using Sitrep.Pipeline;

namespace Sitrep.Figures;

/// <summary>
/// The closed word lists the recognizer looks tokens up in. Every list is case-insensitive and is
/// looked up with spans (no per-token strings).
/// </summary>
internal static class FigureLexicon
{
    private static FrozenDictionary<string, T> Dict<T>(params (string Key, T Value)[] entries)
    {
        var d = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in entries)
        {
            d[k] = v;
        }

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Cardinal words below one hundred.</summary>
    public static readonly FrozenDictionary<string, double> Cardinals = Dict(
        ("zero", 0d), ("one", 1d), ("two", 2d), ("three", 3d), ("four", 4d), ("five", 5d), ("six", 6d), ("seven", 7d),
        ("eight", 8d), ("nine", 9d), ("ten", 10d), ("eleven", 11d), ("twelve", 12d), ("thirteen", 13d), ("fourteen", 14d),
        ("fifteen", 15d), ("sixteen", 16d), ("seventeen", 17d), ("eighteen", 18d), ("nineteen", 19d), ("twenty", 20d),
        ("thirty", 30d), ("forty", 40d), ("fifty", 50d), ("sixty", 60d), ("seventy", 70d), ("eighty", 80d), ("ninety", 90d));

    /// <summary>Words that multiply what precedes them inside a number phrase ("two hundred", "55.5 billion", "1.5m").</summary>
    public static readonly FrozenDictionary<string, double> WordScales = Dict(
        ("hundred", 100d), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("dozen", 12d));

    /// <summary>Abbreviated scales written after digits: "$1.2bn", "1.5m", "50k".</summary>
    public static readonly FrozenDictionary<string, double> ShortScales = Dict(
        ("bn", 1e9), ("b", 1e9), ("bln", 1e9), ("m", 1e6), ("mn", 1e6), ("mln", 1e6), ("k", 1e3), ("tn", 1e12), ("trn", 1e12));

    /// <summary>Vague plural quantities: "dozens of", "hundreds", "thousands". Value is two of the unit (the least the plural can mean).</summary>
    public static readonly FrozenDictionary<string, double> VaguePlurals = Dict(
        ("dozens", 12d), ("hundreds", 100d), ("thousands", 1e3), ("millions", 1e6), ("billions", 1e9));

    /// <summary>Denominators of fractions: "a third", "two-thirds", "three quarters", "half".</summary>
    public static readonly FrozenDictionary<string, double> Denominators = Dict(
        ("half", 2d), ("halves", 2d), ("third", 3d), ("thirds", 3d), ("quarter", 4d), ("quarters", 4d), ("fifth", 5d), ("fifths", 5d),
        ("tenth", 10d), ("tenths", 10d));

    /// <summary>Words for a small unknown count before a scale: "a few hundred", "several thousand" (read as three of the scale, approx).</summary>
    public static readonly FrozenSet<string> FewWords = Set("few", "several");

    /// <summary>Qualifier phrases written before a number, longest first within each first word.</summary>
    public static readonly (string[] Words, string Qualifier)[] LeftQualifiers =
    [
        (["in", "excess", "of"], Qualifiers.MoreThan),
        (["in", "the", "region", "of"], Qualifiers.Approx),
        (["no", "fewer", "than"], Qualifiers.AtLeast),
        (["no", "less", "than"], Qualifiers.AtLeast),
        (["not", "less", "than"], Qualifiers.AtLeast),
        (["not", "fewer", "than"], Qualifiers.AtLeast),
        (["a", "minimum", "of"], Qualifiers.AtLeast),
        (["no", "more", "than"], Qualifiers.AtMost),
        (["not", "more", "than"], Qualifiers.AtMost),
        (["a", "maximum", "of"], Qualifiers.AtMost),
        (["as", "many", "as"], Qualifiers.AtMost),
        (["as", "much", "as"], Qualifiers.AtMost),
        (["upwards", "of"], Qualifiers.MoreThan),
        (["more", "than"], Qualifiers.MoreThan),
        (["greater", "than"], Qualifiers.MoreThan),
        (["at", "least"], Qualifiers.AtLeast),
        (["at", "most"], Qualifiers.AtMost),
        (["up", "to"], Qualifiers.AtMost),
        (["less", "than"], Qualifiers.LessThan),
        (["fewer", "than"], Qualifiers.LessThan),
        (["younger", "than"], Qualifiers.LessThan),
        (["older", "than"], Qualifiers.MoreThan),
        (["close", "to"], Qualifiers.Approx),
        (["an", "estimated"], Qualifiers.Approx),
        (["estimated"], Qualifiers.Approx),
        (["about"], Qualifiers.Approx),
        (["around"], Qualifiers.Approx),
        (["approximately"], Qualifiers.Approx),
        (["approx."], Qualifiers.Approx),
        (["roughly"], Qualifiers.Approx),
        (["some"], Qualifiers.Approx),
        (["nearly"], Qualifiers.Approx),
        (["almost"], Qualifiers.Approx),
        (["circa"], Qualifiers.Approx),
        (["~"], Qualifiers.Approx),
        (["over"], Qualifiers.MoreThan),
        (["above"], Qualifiers.MoreThan),
        (["exceeding"], Qualifiers.MoreThan),
        (["under"], Qualifiers.LessThan),
        (["below"], Qualifiers.LessThan),
    ];

    /// <summary>Adverbs that sharpen a qualifier and belong to its span: "just over", "well above".</summary>
    public static readonly FrozenSet<string> Intensifiers = Set("just", "well", "slightly", "barely", "only", "a", "little");

    /// <summary>Currency symbols written before the number.</summary>
    public static readonly FrozenDictionary<string, string> CurrencySymbols = Dict(
        ("$", "USD"), ("US$", "USD"), ("£", "GBP"), ("€", "EUR"), ("₴", "UAH"), ("₽", "RUB"), ("¥", "JPY"), ("₹", "INR"));

    /// <summary>ISO 4217 codes, written before or after the number ("UAH 500", "2 billion EUR").</summary>
    public static readonly FrozenSet<string> CurrencyCodes = FrozenSet.ToFrozenSet(
        ["USD", "EUR", "GBP", "UAH", "RUB", "CHF", "CNY", "JPY", "PLN", "CAD", "AUD", "SEK", "NOK", "DKK", "CZK", "TRY", "INR"],
        StringComparer.Ordinal);

    /// <summary>Currency names written after the number ("500 hryvnias", "10 billion euros").</summary>
    public static readonly FrozenDictionary<string, string> CurrencyWords = Dict(
        ("dollar", "USD"), ("dollars", "USD"), ("euro", "EUR"), ("euros", "EUR"), ("hryvnia", "UAH"), ("hryvnias", "UAH"),
        ("hryvnas", "UAH"), ("hryvnya", "UAH"), ("hryvnyas", "UAH"), ("rouble", "RUB"), ("roubles", "RUB"), ("ruble", "RUB"),
        ("rubles", "RUB"), ("yuan", "CNY"), ("yen", "JPY"), ("francs", "CHF"), ("zlotys", "PLN"), ("zloty", "PLN"),
        ("sterling", "GBP"));

    /// <summary>Measure units after the number, mapped to their short canonical name.</summary>
    public static readonly FrozenDictionary<string, string> Units = Dict(
        ("%", "percent"), ("percent", "percent"), ("pct", "percent"),
        ("km", "km"), ("kms", "km"), ("kilometres", "km"), ("kilometers", "km"), ("kilometre", "km"), ("kilometer", "km"),
        ("mi", "mile"), ("mile", "mile"), ("miles", "mile"),
        ("metres", "m"), ("meters", "m"), ("metre", "m"), ("meter", "m"),
        ("cm", "cm"), ("centimetres", "cm"), ("centimeters", "cm"),
        ("ft", "ft"), ("feet", "ft"), ("foot", "ft"),
        ("km2", "km2"), ("m2", "m2"), ("hectares", "ha"), ("hectare", "ha"), ("ha", "ha"), ("acres", "acre"),
        ("tonnes", "tonne"), ("tonne", "tonne"), ("tons", "tonne"), ("ton", "tonne"), ("t", "tonne"),
        ("kg", "kg"), ("kilograms", "kg"), ("kilogrammes", "kg"), ("kilos", "kg"), ("lb", "lb"), ("lbs", "lb"),
        ("litres", "l"), ("liters", "l"), ("barrels", "barrel"), ("bcm", "bcm"),
        ("mw", "MW"), ("megawatts", "MW"), ("gw", "GW"), ("gigawatts", "GW"), ("kw", "kW"), ("kwh", "kWh"), ("mwh", "MWh"),
        ("mph", "mph"), ("kph", "km/h"), ("knots", "knot"), ("degrees", "degree"));

    /// <summary>Two-word units: "per cent", "square kilometres", "percentage points", "cubic metres".</summary>
    public static readonly (string First, string Second, string Unit)[] TwoWordUnits =
    [
        ("per", "cent", "percent"), ("percentage", "points", "percentage_point"), ("percentage", "point", "percentage_point"),
        ("square", "kilometres", "km2"), ("square", "kilometers", "km2"), ("square", "km", "km2"), ("sq", "km", "km2"),
        ("square", "miles", "sq_mile"), ("square", "metres", "m2"), ("square", "meters", "m2"), ("cubic", "metres", "m3"),
        ("cubic", "meters", "m3"), ("metric", "tons", "tonne"), ("metric", "tonnes", "tonne"),
    ];

    /// <summary>Words after "m" that make it metres, not millions ("500m from the front").</summary>
    public static readonly FrozenSet<string> MetreCues = Set("from", "away", "high", "long", "deep", "wide", "tall", "above", "below", "north", "south", "east", "west", "of");

    /// <summary>Time units: a number before one is a duration, left to the time stage.</summary>
    public static readonly FrozenSet<string> TimeUnits = Set(
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week", "weeks", "month", "months",
        "year", "years", "decade", "decades", "century", "centuries", "hrs", "mins", "weekend", "weekends");

    /// <summary>Words after a number that make it a clock time.</summary>
    public static readonly FrozenSet<string> ClockWords = Set("a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "cet", "cest", "eet", "eest", "msk", "bst", "est", "edt", "pst", "o'clock", "hrs", "h");

    public static readonly FrozenSet<string> Months = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.");

    /// <summary>Nouns after which a number is a label, not a quantity: "Article 5", "section 3", "Resolution 2231".</summary>
    public static readonly FrozenSet<string> LabelNouns = Set(
        "article", "articles", "section", "sections", "resolution", "paragraph", "chapter", "clause", "item", "page", "pages", "line",
        "route", "highway", "road", "no", "no.", "nos", "nos.", "number", "flight", "unit", "platform", "gate", "building", "block",
        "apartment", "room", "house", "level", "phase", "stage", "step", "round", "day", "week", "episode", "season", "version",
        "model", "type", "mark", "mk", "series", "class", "category", "grade", "code", "zone", "sector", "reactor", "point",
        "tier", "lane", "channel", "bus", "tram", "train", "top", "protocol", "annex", "part", "volume", "vol", "vol.", "figure",
        "table", "district", "precinct", "ward", "squad", "battalion", "brigade", "regiment", "division", "corps", "army", "fleet",
        "group", "camp", "hospital", "school", "gymnasium", "lyceum", "plant", "mine", "bridge", "gen", "generation", "cell",
        "league", "index", "+", "#", "№", "ext", "tel", "phone", "fax", "hotline", "call");

    /// <summary>Function words and verbs that end the counted noun phrase.</summary>
    public static readonly FrozenSet<string> NounPhraseStops = Set(
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "of", "in", "on",
        "at", "to", "from", "by", "with", "without", "for", "into", "onto", "over", "under", "about", "around", "across", "near",
        "since", "during", "after", "before", "between", "among", "against", "through", "throughout", "per", "via", "amid",
        "and", "or", "but", "nor", "so", "yet", "than", "as", "if", "when", "while", "where", "which", "who", "whom", "whose",
        "what", "that", "because", "although", "though", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have",
        "had", "do", "does", "did", "will", "would", "shall", "should", "can", "cannot", "could", "may", "might", "must", "not", "no",
        "n't", "'s", "’s", "'", "it", "he", "she", "they", "we", "you", "i", "them", "him", "us", "me", "there", "here", "then",
        "also", "already", "still", "just", "only", "even", "more", "most", "less", "least", "each", "every", "all", "both",
        "some", "any", "another", "such", "very", "too", "again", "ago", "later", "earlier", "now", "today", "yesterday",
        "tomorrow", "overnight", "tonight", "nationwide", "according", "including", "included", "killed", "died", "dead", "wounded", "injured", "hurt", "missing",
        "captured", "displaced", "fled", "evacuated", "said", "says", "say", "told", "reported", "were", "remain", "remained",
        "left", "leaving", "according", "being", "aged", "became", "become", "got", "get", "received", "receive", "per", "apiece",
        "each", "times", "alone", "respectively", "instead", "altogether", "total", "overall", "plus", "minus", "versus", "vs",
        "vs.", "out", "up", "down", "off", "away", "back", "inside", "outside", "within", "toward", "towards", "upon", "like",
        "unlike", "despite", "except", "beyond", "along", "behind", "above", "below", "beneath", "onward", "whereas", "whether",
        "then", "thus", "hence", "however", "therefore", "meanwhile", "how", "why", "percent", "percentage", "or", "one", "ones",
        "someone", "anyone", "everyone", "something", "anything", "everything", "nothing", "go", "went", "gone", "come", "came");

    /// <summary>Words that make "one" a pronoun when they follow or precede it ("one of", "no one", "one another").</summary>
    public static readonly FrozenSet<string> OnePronounPrev = Set("no", "the", "this", "that", "every", "any", "each", "which", "someone", "anyone", "any", "last", "only", "first", "next", "little", "big", "new", "old");

    /// <summary>Casualty words, mapped to the kind of casualty they report.</summary>
    public static readonly FrozenDictionary<string, string> CasualtyVerbs = Dict(
        ("killed", "killed"), ("killing", "killed"), ("kills", "killed"), ("kill", "killed"), ("died", "killed"), ("dead", "killed"),
        ("die", "killed"), ("perished", "killed"), ("slain", "killed"), ("executed", "killed"), ("murdered", "killed"),
        ("lost", "killed"),
        ("wounded", "injured"), ("wounding", "injured"), ("injured", "injured"), ("injuring", "injured"), ("injures", "injured"),
        ("hurt", "injured"), ("hurting", "injured"), ("hospitalised", "injured"), ("hospitalized", "injured"),
        ("missing", "missing"),
        ("captured", "captured"), ("capturing", "captured"), ("detained", "captured"), ("abducted", "captured"),
        ("displaced", "displaced"), ("displacing", "displaced"), ("fled", "displaced"), ("evacuated", "displaced"),
        ("evacuating", "displaced"), ("flee", "displaced"), ("fleeing", "displaced"), ("deported", "displaced"));

    /// <summary>Casualty nouns as the counted thing: "10 casualties", "300 deaths".</summary>
    public static readonly FrozenDictionary<string, string> CasualtyNouns = Dict(
        ("casualties", "casualties"), ("casualty", "casualties"), ("deaths", "killed"), ("death", "killed"), ("fatalities", "killed"),
        ("dead", "killed"), ("bodies", "killed"), ("injuries", "injured"), ("injured", "injured"), ("wounded", "injured"),
        ("prisoners", "captured"), ("prisoner", "captured"), ("pows", "captured"), ("hostages", "captured"), ("refugees", "displaced"),
        ("evacuees", "displaced"), ("idps", "displaced"));

    /// <summary>Words skipped between a number and the casualty verb after it ("were reportedly killed").</summary>
    public static readonly FrozenSet<string> Auxiliaries = Set(
        "were", "was", "have", "has", "had", "been", "being", "are", "is", "reportedly", "also", "later", "all", "were", "got",
        "allegedly", "confirmed", "now", "since", "so", "far", "thought", "believed", "feared", "presumed", "be", "will", "would",
        "may", "might", "to", "known", "said", "reported", "more", "left", "remained", "remain", "remains", "still", "currently", "either", "or", "seriously", "severely", "critically", "lightly", "badly", "been");

    /// <summary>Nouns for people: a casualty kind is given only to figures counting people (or counting nothing named).</summary>
    public static readonly FrozenSet<string> PersonNouns = Set(
        "people", "persons", "person", "civilians", "civilian", "soldiers", "soldier", "troops", "servicemen", "serviceman",
        "servicemembers", "children", "child", "kids", "minors", "babies", "infants", "women", "men", "man", "woman", "girls",
        "boys", "girl", "boy", "residents", "inhabitants", "citizens", "nationals", "fighters", "militants", "personnel",
        "officers", "officer", "policemen", "police", "firefighters", "rescuers", "medics", "doctors", "journalists",
        "reporters", "volunteers", "workers", "employees", "staff", "passengers", "pensioners", "elderly", "teenagers",
        "students", "pupils", "sailors", "crew", "marines", "paratroopers", "mercenaries", "conscripts", "recruits", "others",
        "individuals", "victims", "adults", "family", "families", "members", "combatants", "guards", "pilots", "servicemembers",
        "fighter", "refugees", "evacuees", "prisoners", "hostages", "casualties", "deaths", "fatalities", "bodies", "injuries",
        "wounded", "injured", "dead", "generals", "commanders", "colonels", "sergeants", "officials", "leaders", "miners", "farmers", "defenders", "invaders", "occupiers", "attackers", "troop", "men", "lives", "servicewomen");

    /// <summary>Words before a number that make it an age: "aged 12".</summary>
    public static readonly FrozenSet<string> AgeCues = Set("aged", "age", "ages");

    /// <summary>Verbs that, right after a bare number, show the counted thing was named before it ("with over 2,000 recorded").</summary>
    public static bool IsReducedParticiple(ReadOnlySpan<char> w)
        => w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && char.IsLower(w[0]);
}

using System.Collections.Frozen;

namespace Sitrep.Places;

/// <summary>Closed word lists of the places stage, compared on <see cref="NameKey"/> keys.</summary>
internal static class PlaceWords
{
    /// <summary>
    /// Capitalized words that are place names somewhere but in news are mostly something else: common
    /// nouns and adjectives, days, months, names of people and weapons. They never start a lone mention.
    /// </summary>
    public static readonly FrozenSet<string> Stop = FrozenSet.ToFrozenSet(
    [
        "mobile", "reading", "split", "nice", "bath", "victoria", "storm", "shadow", "western", "eastern", "northern",
        "southern", "central", "centre", "center", "north", "south", "east", "west", "security", "president", "union",
        "independence", "liberty", "hope", "progress", "commerce", "justice", "media", "police", "defense", "defence",
        "national", "capital", "city", "state", "republic", "federal", "province", "region", "island", "islands",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "biden", "zelensky", "zelenskyy", "putin", "trump", "harris", "johnson", "lavrov", "austin", "blinken", "kirby",
        "sullivan", "stoltenberg", "macron", "scholz", "sunak", "truss", "lukashenko", "shoigu", "gerasimov", "prigozhin",
        "peskov", "kuleba", "reznikov", "umerov", "zaluzhny", "syrskyi", "budanov", "yermak", "podolyak", "klitschko",
        "orban", "erdogan", "xi", "modi", "kim", "nato", "un", "eu", "g7", "kremlin", "pentagon", "white", "house",
        "post", "times", "guardian", "reuters", "interfax", "tass", "ria", "bbc", "cnn", "ap", "afp",
        "patriot", "himars", "javelin", "leopard", "abrams", "bradley", "stinger", "iskander", "kalibr", "kinzhal",
        "shahed", "lancet", "grad", "tornado", "typhoon", "hurricane", "buk", "tor", "pantsir", "sarmat", "bayraktar",
        "wagner", "azov", "kraken", "aidar", "general", "colonel", "major", "captain", "minister", "ministry",
        "parliament", "congress", "senate", "house", "army", "navy", "air", "force", "forces", "command", "mission",
        "black", "sea", "red", "green", "blue", "gold", "golden", "star", "sun", "moon", "victory", "freedom", "unity",
        "friendship", "peace", "war", "world", "europe", "asia", "africa", "international",
        "new", "old", "great", "little", "big", "upper", "lower", "saint", "st", "mount", "lake", "river", "port",
        "bay", "cape", "fort", "valley", "hill", "hills", "park", "beach", "bridge", "church", "school", "university",
        "english", "french", "german", "russian", "ukrainian", "american", "british", "polish", "western",
        "said", "says", "but", "and", "the", "this", "that", "they", "there", "here", "then", "also", "after", "before",
        "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "to", "with", "without", "over", "under",
        "more", "most", "many", "much", "some", "all", "any", "one", "two", "three", "first", "last", "next",
        "moscow times", "kyiv independent", "kyiv post", "white house", "the center", "the centre",
        "of", "da", "de", "la", "le", "el", "al", "san", "santa", "sao", "mar", "ras", "bir", "ban", "bo",
        "ukraine news", "alliance", "coalition", "bloc", "council", "commission", "agency", "service", "office",
        "energy", "power", "gas", "oil", "grain", "food", "aid", "support", "supply", "trade", "market", "bank",
        "orlando", "jackson", "lincoln", "washington post", "marshall", "franklin", "clinton", "wilson", "warren",
        "chester", "florence", "regina", "adelaide", "charlotte", "georgetown", "hamilton", "douglas", "elizabeth",
        "kirov", "lenin", "pushkin", "gagarin", "sverdlov", "frunze", "dzerzhinsky", "chekhov", "lermontov",
        "stalin", "hitler", "napoleon", "churchill", "roosevelt", "bush", "obama", "reagan", "hamas", "hezbollah",
        "taliban", "google", "hird", "tolstoy", "zhukov", "suvorov", "kutuzov", "mir", "pravda", "sputnik", "zvezda", "rossiya", "vostok",
    ], StringComparer.Ordinal);

    /// <summary>Words after a name that make it a first-level division ("Kursk region", "Kharkiv oblast").</summary>
    public static readonly FrozenSet<string> Designators = FrozenSet.ToFrozenSet(
        ["region", "regions", "oblast", "oblasts", "province", "provinces", "krai", "kray", "governorate", "governorates", "state"],
        StringComparer.Ordinal);

    /// <summary>Words before a name within a few tokens that place an event near it, not in it (precision 2).</summary>
    public static readonly FrozenSet<string> Near = FrozenSet.ToFrozenSet(
        ["near", "around", "outskirts", "outside", "vicinity", "direction", "towards", "toward", "suburbs", "suburb",
         "surrounding", "approaches", "nearby", "close", "km", "kilometres", "kilometers", "miles", "axis"],
        StringComparer.Ordinal);

    /// <summary>Adjectival endings of division names before a designator, longest first ("Sumska", "Belgorodskaya", "Sumian").</summary>
    public static readonly string[] AdjectivalSuffixes = ["skaya", "skiy", "skyi", "ska", "sky", "ian", "ean", "ka", "an"];

    /// <summary>Endings tried on an adjectival stem to rebuild the name ("sum" + "y", "donet" + "sk", "crim" + "ea").</summary>
    public static readonly string[] NameEndings = ["", "y", "a", "i", "e", "o", "sk", "ia", "ea"];

    /// <summary>Compass adjectives between "in" and a country or division ("in central Ukraine", "in north-eastern Syria").</summary>
    public static readonly FrozenSet<string> Directions = FrozenSet.ToFrozenSet(
        ["central", "eastern", "western", "northern", "southern", "north", "south", "east", "west", "northeastern",
         "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest"],
        StringComparer.Ordinal);

    /// <summary>Prepositions before an unknown word that, with "in COUNTRY" after it, make it a misspelt town.</summary>
    public static readonly FrozenSet<string> NearNamePrepositions = FrozenSet.ToFrozenSet(
        ["in", "near", "at", "from", "outside", "around", "towards", "toward"],
        StringComparer.Ordinal);

    /// <summary>
    /// Words right before an unknown capitalized word (or "the" and it) that let the transliteration fallback try it:
    /// the prepositions of place and movement that, unlike "to", "of" or "on", rarely come before a person.
    /// </summary>
    public static readonly FrozenSet<string> TransliterationCues = FrozenSet.ToFrozenSet(
        ["in", "near", "at", "outside", "around", "towards", "toward", "into", "from", "through", "across", "via"],
        StringComparer.Ordinal);

    /// <summary>Words for settlements and their surroundings before "of X" ("the village of X", "the outskirts of X").</summary>
    public static readonly FrozenSet<string> SettlementsBeforeOf = FrozenSet.ToFrozenSet(
        ["city", "town", "village", "settlement", "cities", "towns", "villages", "settlements", "outskirts", "suburbs",
         "vicinity", "direction", "center", "centre"],
        StringComparer.Ordinal);

    /// <summary>Prepositions that, right before a capitalized name, support reading it as a place.</summary>
    public static readonly FrozenSet<string> PlacePrepositions = FrozenSet.ToFrozenSet(
        ["in", "near", "at", "from", "outside", "around", "into", "towards", "toward", "across", "through", "via",
         "to", "of", "over", "on", "between", "and"],
        StringComparer.Ordinal);

    /// <summary>Lower-case words allowed inside a multi-word name ("Bosnia and Herzegovina", "Rostov on Don").</summary>
    public static readonly FrozenSet<string> NameJoiners = FrozenSet.ToFrozenSet(
        ["of", "the", "and", "de", "du", "des", "la", "le", "on", "upon", "am", "an", "der", "del", "na", "sur"],
        StringComparer.Ordinal);

    /// <summary>Words after a name that make it part of an organization's or a publication's name.</summary>
    public static readonly FrozenSet<string> OrganizationHeads = FrozenSet.ToFrozenSet(
        ["post", "times", "independent", "institute", "university", "herald", "journal", "news", "daily", "agency",
         "pravda", "tribune", "gazette", "telegraph", "express", "mail", "review", "radio", "tv", "television",
         "airlines", "airport", "fc", "dynamo", "club", "school", "accord", "accords", "agreement", "agreements",
         "format", "protocol", "memorandum", "declaration", "convention", "summit", "process", "talks", "group"],
        StringComparer.Ordinal);

    /// <summary>Cues right before a name that it is the town, not the division ("the city of Kursk").</summary>
    /// <summary>Plural or singular division words before "of X": "the regions of Luhansk and Donetsk", "the self-declared republics of Donetsk and Luhansk".</summary>
    public static readonly FrozenSet<string> DivisionsBeforeOf = FrozenSet.ToFrozenSet(
        ["region", "regions", "oblast", "oblasts", "province", "provinces", "republics"],
        StringComparer.Ordinal);

    public static readonly FrozenSet<string> CityCues = FrozenSet.ToFrozenSet(
        ["city", "town", "village", "settlement", "port", "capital"],
        StringComparer.Ordinal);

    /// <summary>Words right before a bare name that make it the town even after "the X region" ("central Kyiv").</summary>
    public static readonly FrozenSet<string> CityCuesBefore = FrozenSet.ToFrozenSet(
        ["central", "downtown"],
        StringComparer.Ordinal);

    /// <summary>Parts of a town before "of X" or after "X's" ("the streets of Kharkiv", "Kyiv's mayor").</summary>
    public static readonly FrozenSet<string> CityParts = FrozenSet.ToFrozenSet(
        ["streets", "centre", "center", "heart", "suburbs", "suburb", "outskirts", "mayor", "downtown", "metro"],
        StringComparer.Ordinal);

    /// <summary>
    /// Offices named after a division ("the head of the Kharkiv region", "Kharkiv region governor"): such a mention
    /// names an official, not the area the article goes on to speak of.
    /// </summary>
    public static readonly FrozenSet<string> RegionOffices = FrozenSet.ToFrozenSet(
        ["head", "governor", "chief", "administration", "council", "authorities", "prosecutor", "police"],
        StringComparer.Ordinal);

    /// <summary>Titles before "of X" that make X part of a title ("the Duchess of Edinburgh").</summary>
    public static readonly FrozenSet<string> TitlesOf = FrozenSet.ToFrozenSet(
        ["duke", "duchess", "prince", "princess", "earl", "countess", "archbishop", "bishop", "marquess", "baron", "baroness", "lord", "viscount"],
        StringComparer.Ordinal);

    /// <summary>Institutions named after their town ("the University of Belgrade").</summary>
    public static readonly FrozenSet<string> NamedAfterPlace = FrozenSet.ToFrozenSet(
        ["university", "college", "academy", "conservatory", "polytechnic"],
        StringComparer.Ordinal);

    /// <summary>First words of multi-word names that in news mostly start a person's name ("Prince Edward").</summary>
    public static readonly FrozenSet<string> PersonTitles = FrozenSet.ToFrozenSet(
        ["prince", "princess", "king", "queen", "president", "general", "lord", "lady", "sir", "pope", "sheikh", "mount"],
        StringComparer.Ordinal);

    /// <summary>Titles right before a lone name that make it a person ("President Duda", "Mr Putin").</summary>
    public static readonly FrozenSet<string> PersonTitlesBefore = FrozenSet.ToFrozenSet(
        ["president", "chancellor", "minister", "secretary", "premier", "senator", "ambassador", "spokesman",
         "spokeswoman", "spokesperson", "mayor", "governor", "pope", "king", "queen", "prince", "princess", "mr",
         "mrs", "ms", "dr", "gen", "general", "col", "colonel", "lt", "sgt", "commander", "chief", "envoy", "patriarch",
         "rep", "sen", "gov", "mr.", "mrs.", "ms.", "dr.", "gen.", "col.", "lt.", "sgt.", "rep.", "sen.", "gov.", "judge", "justice", "comrade", "marshal", "admiral", "major", "captain", "sir", "lord", "lady"],
        StringComparer.Ordinal);

    /// <summary>
    /// Capitalized words that may follow a place name without making it a first name ("Kyiv Mayor"), or the name
    /// of something else: offices, fronts and things that stand in the place ("Millerovo Airfield").
    /// </summary>
    public static readonly FrozenSet<string> AfterPlace = FrozenSet.ToFrozenSet(
        ["mayor", "governor", "oblast", "region", "city", "province", "military", "regional", "metro", "airport",
         "river", "reservoir", "nuclear", "power", "plant", "front", "direction", "axis", "bridge", "station", "mayor's",
         "airfield", "airbase", "castle", "zoo", "embassy", "consulate", "fortress", "strait", "district", "port"],
        StringComparer.Ordinal);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = Stop.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Every word the lists above hold, case-insensitive → its lower-case form: the stage lower-cases tokens by
    /// looking them up here, without allocating, and a word outside the lists is in none of them.
    /// </summary>
    private static readonly FrozenDictionary<string, string> Vocabulary = BuildVocabulary();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> VocabularyLookup =
        Vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The lower-case form of <paramref name="word"/> when some list holds it, else "".</summary>
    public static string Lower(ReadOnlySpan<char> word) => VocabularyLookup.TryGetValue(word, out var lower) ? lower : "";

    private static FrozenDictionary<string, string> BuildVocabulary()
    {
        var words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var set in new[] { Stop, Designators, Near, PlacePrepositions, TransliterationCues, SettlementsBeforeOf, Directions, NearNamePrepositions, NameJoiners, OrganizationHeads, DivisionsBeforeOf, CityCues, CityCuesBefore, CityParts, RegionOffices, TitlesOf, NamedAfterPlace, PersonTitles, PersonTitlesBefore, AfterPlace })
        {
            foreach (var w in set)
            {
                words.TryAdd(w, w);
            }
        }

        foreach (var w in new[] { "the", "and", ",", "in", "of", "’s", "'s", "city", "us" })
        {
            words.TryAdd(w, w);
        }

        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}

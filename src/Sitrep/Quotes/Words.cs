using System.Collections.Frozen;

namespace Sitrep.Quotes;

/// <summary>Closed word classes the quote rules need in place of a part-of-speech tagger.</summary>
internal static class Words
{
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words)
        => FrozenSet.ToFrozenSet(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] PlainSpeechWords = [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "speak", "speaks", "spoke", "speaking", "talk", "talks",
        "talked", "talking", "write", "writes", "wrote", "writing", "written", "report", "reports", "reported", "reporting"];

    /// <summary>Verbs of saying that take no infinitive content ("spoke to reporters", "is said to be").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlainSpeech = Set(PlainSpeechWords);

    /// <summary>
    /// Cue verbs whose object <c>this</c> is a statement (<c>said this at</c>, <c>stated this at</c>, <c>denied this in</c>): the
    /// <see cref="PlainSpeech"/> verbs and more, not a verb of a thing acted on (<c>blame this on</c>, <c>discuss this in</c>,
    /// <c>described this as</c>).
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Restating = Set(
        [.. PlainSpeechWords, "state", "states", "stated", "announce", "announces", "announced", "note", "notes", "noted", "emphasize", "emphasizes",
        "emphasized", "emphasise", "emphasises", "emphasised", "stress", "stresses", "stressed", "declare", "declares", "declared",
        "confirm", "confirms", "confirmed", "deny", "denies", "denied", "add", "adds", "added", "explain", "explains", "explained",
        "acknowledge", "acknowledges", "acknowledged", "mention", "mentions", "mentioned", "repeat", "repeats", "repeated",
        "reiterate", "reiterates", "reiterated", "post", "posts", "posted", "tweet", "tweets", "tweeted", "admit", "admits",
        "admitted", "reveal", "reveals", "revealed", "disclose", "discloses", "disclosed", "highlight", "highlights",
        "highlighted", "underline", "underlines", "underlined", "underscore", "underscores", "underscored"]);

    /// <summary>Words between a subject and its cue verb that are not part of the subject (has, also, repeatedly).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Set(
        "has", "have", "had", "also", "later", "previously", "then", "again", "already", "further", "once", "recently",
        "will", "would", "could", "should", "may", "might", "must", "can", "did", "does", "do", "just", "still", "even",
        "publicly", "privately", "repeatedly", "reportedly", "allegedly", "openly", "explicitly", "clearly", "often",
        "frequently", "initially", "first", "subsequently", "earlier", "now", "separately", "similarly", "previously",
        "had", "originally", "long", "flatly", "firmly", "strongly", "quickly", "swiftly", "immediately", "ultimately",
        "never", "always", "not", "n't", "partly", "simply", "’ve", "'ve", "’d", "'d", "’ll", "'ll", "ca", "wo");

    /// <summary>Nouns ending in -ly, which are not adverbs before a cue ("the family said").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LyNouns = Set(
        "family", "ally", "rally", "assembly", "supply", "monopoly", "anomaly", "bully", "belly", "jelly", "daily",
        "weekly", "monthly", "quarterly", "homily", "folly", "lily", "melancholy");

    /// <summary>Forms of "be": a cue after one is passive ("is said", "was told").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Be = Set(
        "is", "are", "was", "were", "be", "been", "being", "'s", "’s");

    /// <summary>Words that end a subject phrase when scanning left from a cue.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseStops = Set(
        "that", "and", "but", "which", "while", "as", "because", "when", "if", "after", "before", "since", "so",
        "than", "where", "though", "although", "whether", "to", "or", "nor", "yet", "until", "unless", "whereas",
        "what", "how", "why", "whom", "whose", "once", "said", "says", "told");

    /// <summary>Words a speaker phrase cannot consist of alone.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = Set(
        "the", "a", "an", "this", "that", "these", "those", "of", "in", "on", "at", "for", "with", "by", "from", "its",
        "his", "her", "their", "our", "my", "your", "there", "here", "some", "any", "no", "all", "both", "each",
        "it", "what", "one", "more", "most", "such", "also", "not", "up", "out", "over", "about", "into", "during");

    /// <summary>Words that open a subordinate or relative clause (features of the span labeller).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Subordinators = Set(
        "who", "whom", "whose", "which", "because", "when", "while", "after", "before", "if", "although", "though", "since",
        "whether", "unless", "until", "where", "whereas");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonPronouns = Set(
        "he", "she", "him", "her", "i", "me", "we", "us", "you");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GroupPronouns = Set("they", "them");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Relatives = Set("who", "which", "that");

    /// <summary>Heads of descriptions that stand for a person named earlier ("the minister", "the chairman").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonTitles = Set(
        "minister", "president", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson",
        "official", "commander", "general", "governor", "mayor", "leader", "chief", "secretary", "ambassador",
        "envoy", "premier", "chancellor", "head", "director", "senator", "lawmaker", "congressman", "congresswoman",
        "adviser", "advisor", "aide", "diplomat", "prosecutor", "judge", "candidate", "nominee", "king", "queen",
        "prince", "analyst", "expert", "officer", "colonel", "lieutenant", "captain", "admiral", "marshal", "deputy",
        "representative", "speaker", "founder", "executive", "ceo", "researcher", "professor", "author", "man", "woman",
        "politician", "veteran", "soldier", "resident", "witness");

    /// <summary>
    /// Words just before a name that mark a woman ("Ms", "spokeswoman"), for a "she" speaker's agreement
    /// (<see cref="SpeakerResolver"/>); <see cref="MaleMarks"/> the same for a man.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FemaleMarks = Set(
        "Mrs", "Ms", "Miss", "Madam", "Madame", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "woman",
        "queen", "princess", "lady", "baroness", "actress", "wife", "widow", "mother", "daughter", "sister");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MaleMarks = Set(
        "Mr", "sir", "spokesman", "chairman", "congressman", "businessman", "man", "king", "prince", "lord", "baron",
        "husband", "father", "son", "brother");

    /// <summary>
    /// Common female given names in this news (an approximation, not a census): a person mention that starts with one
    /// is taken as a woman.
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FemaleGivenNames = Set(
        "Liz", "Elizabeth", "Ursula", "Annalena", "Kamala", "Nancy", "Hillary", "Angela", "Theresa", "Kaja", "Roberta",
        "Linda", "Victoria", "Jen", "Karine", "Antje", "Christine", "Kristalina", "Marine", "Giorgia", "Sanna", "Mette",
        "Magdalena", "Ingrida", "Maia", "Salome", "Sviatlana", "Svetlana", "Maria", "Mariya", "Marija", "Anna", "Hanna",
        "Ganna", "Olena", "Elena", "Yelena", "Iryna", "Irina", "Olga", "Oksana", "Natalia", "Nataliya", "Tatiana",
        "Tetiana", "Yulia", "Yuliia", "Lyudmila", "Liudmyla", "Valentina", "Ekaterina", "Kateryna", "Daria", "Darya",
        "Alina", "Anastasia", "Margarita", "Ella", "Beata", "Agnieszka", "Małgorzata", "Ewa", "Joanna", "Katarzyna",
        "Barbara", "Jill", "Melania", "Michelle", "Janet", "Gina", "Avril", "Samantha", "Madeleine", "Condoleezza",
        "Penny", "Priti", "Suella", "Kemi", "Jacinda", "Justine", "Chrystia", "Melanie", "Anne", "Catherine", "Caroline",
        "Emma", "Sarah", "Jennifer", "Susan", "Karen", "Laura", "Julia", "Sophie", "Marie", "Monika", "Mary", "Helen");

    /// <summary>Common male given names in this news (an approximation): a person mention that starts with one is taken as a man.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MaleGivenNames = Set(
        "Vladimir", "Volodymyr", "Wołodymyr", "Joe", "Joseph", "Emmanuel", "Olaf", "Boris", "Sergei", "Sergey", "Siergiej",
        "Dmitry", "Dmitri", "Dmytro", "Antony", "Anthony", "Jens", "Recep", "Andrzej", "Mateusz", "Zbigniew", "Jarosław",
        "Mariusz", "Radosław", "Donald", "Alexander", "Aleksandr", "Alexei", "Alexey", "Oleksiy", "Oleksii", "Oleksandr",
        "Mykhailo", "Mikhail", "Yevgeny", "Ramzan", "Denis", "Denys", "Vitali", "Vitaliy", "Valery", "Valerii", "Kyrylo",
        "Andriy", "Andrii", "Anatoly", "Nikolai", "Viktor", "Lloyd", "Jake", "John", "Ned", "Charles", "Josep", "Frank",
        "Rishi", "Justin", "Mark", "Barack", "Antonio", "Mario", "Mike", "Michael", "Pavel", "Petr", "Petro", "Igor",
        "Ihor", "Yuri", "Yuriy", "Ruslan", "Ben", "Ali", "Mohammed", "Naftali", "Yair", "Benjamin", "Alexis", "Gitanas",
        "Egils", "Alar", "Gabrielius", "Edgars", "Pedro", "Karl", "Robert", "Richard", "William", "James", "David");

    /// <summary>
    /// Endings of feminine Slavic surnames ("Zakharova", "Kowalska", "Lewicka", "Sviridovskaya"): an approximation, for a
    /// "she" speaker's agreement; masculine forms ("Zakharov", "Kowalski") end otherwise.
    /// </summary>
    public static readonly string[] FeminineSurnameEndings = ["ova", "eva", "ska", "cka", "dzka", "aya"];

    /// <summary>Verbs after which the next words are the addressee, not the content ("told reporters that").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AddresseeVerbs = Set(
        "tell", "tells", "told", "telling", "warn", "warns", "warned", "warning", "caution", "cautions", "cautioned",
        "cautioning", "assure", "assures", "assured", "assuring", "inform", "informs", "informed", "informing",
        "remind", "reminds", "reminded", "reminding", "urge", "urges", "urged", "urging", "advise", "advises",
        "advised", "advising", "promise", "promises", "promised", "promising", "accuse", "accuses", "accused",
        "accusing", "threaten", "threatens", "threatened", "threatening");

    /// <summary>
    /// Audiences a speaker addresses, not parties: "told lawmakers", "spoke to students". The events stage's audience of a talk
    /// (<c>EventCoder.AudienceNouns</c>) starts from them.
    /// </summary>
    public static readonly string[] Audiences = [
        "lawmakers", "supporters", "listeners", "viewers", "readers", "parliament", "congress", "delegates", "troops", "soldiers",
        "residents", "voters", "students", "audiences", "crowds"];

    /// <summary>Addressees that a cue takes without a determiner ("told reporters", "told him").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Addressees = Set(
        [.. Audiences, "reporters", "journalists", "me", "him", "her", "them", "us", "you", "colleagues", "officials", "members",
        "allies", "partners", "donors", "guests", "citizens", "ukrainians", "russians", "americans", "europeans"]);

    /// <summary>Adverbs and hedges that attribute a statement without naming a source.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Hedges = Set(
        "reportedly", "allegedly", "purportedly", "supposedly", "reputedly", "ostensibly");

    /// <summary>Modifiers kept with "reports" in a source ("media reports", "Russian reports").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportModifiers = Set(
        "media", "news", "press", "local", "state", "intelligence", "unconfirmed", "unverified", "official", "initial",
        "preliminary", "multiple", "several", "some", "many", "numerous", "separate", "earlier", "other");

    /// <summary>Verbs with which "reports" attribute a clause ("reports suggest", "reports indicate").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportVerbs = Set(
        "suggest", "suggested", "suggests", "indicate", "indicated", "indicates", "say", "said", "says", "show",
        "showed", "shows", "claim", "claimed", "claims", "state", "stated", "states", "allege", "alleged", "alleges",
        "confirm", "confirmed", "confirms", "note", "noted", "notes", "reveal", "revealed", "reveals");

    /// <summary>Sentence subjects that refer back to the previous sentence's claim ("This could not be verified").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Anaphoric = Set(
        "this", "it", "that", "these", "those", "the", "such", "neither", "none");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = Set(
        "with", "in", "on", "at", "for", "from", "by", "of", "about", "after", "during", "over", "under", "into",
        "against", "among", "amid", "despite", "following", "to", "toward", "towards", "through", "without", "via",
        "within", "across", "behind", "beyond", "like", "unlike", "upon", "onto", "per", "than");

    /// <summary>Prepositions and conjunctions of place, time or occasion that open what follows a cue and its object ("he said
    /// in an interview", "said this at a briefing").</summary>
    private static readonly string[] SettingWords = ["in", "on", "at", "during", "after", "via", "through", "from", "while", "when"];

    /// <summary>Words that open the tail after an inverted attribution ("…, he said on Monday", "…, she told CNN").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TailStarts = Set(
        [.. SettingWords, "before", "last", "this", "earlier", "later", "yesterday", "today", "tonight", "recently",
            "previously", "to", "as", "adding", "citing", "according", "without", "of", "about", "again", "also", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "late", "early", "then", "too", "separately",
            "afterward", "afterwards", "shortly", "told", "referring", "speaking", "explaining", "noting", "and", "but", "who",
            "with"]);

    /// <summary>Words after which <c>this</c> right after a cue is its object, not a determiner ("said this at a briefing",
    /// "denied this following reports", not "said this week"): the <see cref="SettingWords"/> and "following".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterThisObject = Set([.. SettingWords, "following"]);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Set(
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "whose",
        "recent", "latest", "earlier", "previous", "such", "any", "no", "every", "each", "further", "initial");

    /// <summary>Verbs that report speech only right beside a quotation ("…,” he continued.), too common elsewhere.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QuoteOnlyCues = Set(
        "continued", "continues", "continuing", "began", "begins", "laughed", "laughs", "recalled", "recalls",
        "joked", "jokes", "quipped", "quips", "shouted", "shouts", "chanted", "chant", "read", "reads", "wondered",
        "wonders", "mused", "muses", "sighed", "replied", "answered", "answers", "agreed", "agrees", "went",
        "offered", "offers", "put", "puts", "summed", "texted", "emailed", "messaged", "boasted", "bragged",
        "cried", "screamed", "yelled", "pleaded", "begged", "implored", "demanded", "challenged", "interjected");

    /// <summary>Day, month and time words that open sentences but never speak.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeWords = Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december", "today",
        "yesterday", "tonight", "later", "earlier", "meanwhile", "however", "instead", "still", "also", "then");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QuestionWords = Set(
        "whether", "if", "about", "what", "who", "which", "how", "why", "when", "where");

    /// <summary>Cues that invert with their speaker ("…, said the minister"); others do not ("…, criticized the plan").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InvertibleCues = Set(
        "said", "says", "added", "adds", "wrote", "writes", "asked", "asks", "continued", "explained", "noted",
        "notes", "recalled", "warned", "argued", "insisted", "reported", "declared", "stated", "replied", "remarked",
        "observed", "announced", "acknowledged", "conceded", "cautioned", "claimed", "stressed", "emphasized",
        "emphasised", "suggested", "tweeted", "posted", "responded", "answered", "complained", "confirmed");

    /// <summary>Words that open a clause's subject ("…, and the crowd chanted").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectStarts = Set(
        "the", "a", "an", "he", "she", "they", "it", "we", "i", "this", "that", "there", "these", "those", "his",
        "her", "their", "its", "our", "some", "many", "most", "no", "one");

    /// <summary>Cues whose particle comes before the content ("pointed out", "referring to", "railed against").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhrasalCues = Set(
        "pointed", "pointing", "referred", "referring", "spoke", "speaking", "talked", "talking", "railed",
        "railing", "complained", "complaining", "warned", "warning", "wrote", "writing", "lashed", "lashing");

    public static bool IsCapitalized(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    public static bool IsOpeningDoubleQuote(char c) => c is '“' or '«' or '„';

    public static bool IsClosingDoubleQuote(char c) => c is '”' or '»';

    public static bool IsQuoteChar(char c) => c is '"' or '“' or '”' or '«' or '»' or '„' or '‘' or '’' or '\'';

    public static bool IsDash(ReadOnlySpan<char> word) => word is "—" or "–" or "-" or "--" or "―";
}

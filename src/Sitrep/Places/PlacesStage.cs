using System.Buffers;
using Sitrep.Pipeline;

namespace Sitrep.Places;

/// <summary>
/// Finds toponyms (capitalized token runs that name a gazetteer feature, longest first, or NER LOC spans)
/// and resolves each against the gazetteer by context: population prior, the countries and divisions the
/// article names, explicit containment ("Pokrovsk in the Donetsk region", "Sumy, Ukraine", "Russia’s Kursk
/// region"), distance to the article's other places, and the outlet's country last. See docs/places.md.
/// </summary>
public sealed class PlacesStage : IStage
{
    private const int KeyBufferSize = 512;

    /// <summary>Shortest word (in characters) the transliteration fallback tries: shorter keys collide too often.</summary>
    private const int MinTransliteratedLength = 6;

    /// <summary>Longest run of capitalized words the transliteration fallback tries as one name ("Czasiw Jar").</summary>
    private const int MaxTransliteratedWords = 3;

    /// <summary>Letters only Polish spelling uses: a word with one is not written the English way.</summary>
    private static readonly SearchValues<char> PolishLetters = SearchValues.Create("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ");

    private readonly Gazetteer _gazetteer;
    private readonly PlacesOptions _options;

    public PlacesStage(PlacesOptions? options = null)
    {
        _options = options ?? new PlacesOptions();
        _gazetteer = _options.Gazetteer ?? Gazetteer.Default;
    }

    public string Name => "places";

    public Gazetteer Gazetteer => _gazetteer;

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Places.Clear();
        var mentions = new List<Mention>();
        var buffer = ArrayPool<char>.Shared.Rent(KeyBufferSize);
        try
        {
            Find(document, buffer, mentions, cancellationToken);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        if (mentions.Count == 0)
        {
            return;
        }

        FindNearNames(document, buffer, mentions);
        Link(document, mentions);
        LinkForward(document, mentions);
        new Resolver(_gazetteer, _options, document, mentions).Run();
    }

    private void Find(Document doc, char[] buffer, List<Mention> mentions, CancellationToken cancellationToken)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var (blocking, inLoc) = EntityMasks(doc);

        for (int si = 0; si < doc.Sentences.Count; si++)
        {
            if ((si & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var sentence = doc.Sentences[si];
            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (!IsCapitalized(text, tokens[i]))
                {
                    i++;
                    continue;
                }

                // Gazetteer first, then the NER: a PER or ORG span suppresses the name only when the gazetteer
                // evidence is weak (see KeepDespiteEntity); otherwise the match is retried inside the entity's limits.
                int matched = Match(doc, sentence, i, buffer, null, out var key, out var candidates, out int country);
                if (matched >= 0 && blocking is not null && !KeepDespiteEntity(doc, blocking, i, matched, candidates, country))
                {
                    matched = blocking[i] >= 0 ? -1 : Match(doc, sentence, i, buffer, blocking, out key, out candidates, out country);
                }

                if (matched < 0 && (blocking is null || blocking[i] < 0) && MatchAdjectival(doc, sentence, i, buffer, out key, out candidates))
                {
                    matched = i;
                    country = -1;
                }

                // Last, after every exact lookup failed: a transliteration of a Ukrainian, Russian or Belarusian name.
                bool transliterated = false;
                var folded = ArraySegment<int>.Empty;
                if (matched < 0 && (blocking is null || blocking[i] < 0))
                {
                    TakeTransliterated();
                }
                else if (matched == i && country < 0 && IsFoldedOnlyMatch(text, tokens[i], key, candidates)
                    && MatchTransliterated(doc, sentence, i, blocking, mentions, out int last, out _, out var found) && last == i)
                {
                    // "Swatów" folds to "swatow", an old name of Shantou: a match only by dropping Polish letters.
                    folded = candidates;
                    candidates = found;
                    transliterated = true;
                }

                // A PER or ORG span that a place cue introduces ("the town of Chasiv Yar", "heavy around Lysychansk",
                // "in the City of Starokonstinów"): the cue outweighs the recognizer when the name fills the span.
                if (matched < 0 && blocking is not null && blocking[i] >= 0 && CuedEntityLast(doc, sentence, i, blocking, mentions) is int entityLast and >= 0)
                {
                    int entity = blocking[i];
                    blocking.AsSpan(i, entityLast - i + 1).Fill(-1);
                    matched = Match(doc, sentence, i, buffer, blocking, out key, out candidates, out country);
                    if (matched < 0)
                    {
                        TakeTransliterated();
                    }

                    if (matched != entityLast || country >= 0)
                    {
                        matched = -1;
                        transliterated = false;
                        blocking.AsSpan(i, entityLast - i + 1).Fill(entity);
                    }
                }

                if (matched >= 0)
                {
                    var mention = NewMention(doc, si, i, matched + 1, key, candidates, country, inLoc, blocking);
                    mention.Transliterated = transliterated;
                    mention.FoldedCandidates = folded;
                    mentions.Add(mention);
                }

                i = matched >= 0 ? matched + 1 : i + 1;

                // The transliteration fallback's match, when there is one, replaces the failed exact lookup.
                void TakeTransliterated()
                {
                    if (MatchTransliterated(doc, sentence, i, blocking, mentions, out int last, out key, out var found))
                    {
                        matched = last;
                        candidates = found;
                        country = -1;
                        transliterated = true;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Longest gazetteer name or demonym starting at token <paramref name="i"/>; its last token index, or -1.
    /// With <paramref name="blocking"/>, tokens inside PER/ORG entities neither start nor continue a name.
    /// </summary>
    private int Match(Document doc, Sentence sentence, int i, char[] buffer, int[]? blocking,
        out string key, out ArraySegment<int> candidates, out int country)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        key = "";
        candidates = ArraySegment<int>.Empty;
        country = -1;
        if (blocking is not null && blocking[i] >= 0)
        {
            return -1;
        }

        var t = tokens[i];
        int firstLength = NameKey.Append(text.AsSpan(t.Start, t.Length), buffer, 0);
        if (firstLength == 0 || !_gazetteer.IsFirstWord(buffer.AsSpan(0, firstLength)))
        {
            return -1;
        }

        // Keys for i..j, built once, then tried longest first.
        Span<int> ends = stackalloc int[_gazetteer.MaxNameWords];
        int last = i;
        ends[0] = firstLength;
        int limit = Math.Min(sentence.EndToken, i + _gazetteer.MaxNameWords);
        for (int j = i + 1; j < limit; j++)
        {
            var tj = tokens[j];
            if (tj.Kind is not (TokenKind.Word or TokenKind.Number) || (blocking is not null && blocking[j] >= 0))
            {
                break;
            }

            int previous = ends[j - 1 - i];
            if (previous + tj.Length + 1 > buffer.Length)
            {
                break;
            }

            if (IsClitic(text, tj) && j + 1 < limit)
            {
                // "Donetsk People's Republic": the tokenizer splits the clitic, the key keeps "peoples".
                buffer[previous] = 's';
                ends[j - i] = previous + 1;
                last = j;
                continue;
            }

            bool capital = IsCapitalized(text, tj);
            if (!capital && !IsJoiner(text, tj))
            {
                break;
            }

            ends[j - i] = NameKey.Append(text.AsSpan(tj.Start, tj.Length), buffer, previous);
            last = j;
        }

        for (int j = last; j >= i; j--)
        {
            if (!IsCapitalized(text, tokens[j]))
            {
                continue;
            }

            var span = buffer.AsSpan(0, ends[j - i]);
            if (_gazetteer.TryGetCandidates(span, out candidates))
            {
                key = span.ToString();
                return j;
            }

            if (_gazetteer.TryGetDemonym(span, out int demonym))
            {
                key = span.ToString();
                country = demonym;
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// An adjectival form of a division's name before a designator: Ukrainian official names ("Sumska oblast",
    /// "Kharkivska oblast", "Odeska oblast"), Russian ones ("Belgorodskaya oblast") and English or machine-translated
    /// adjectives ("the Sumian region"). The suffix is dropped, a doubled final letter is undone, and a few name
    /// endings are tried until a key names a first-level division. An approximation: it knows no morphology.
    /// </summary>
    private bool MatchAdjectival(Document doc, Sentence sentence, int i, char[] buffer, out string key, out ArraySegment<int> candidates)
    {
        key = "";
        candidates = ArraySegment<int>.Empty;
        var text = doc.Text;
        var tokens = doc.Tokens;
        var t = tokens[i];
        if (i + 1 >= sentence.EndToken || t.Length < 5 || t.Length > 40 || t.Kind != TokenKind.Word
            || !PlaceWords.Designators.Contains(Lower(text, tokens[i + 1])))
        {
            return false;
        }

        int n = NameKey.Append(text.AsSpan(t.Start, t.Length), buffer, 0);
        var word = buffer.AsSpan(0, n);
        if (n < 5 || word.Contains(' ') || PlaceWords.StopLookup.Contains(word))
        {
            return false;
        }

        Span<char> probe = stackalloc char[48];
        foreach (var suffix in PlaceWords.AdjectivalSuffixes)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal) || word.Length - suffix.Length < 3)
            {
                continue;
            }

            var stem = word[..^suffix.Length];
            for (int undouble = 0; undouble < 2; undouble++)
            {
                if (undouble == 1)
                {
                    if (stem[^1] != stem[^2])
                    {
                        break;
                    }

                    stem = stem[..^1];
                }

                foreach (var ending in PlaceWords.NameEndings)
                {
                    stem.CopyTo(probe);
                    ending.CopyTo(probe[stem.Length..]);
                    var candidateKey = probe[..(stem.Length + ending.Length)];
                    if (_gazetteer.TryGetCandidates(candidateKey, out var found) && HasDivision(found))
                    {
                        key = candidateKey.ToString();
                        candidates = found;
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The transliteration fallback (see <see cref="TransliterationKey"/>): the longest run of up to three
    /// capitalized plain words from token <paramref name="i"/> whose key names a division or town of Ukraine, Russia
    /// or Belarus. Tried only where a place is expected (see <see cref="AfterTransliterationCue"/>), never inside a PER
    /// or ORG span, never on a word of the stoplist, and only for names of at least
    /// <see cref="MinTransliteratedLength"/> characters. The key is read the Polish way first, then the English way
    /// when the two differ ("ch", "rz").
    /// </summary>
    private bool MatchTransliterated(Document doc, Sentence sentence, int i, int[]? blocking, List<Mention> mentions,
        out int last, out string key, out ArraySegment<int> candidates)
    {
        last = -1;
        key = "";
        candidates = ArraySegment<int>.Empty;
        var text = doc.Text;
        var tokens = doc.Tokens;
        if (!AfterTransliterationCue(doc, sentence, i, mentions) || !IsTransliterationCandidate(text, tokens[i]))
        {
            return false;
        }

        int end = i;
        while (end + 1 < sentence.EndToken && end + 1 < i + MaxTransliteratedWords && IsTransliterationCandidate(text, tokens[end + 1])
            && tokens[end + 1].Start > tokens[end].End && (blocking is null || blocking[end + 1] < 0))
        {
            end++;
        }

        Span<char> tkey = stackalloc char[TransliterationKey.MaxLength];
        Span<char> word = stackalloc char[TransliterationKey.MaxLength + 1];
        for (int j = end; j >= i; j--)
        {
            var span = text.AsSpan(tokens[i].Start, tokens[j].End - tokens[i].Start);
            if (span.Length < MinTransliteratedLength || span.Length > TransliterationKey.MaxLength)
            {
                continue;
            }

            if (j == i && PlaceWords.StopLookup.Contains(word[..NameKey.Append(span, word, 0)]))
            {
                return false;
            }

            int n = TransliterationKey.Of(span, tkey, polish: true);
            if (!_gazetteer.TryGetTransliterated(tkey[..n], out var found)
                && !((span.Contains("ch", StringComparison.OrdinalIgnoreCase) || span.Contains("rz", StringComparison.OrdinalIgnoreCase))
                    && _gazetteer.TryGetTransliterated(tkey[..TransliterationKey.Of(span, tkey, polish: false)], out found)))
            {
                // A garbled respelling one edit from a single large town or division ("Siewierodoniec").
                if (j != i || !_gazetteer.TryGetTransliteratedNear(tkey[..TransliterationKey.Of(span, tkey, polish: true)], out int near))
                {
                    continue;
                }

                found = new ArraySegment<int>([near]);
            }

            last = j;
            key = NameKey.Of(span.ToString());
            candidates = found;
            return true;
        }

        return false;
    }

    /// <summary>
    /// The last token of the PER/ORG entity at token <paramref name="i"/> when a place cue comes right before it (see
    /// <see cref="AfterTransliterationCue"/>) and the entity starts at token <paramref name="i"/>, or at the settlement
    /// word of "City of X"; -1 otherwise.
    /// </summary>
    private static int CuedEntityLast(Document doc, Sentence sentence, int i, int[] blocking, List<Mention> mentions)
    {
        var tokens = doc.Tokens;
        var e = doc.Entities[blocking[i]].Span;
        bool starts = e.Start == tokens[i].Start
            || (i - 2 >= sentence.FirstToken && e.Start == tokens[i - 2].Start && Lower(doc.Text, tokens[i - 1]) == "of"
                && PlaceWords.SettlementsBeforeOf.Contains(Lower(doc.Text, tokens[i - 2])));
        if (!starts || !AfterTransliterationCue(doc, sentence, i, mentions))
        {
            return -1;
        }

        int last = i;
        while (last + 1 < sentence.EndToken && blocking[last + 1] == blocking[i])
        {
            last++;
        }

        return tokens[last].End == e.End ? last : -1;
    }

    /// <summary>A capitalized word of letters only, not all capitals (headline words are too noisy to respell).</summary>
    private static bool IsTransliterationCandidate(string text, Token t)
        => t.Kind == TokenKind.Word && t.Length >= 2 && IsCapitalized(text, t) && !IsAllCaps(text, t) && IsPlainWord(text, t);

    /// <summary>
    /// Token <paramref name="i"/> follows a preposition of place ("in", "near", "from" ..., with or without "the"),
    /// "of" after a word for a settlement ("the village of", "the outskirts of"), or "and" or a comma after a place
    /// ("in Bakhmut and Avdivka").
    /// </summary>
    private static bool AfterTransliterationCue(Document doc, Sentence sentence, int i, List<Mention> mentions)
    {
        var text = doc.Text;
        if (i - 2 >= sentence.FirstToken && mentions.Count > 0 && mentions[^1].End == i - 1 && !mentions[^1].IsDemonym
            && Lower(text, doc.Tokens[i - 1]) is "and" or ",")
        {
            return true;
        }

        // Every cue is a lower-case word: most tokens before a capitalized word are not, and need no lookup.
        int p = i - 1;
        if (p < sentence.FirstToken || !char.IsAsciiLetterLower(text[doc.Tokens[p].Start]))
        {
            return false;
        }

        if (p > sentence.FirstToken && Lower(text, doc.Tokens[p]) == "the")
        {
            p--;
            if (!char.IsAsciiLetterLower(text[doc.Tokens[p].Start]))
            {
                return false;
            }
        }

        var word = Lower(text, doc.Tokens[p]);
        return PlaceWords.TransliterationCues.Contains(word)
            || (word == "of" && p > sentence.FirstToken && PlaceWords.SettlementsBeforeOf.Contains(Lower(text, doc.Tokens[p - 1])));
    }

    /// <summary>
    /// A one-word match that only folding found: the word carries a Polish letter (ą ć ę ł ń ó ś ź ż), every
    /// gazetteer name with its key is plain ASCII, and none of its features lies where the fallback reaches.
    /// </summary>
    private bool IsFoldedOnlyMatch(string text, Token t, string key, ArraySegment<int> candidates)
    {
        if (t.Length < MinTransliteratedLength || text.AsSpan(t.Start, t.Length).IndexOfAny(PolishLetters) < 0 || !_gazetteer.IsAsciiOnlyName(key))
        {
            return false;
        }

        foreach (int c in candidates)
        {
            if (Gazetteer.TransliteratedCountries.Contains(_gazetteer[c].Country))
            {
                return false;
            }
        }

        return true;
    }

    private bool HasDivision(ArraySegment<int> candidates)
    {
        foreach (int c in candidates)
        {
            if (_gazetteer[c].Level == FeatureLevel.Admin1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A capitalized word no gazetteer name matches, placed by its context: after "in", "near", "from" ... and
    /// before "in (central|eastern ...) COUNTRY-OR-DIVISION" ("near Dnieper in central Ukraine"). Such a word is
    /// a town of that country spelt another way (a transliteration or a translation's rendering), so it takes the
    /// nearest name of a town there, within one edit for short words and two for longer ones, and the context
    /// mention becomes its container. Mentions stay in text order.
    /// </summary>
    private void FindNearNames(Document doc, char[] buffer, List<Mention> mentions)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        for (int k = 0; k < mentions.Count; k++)
        {
            var container = mentions[k];
            if (container.IsDemonym || container.Candidates.Count == 0 || _gazetteer[container.Candidates[0]].Level > FeatureLevel.Admin1)
            {
                continue;
            }

            var sentence = doc.Sentences[container.Sentence];
            int t = container.First - 1;
            if (t > sentence.FirstToken && Lower(text, tokens[t]) == "the")
            {
                t--;
            }

            int directions = 0;
            while (t > sentence.FirstToken && directions < 3 && (PlaceWords.Directions.Contains(Lower(text, tokens[t])) || IsHyphen(text, tokens[t])))
            {
                t--;
                directions++;
            }

            if (t - 2 < sentence.FirstToken || Lower(text, tokens[t]) != "in")
            {
                continue;
            }

            int word = t - 1;
            var w = tokens[word];
            if (w.Kind != TokenKind.Word || !IsCapitalized(text, w) || IsAllCaps(text, w) || !IsPlainWord(text, w) || w.Length < 5 || w.Length > 40
                || !PlaceWords.NearNamePrepositions.Contains(Lower(text, tokens[word - 1]))
                || (k > 0 && mentions[k - 1].Sentence == container.Sentence && mentions[k - 1].End > word) || (doc.Entities.Count > 0 && InEntity(doc, w)))
            {
                continue;
            }

            int n = NameKey.Append(text.AsSpan(w.Start, w.Length), buffer, 0);
            var key = buffer.AsSpan(0, n);
            if (PlaceWords.StopLookup.Contains(key) || _gazetteer.IsFirstWord(key) || _gazetteer.TryGetDemonym(key, out _))
            {
                continue;
            }

            var country = _gazetteer[container.Candidates[0]].Country;
            if (!_gazetteer.TryFindNearName(key, n >= 7 ? 2 : 1, country, out var found, out var candidates))
            {
                continue;
            }

            var m = NewMention(doc, container.Sentence, word, word + 1, found, candidates, -1, null, null);
            m.Container = container;
            mentions.Insert(k, m);
            k++;
        }
    }

    private static bool InEntity(Document doc, Token t)
    {
        foreach (var e in doc.Entities)
        {
            if (e.Span.Start < t.End && t.Start < e.Span.End && e.Type is EntityTypes.Person or EntityTypes.Organization)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHyphen(string text, Token t) => t.Length == 1 && text[t.Start] is '-' or '‑' or '–';

    /// <summary>
    /// Whether a gazetteer match at tokens first..last stands although PER/ORG entities overlap it. The NER
    /// tags countries as actors ORG ("US support", "the PRC threatens") and mistags heads of long names
    /// ("National Security Council and Defense of Ukraine ..."), so a name whose best reading is a country, a
    /// first-level division or a national capital stands against an ORG span (the stage's own organization
    /// rules still apply) and against a PER span with exactly its boundaries; a town name inside a PER/ORG
    /// span ("Danilov", "Kyiv Independent") stays suppressed.
    /// </summary>
    private bool KeepDespiteEntity(Document doc, int[] blocking, int first, int last, ArraySegment<int> candidates, int country)
    {
        bool overlaps = false;
        for (int t = first; t <= last; t++)
        {
            overlaps |= blocking[t] >= 0;
        }

        if (!overlaps)
        {
            return true;
        }

        if (country >= 0 || candidates.Count == 0)
        {
            return false;
        }

        var best = _gazetteer[candidates[0]];
        if (!(best.Level is FeatureLevel.Country or FeatureLevel.Admin1 || best.IsCapital))
        {
            return false;
        }

        var tokens = doc.Tokens;
        for (int t = first; t <= last; t++)
        {
            if (blocking[t] < 0)
            {
                continue;
            }

            var e = doc.Entities[blocking[t]];
            bool exact = e.Span.Start == tokens[first].Start && e.Span.End == tokens[last].End;
            if (e.Type == EntityTypes.Person && !exact)
            {
                return false;
            }
        }

        return true;
    }

    private static Mention NewMention(Document doc, int sentence, int first, int end, string key, ArraySegment<int> candidates, int demonym, bool[]? inLoc, int[]? blocking)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        var s = doc.Sentences[sentence];
        var m = new Mention(sentence, first, end, key, candidates, demonym)
        {
            SpanEnd = tokens[end - 1].End,
        };

        SetInLoc(m, doc, end, inLoc);
        if (demonym >= 0)
        {
            return m;
        }

        int lastSpace = key.LastIndexOf(' ');
        if (lastSpace > 0 && PlaceWords.Designators.Contains(key[(lastSpace + 1)..]))
        {
            m.Designated = true;
        }

        if (end < s.EndToken)
        {
            var next = tokens[end];
            var nextWord = Lower(text, next);
            if (next.Start == tokens[end - 1].End && text[next.Start] == '-')
            {
                // "U.S.-based": part of a compound modifier, not a mention of the place.
                m.PartOfName = true;
            }
            else if (nextWord is "’s" or "'s")
            {
                m.Possessive = true;
                if (end + 1 < s.EndToken && PlaceWords.CityParts.Contains(Lower(text, tokens[end + 1])))
                {
                    // "Kyiv's mayor", "Kharkiv's streets".
                    m.CityCue = true;
                }
            }
            else if (PlaceWords.Designators.Contains(nextWord))
            {
                m.Designated = true;
                m.Plural = nextWord.EndsWith('s');
                m.SpanEnd = next.End;
                m.DesignatorEnd = end + 1;
                SetInLoc(m, doc, m.DesignatorEnd, inLoc);
            }
            else if (nextWord == "city")
            {
                m.CityCue = true;
            }
            else if (PlaceWords.OrganizationHeads.Contains(nextWord))
            {
                m.PartOfName = true;
            }
            else if (next.Kind == TokenKind.Word && IsCapitalized(text, next) && !IsAllCaps(text, next) && IsPlainWord(text, next)
                && !PlaceWords.AfterPlace.Contains(nextWord)
                && !(blocking is not null && blocking[end] >= 0 && blocking[end] != blocking[end - 1]))
            {
                // "Vladimir Putin", "Volodymyr Zelensky": a lone name before a capitalized word reads as a first name,
                // unless the recognizer starts a person or organization at that word, leaving the name out of it.
                m.BeforeCapitalized = true;
            }
        }

        int space = key.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && PlaceWords.PersonTitles.Contains(key[..space]))
        {
            m.TitleFirst = true;
        }

        if (end - first == 1 && key == "us" && first > s.FirstToken && IsAllCaps(text, tokens[first - 1]) && tokens[first - 1].Kind == TokenKind.Word
            && !PlaceWords.PlacePrepositions.Contains(Lower(text, tokens[first - 1])))
        {
            // "JOIN US ON TELEGRAM": in an all-caps line, "US" after a verb is the pronoun.
            m.PartOfName = true;
        }

        m.AllCaps = IsAllCaps(text, tokens[first]) && tokens[first].Length > 2;
        m.Initial = first == s.FirstToken || (first == s.FirstToken + 1 && tokens[s.FirstToken].Kind == TokenKind.Punctuation);
        if (first > s.FirstToken)
        {
            var prev = tokens[first - 1];
            var prevWord = Lower(text, prev);
            m.Preposition = PlaceWords.PlacePrepositions.Contains(prevWord)
                || (prevWord == "the" && first - 2 >= s.FirstToken && PlaceWords.PlacePrepositions.Contains(Lower(text, tokens[first - 2])));
            string prev2Word = first - 2 >= s.FirstToken ? Lower(text, tokens[first - 2]) : "";
            if (prevWord == "of" && (PlaceWords.TitlesOf.Contains(prev2Word) || PlaceWords.NamedAfterPlace.Contains(prev2Word)))
            {
                // "the Duchess of Edinburgh", "the University of Belgrade".
                m.PartOfName = true;
            }

            if (IsCapitalized(text, prev) && PlaceWords.OrganizationHeads.Contains(prevWord))
            {
                // "BBC News India".
                m.PartOfName = true;
            }

            if (prevWord == "of" && PlaceWords.DivisionsBeforeOf.Contains(prev2Word))
            {
                // "the regions of Luhansk and Donetsk", "the self-declared republics of Donetsk and Luhansk" (the DPR/LPR).
                m.Designated = true;
                m.Plural = prev2Word.EndsWith('s');
                m.RepublicOf = prev2Word == "republics";
            }

            if (PlaceWords.CityCues.Contains(prevWord) || PlaceWords.CityCuesBefore.Contains(prevWord)
                || (prevWord == "of" && (PlaceWords.CityCues.Contains(prev2Word) || PlaceWords.CityParts.Contains(prev2Word))))
            {
                m.CityCue = true;
            }

            // "the head of the Kharkiv region", "governor of Kursk region": the division names an office.
            string ofWord = prevWord == "the" && first - 3 >= s.FirstToken ? prev2Word : prevWord;
            int officeAt = prevWord == "the" ? first - 3 : first - 2;
            if (m.Designated && ofWord == "of" && officeAt >= s.FirstToken && PlaceWords.RegionOffices.Contains(Lower(text, tokens[officeAt])))
            {
                m.RegionAsOffice = true;
            }

            // "President Duda", "Mr Putin": a title right before a lone name.
            if (IsCapitalized(text, prev) && PlaceWords.PersonTitlesBefore.Contains(prevWord))
            {
                m.AfterCapitalized = true;
            }

            // "Lloyd Austin": a capitalized ordinary word right before a lone name reads as a first name, unless
            // its capital only marks the start of the sentence ("Meanwhile Kharkiv ...", "Mayor Lviv ..."): a
            // sentence-initial first name is left to the recognizer's PER spans, which block towns inside them.
            bool prevInitial = first - 1 == s.FirstToken
                || (first - 2 == s.FirstToken && tokens[s.FirstToken].Kind is TokenKind.Punctuation or TokenKind.Symbol);
            if (!m.Initial && !prevInitial && prev.Kind == TokenKind.Word && IsCapitalized(text, prev) && !IsAllCaps(text, prev)
                && !PlaceWords.Stop.Contains(prevWord) && IsPlainWord(text, prev))
            {
                m.AfterCapitalized = true;
            }

            for (int k = first - 1; k >= Math.Max(s.FirstToken, first - 5); k--)
            {
                if (PlaceWords.Near.Contains(Lower(text, tokens[k])))
                {
                    m.Near = true;
                    break;
                }
            }
        }

        // "Kharkiv region governor", "the Kursk region's governor", "Kharkiv Oblast Administration".
        int after = m.DesignatorEnd > 0 ? m.DesignatorEnd : end;
        if (m.Designated && after < s.EndToken)
        {
            var afterWord = Lower(text, tokens[after]);
            if (afterWord is "’s" or "'s" && after + 1 < s.EndToken)
            {
                afterWord = Lower(text, tokens[after + 1]);
            }

            m.RegionAsOffice |= PlaceWords.RegionOffices.Contains(afterWord);
        }

        return m;
    }

    /// <summary>
    /// A recognizer LOC span supports the name only when it ends where the name (or its designator) ends, or goes
    /// on with a word for something in the place ("Millerovo Airfield", "Kyiv Embassy"): a span that goes on
    /// otherwise ("Nord Stream", "Chatham House") names something else, of which the gazetteer knows the first word.
    /// </summary>
    private static void SetInLoc(Mention m, Document doc, int after, bool[]? inLoc)
        => m.InLoc = inLoc is not null && inLoc[m.First]
            && (after >= doc.Tokens.Count || !inLoc[after] || PlaceWords.AfterPlace.Contains(Lower(doc.Text, doc.Tokens[after])));

    /// <summary>Coordination ("Donetsk and Luhansk regions") and containment links between neighbouring mentions.</summary>
    private static void Link(Document doc, List<Mention> mentions)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        for (int k = mentions.Count - 2; k >= 0; k--)
        {
            var a = mentions[k];
            var b = mentions[k + 1];
            if (a.Sentence != b.Sentence || a.IsDemonym || b.IsDemonym)
            {
                continue;
            }

            int gapStart = a.DesignatorEnd > 0 ? a.DesignatorEnd : a.End;
            int gap = b.First - gapStart;
            if (b.Designated && b.Plural && !a.Designated && gap == 1 && Lower(text, tokens[gapStart]) is "and" or ",")
            {
                a.Designated = true;
                a.Plural = true;
            }

            // A respelt name (transliteration fallback) is too uncertain to place another one.
            if (a.Possessive && gap == 1)
            {
                if (!a.Transliterated)
                {
                    b.Container = a;
                }

                continue;
            }

            if (b.Transliterated)
            {
                continue;
            }

            // "Pokrovsk in Russia's Sakha Republic": the container is the division the possessive introduces.
            if (b.Possessive && k + 2 < mentions.Count && ReferenceEquals(mentions[k + 2].Container, b) && !mentions[k + 2].IsDemonym)
            {
                int g2 = b.First - gapStart;
                if (g2 is >= 1 and <= 2 && Lower(text, tokens[gapStart]) is "in" or ",")
                {
                    a.Container = mentions[k + 2];
                    continue;
                }
            }

            if (gap is >= 1 and <= 3)
            {
                bool linking = true;
                for (int g = gapStart; g < b.First; g++)
                {
                    if (Lower(text, tokens[g]) is not ("," or "in" or "the" or "of"))
                    {
                        linking = false;
                        break;
                    }
                }

                if (linking && (Lower(text, tokens[gapStart]) is "," or "in" || gap == 1))
                {
                    a.Container = b;
                }
            }
        }
    }

    /// <summary>"the regions of Luhansk and Donetsk": a plural designator before the first name covers the rest.</summary>
    private static void LinkForward(Document doc, List<Mention> mentions)
    {
        for (int k = 0; k + 1 < mentions.Count; k++)
        {
            var a = mentions[k];
            var b = mentions[k + 1];
            if (a.Sentence == b.Sentence && !a.IsDemonym && !b.IsDemonym && a.Designated && a.Plural && a.DesignatorEnd == 0
                && IsCoordination(doc, a.End, b.First))
            {
                b.Designated = true;
                b.Plural = true;
                b.RepublicOf = a.RepublicOf;
            }
        }
    }

    /// <summary>Tokens from..to-1 join two names: "and" or ",", optionally after a short parenthesis ("Donetsk (DPR) and Luhansk").</summary>
    private static bool IsCoordination(Document doc, int from, int to)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        if (to - from >= 3 && text[tokens[from].Start] == '(' && tokens[from].Length == 1)
        {
            int close = from + 1;
            while (close < to - 1 && close <= from + 4 && !(tokens[close].Length == 1 && text[tokens[close].Start] == ')'))
            {
                close++;
            }

            if (tokens[close].Length != 1 || text[tokens[close].Start] != ')')
            {
                return false;
            }

            from = close + 1;
        }

        return to - from == 1 && Lower(text, tokens[from]) is "and" or ",";
    }

    /// <summary>Per token: the index of the PER/ORG entity covering it (-1 for none), and whether a LOC entity covers it.</summary>
    private static (int[]? Blocking, bool[]? InLoc) EntityMasks(Document doc)
    {
        if (doc.Entities.Count == 0)
        {
            return (null, null);
        }

        var blocking = new int[doc.Tokens.Count];
        Array.Fill(blocking, -1);
        var inLoc = new bool[doc.Tokens.Count];
        for (int ei = 0; ei < doc.Entities.Count; ei++)
        {
            var e = doc.Entities[ei];
            bool isLoc = e.Type == EntityTypes.Location;
            bool isBlocking = e.Type is EntityTypes.Person or EntityTypes.Organization;
            if (!isLoc && !isBlocking)
            {
                continue;
            }

            int t = TokenSearch.FirstEndingAfter(doc.Tokens, e.Span.Start);
            for (; t < doc.Tokens.Count && doc.Tokens[t].Start < e.Span.End; t++)
            {
                if (isLoc)
                {
                    inLoc[t] = true;
                }
                else
                {
                    blocking[t] = ei;
                }
            }
        }

        return (blocking, inLoc);
    }

    internal static bool IsCapitalized(string text, Token t) => t.Length > 0 && char.IsUpper(text[t.Start]);

    private static bool IsAllCaps(string text, Token t)
    {
        foreach (char c in text.AsSpan(t.Start, t.Length))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlainWord(string text, Token t)
    {
        foreach (char c in text.AsSpan(t.Start, t.Length))
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsClitic(string text, Token t)
        => t.Length == 2 && text[t.Start + 1] is 's' && text[t.Start] is '\'' or '’';

    private static bool IsJoiner(string text, Token t)
        => t.Length <= 4 && PlaceWords.NameJoiners.Contains(Lower(text, t));

    /// <summary>Lower-cased token text when a closed word list holds it, else "" (no allocation).</summary>
    private static string Lower(string text, Token t) => t.Length > 24 ? "" : PlaceWords.Lower(text.AsSpan(t.Start, t.Length));

    internal sealed class Mention(int sentence, int first, int end, string key, ArraySegment<int> candidates, int demonym)
    {
        public int Sentence { get; } = sentence;

        public int First { get; } = first;

        /// <summary>Token index after the name (before any designator).</summary>
        public int End { get; } = end;

        public string Key { get; } = key;

        public ArraySegment<int> Candidates { get; set; } = candidates;

        /// <summary>Found by the transliteration fallback: its candidates must lie in a country the article names, unless there is one.</summary>
        public bool Transliterated { get; set; }

        /// <summary>For a transliterated mention that also matched by folding ("Swatów" → Shantou): those candidates, the reading if the fallback's fails.</summary>
        public ArraySegment<int> FoldedCandidates { get; set; } = ArraySegment<int>.Empty;

        /// <summary>Country feature index when the mention is a demonym ("Russian"), else -1.</summary>
        public int Demonym { get; } = demonym;

        public bool IsDemonym => Demonym >= 0;

        public int SpanEnd { get; set; }

        /// <summary>Token index after the designator ("region"), or 0 when there is none.</summary>
        public int DesignatorEnd { get; set; }

        public bool Designated { get; set; }

        public bool Plural { get; set; }

        /// <summary>Designated by "the republics of X" (the DPR/LPR): a division, but later bare uses stay towns.</summary>
        public bool RepublicOf { get; set; }

        public bool Possessive { get; set; }

        public bool CityCue { get; set; }

        /// <summary>A designated division naming an office ("the head of the Kharkiv region"): it does not make later bare uses the division.</summary>
        public bool RegionAsOffice { get; set; }

        public bool PartOfName { get; set; }

        public bool Initial { get; set; }

        public bool Preposition { get; set; }

        public bool AfterCapitalized { get; set; }

        public bool BeforeCapitalized { get; set; }

        /// <summary>The name starts with a title ("Prince Edward"): a person unless a preposition makes it a place.</summary>
        public bool TitleFirst { get; set; }

        /// <summary>Written in capitals ("MINSK", a headline word): only large places count.</summary>
        public bool AllCaps { get; set; }

        public bool Near { get; set; }

        public bool InLoc { get; set; }

        public Mention? Container { get; set; }

        public int Chosen { get; set; } = -1;

        /// <summary>Accepted as a place mention (see Resolver.Accept).</summary>
        public bool Accepted { get; set; }

        /// <summary>Resolved to the division because the article named "the X region" earlier.</summary>
        public bool RegionByEarlierMention { get; set; }

        public bool SingleWord => !Key.Contains(' ', StringComparison.Ordinal);
    }
}

public static class PlacesExtensions
{
    public static PipelineBuilder UsePlaces(this PipelineBuilder builder, PlacesOptions? options = null)
        => builder.Use(new PlacesStage(options));
}

using Sitrep.Pipeline;

namespace Sitrep.Events;

/// <summary>
/// The hook of the learned sentence proposer (docs/events.md, "Learned sentence proposer"): after the rules drafted a
/// sentence, classes the model proposes and the rules did not draft there become drafts of their own, with trigger,
/// roles, place, date and the rest filled by the same code paths as rule drafts.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>Classes the rules drafted in earlier sentences (bit i: <c>EventClasses.All[i]</c>).</summary>
    private ulong _earlierRuleClasses;

    /// <summary>Classes the model has proposed in this document: one proposal per class and document at most.</summary>
    private ulong _proposedClasses;

    private IEventSentenceScorer? Scorer => options.SentenceScorer ?? (options.UseSentenceModel ? EventSentenceModel.Shared : null);

    private void ProposeFromModel(int s, Sentence sentence, bool mentionsFound)
    {
        var scorer = Scorer;
        if (scorer is null)
        {
            return;
        }

        ulong rule = 0;
        foreach (var d in _sentenceDrafts)
        {
            if (EventSentenceModel.ClassIndex.TryGetValue(d.Class, out int c))
            {
                rule |= 1UL << c;
            }
        }

        var input = new SentenceInput
        {
            Doc = doc,
            Index = s,
            Lexicon = _lexicon,
            RuleClasses = rule,
            EarlierRuleClasses = _earlierRuleClasses,
            Entities = _entities.StartingIn(sentence.Span),
            Times = _times.StartingIn(sentence.Span),
            Places = _places.StartingIn(sentence.Span),
            Quotes = _quotes.StartingIn(sentence.Span),
            Attributions = _attributions.StartingIn(sentence.Span),
        };
        _earlierRuleClasses |= rule;

        // Nothing left to ask (every statement class drafted here or already proposed): no need to score.
        if ((input.Asked & ~_proposedClasses) == 0)
        {
            return;
        }

        Span<float> margins = stackalloc float[EventSentenceModel.Labels.Length];
        if (!scorer.Score(input, margins))
        {
            return;
        }

        for (int c = 0; c < margins.Length; c++)
        {
            ulong bit = 1UL << c;
            if (margins[c] <= 0 || (input.Asked & bit) == 0 || (_proposedClasses & bit) != 0)
            {
                continue;
            }

            _proposedClasses |= bit;
            var eventClass = EventSentenceModel.Labels[c];
            int t = ProposedTrigger(sentence, out bool asVerb);
            if (!mentionsFound)
            {
                ActorMentions.Find(doc, sentence, _lexicon, _mentions, _entities.StartingIn(sentence.Span));
                mentionsFound = true;
            }

            var draft = new Draft(eventClass, s, sentence.Span)
            {
                Trigger = doc.Tokens[t].Span,
                Stem = Stem(Word(t)),
                Anaphoric = IsAnaphoric(sentence, t, asVerb),
                Definite = !asVerb && t > sentence.FirstToken && Word(t - 1).Equals("the", StringComparison.OrdinalIgnoreCase),
            };
            _sentenceDrafts.Add(draft);
            AssignRoles(draft, sentence, t, asVerb);
        }
    }

    /// <summary>The token standing for a proposed event: the first full verb of the sentence ("has blasted Russia's war"), else its first word.</summary>
    private int ProposedTrigger(Sentence sentence, out bool asVerb)
    {
        int firstWord = -1;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = doc.Tokens[t];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            if (token.Pos is { } pos && pos.StartsWith("VB", StringComparison.Ordinal) && !Auxiliaries.Contains(Word(t)))
            {
                asVerb = true;
                return t;
            }

            if (firstWord < 0)
            {
                firstWord = t;
            }
        }

        asVerb = false;
        return Math.Max(firstWord, sentence.FirstToken);
    }
}

using ClaimCheck.Extraction.Cues;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// A noun phrase that opens a sentence and runs straight into a finite say, tell, show or find is that cue's source,
/// known noun or not: "A producer for the studio told reporters ...", "Each side said ...". The
/// mention scanner knows only listed role nouns; here the position (determiner first, cue next,
/// no comma or verb between) says the phrase is a subject. Only sentence starts are used, where
/// no earlier clause can own the cue.
/// </summary>
internal static class SubjectSources
{
    /// <summary>A subject phrase is at most this many tokens; longer runs are clauses.</summary>
    private const int MaxTokens = 10;

    // Words that open a noun phrase; a phrase opened otherwise may be anything.
    private static readonly WordSet Openers = new(["a", "an", "the", "each", "every", "one", "some", "many", "most", "several", "both", "all", "few", "other", "another", "his", "her", "their", "its", "our",
        "half", "two-thirds", "one-third", "three-quarters", "nearly", "almost", "roughly", "about", "more", "fewer"]);

    // "At least half of voters ...": the pair opens a quantity, as a determiner does.
    private static bool AtLeast(SegmentedText text, int t) =>
        t + 1 < text.TokenArray.Length && text.TextOf(text.TokenArray[t]).Equals("at", StringComparison.OrdinalIgnoreCase)
        && text.TextOf(text.TokenArray[t + 1]) is "least" or "most";

    public static IReadOnlyList<Mention> Add(SegmentedText text, IReadOnlyList<Mention> mentions, CueLexicon cues, WordSet verbs, IReadOnlyList<TextSpan> exclude)
    {
        var tokens = text.TokenArray;
        List<Mention>? added = null;
        foreach (var sentence in text.SentenceArray)
        {
            int first = sentence.FirstToken;

            // "But a spokesman for the agency said ...": a conjunction opening the sentence leaves its subject first.
            if (first + 1 < sentence.EndToken && tokens[first].Kind == TokenKind.Word && text.TextOf(tokens[first]) is "But" or "And" or "Yet")
            {
                first++;
            }
            if (first >= sentence.EndToken || tokens[first].Kind is not (TokenKind.Word or TokenKind.Number) || Excluded(exclude, tokens[first].Start))
            {
                continue;
            }

            // Evidence needs no determiner ("Polls in the state show ...", "New filings show ..."): people
            // are named, so a bare phrase before "said" is most often a clause, not a subject.
            bool opened = tokens[first].Kind == TokenKind.Number || Openers.Contains(text.TextOf(tokens[first])) || AtLeast(text, first);

            int end = first + 1;
            bool cueAtEnd = false;
            CueForm form = default;
            while (end < sentence.EndToken && end - first <= MaxTokens && tokens[end].Kind is TokenKind.Word or TokenKind.Number
                && !(cueAtEnd = cues.TryMatch(text, end, out form, out _)) && !verbs.Contains(text.TextOf(tokens[end]))
                && !CueGuard.IsNegatedContraction(text.TextOf(tokens[end])))
            {
                end++;
            }

            // The phrase needs a head after its determiner, and a finite verb of saying right after it
            // (when the scan stopped at a cue, that match is the one asked for again here).
            if (end == first + 1 || end - first > MaxTokens || end >= sentence.EndToken
                || !(cueAtEnd || cues.TryMatch(text, end, out form, out _)) || form.IsParticiple || form.Entry.QuoteOnly || form.Entry.ExplicitOnly
                || form.Entry.Lemma is not ("say" or "tell" or "show" or "find")
                || (!opened && form.Entry.Lemma is not "show"))
            {
                continue;
            }

            PhraseMentions.AddAnonymous(text, mentions, first, end, ref added);
        }

        return PhraseMentions.Merge(mentions, added);
    }

    private static bool Excluded(IReadOnlyList<TextSpan> exclude, int position)
    {
        // Indexed, not foreach: over the interface an enumerator was allocated for every sentence.
        for (int i = 0; i < exclude.Count; i++)
        {
            if (position >= exclude[i].Start && position < exclude[i].End)
            {
                return true;
            }
        }

        return false;
    }
}

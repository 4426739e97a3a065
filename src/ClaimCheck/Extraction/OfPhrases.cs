using ClaimCheck.Extraction.Cues;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// An "of" phrase that completes a speaker: "Representative Ann Lee of New York said", "said Mr. Dunn
/// of the Sierra Club.", "Seventy percent of registered voters said". Only where a cue right after the
/// phrase, or a cue before the name with the sentence (or a comma) right after the phrase, shows that
/// the whole is the speaker.
/// </summary>
internal static class OfPhrases
{
    /// <summary>At most this many words follow "of".</summary>
    private const int MaxWords = 6;

    private static readonly WordSet Shares = new(["percent", "majority", "half", "third", "two-thirds", "quarter", "plurality", "most", "many", "some", "none", "all"]);

    public static Mention? Extend(SegmentedText text, Mention a, CueLexicon cues, WordSet verbs)
    {
        var tokens = text.TokenArray;
        int of = a.EndToken;
        if (of + 1 >= tokens.Length || !text.TextOf(tokens[of]).Equals("of", StringComparison.Ordinal) || !SameSentence(text, of, of + 1))
        {
            return null;
        }

        bool person = a.Type == EntityType.Person && a.Kind == MentionKind.Name;
        bool share = !person && Shares.Contains(text.TextOf(tokens[of - 1]));
        if (!person && !share)
        {
            return null;
        }

        int sentenceEnd = text.SentenceArray[text.SentenceAt(tokens[of].Start)].EndToken;
        int t = of + 1;
        if (t < sentenceEnd && text.TextOf(tokens[t]) is "the" or "The")
        {
            t++;
        }

        int first = t;
        while (t < sentenceEnd && t - first < MaxWords && tokens[t].Kind == TokenKind.Word
            && (person ? char.IsUpper(text.Source.Text[tokens[t].Start]) : cues.UsedOtherwise(text, t) || (!cues.TryMatch(text, t, out _, out _) && !verbs.Contains(text.TextOf(tokens[t])))))
        {
            t++;
        }

        if (t == first || t >= sentenceEnd)
        {
            return !person || t == first ? null : After(text, a, t, sentenceEnd, cues);
        }

        bool cueNext = cues.TryMatch(text, t, out var form, out _) && !form.IsParticiple;
        return cueNext ? a with { Span = new TextSpan(a.Span.Start, tokens[t - 1].End), EndToken = t } : person ? After(text, a, t, sentenceEnd, cues) : null;
    }

    /// <summary>"said Mr. Dunn of the Sierra Club." / "said Rep. Ann Lee of Maine, the ranking Democrat.": a cue before the name, the sentence end or a comma after the phrase.</summary>
    private static Mention? After(SegmentedText text, Mention a, int t, int sentenceEnd, CueLexicon cues)
    {
        var tokens = text.TokenArray;
        bool closes = t >= sentenceEnd || tokens[t].Kind is TokenKind.Terminal or TokenKind.Quote
            || (tokens[t].Kind == TokenKind.Punctuation && text.Source.Text[tokens[t].Start] == ',');
        return closes && CompoundSources.CuePrecedes(text, a.FirstToken, cues)
            ? a with { Span = new TextSpan(a.Span.Start, tokens[t - 1].End), EndToken = t }
            : null;
    }

    private static bool SameSentence(SegmentedText text, int a, int b) =>
        text.SentenceAt(text.TokenArray[a].Start) == text.SentenceAt(text.TokenArray[b].Start);
}

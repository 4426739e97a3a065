using ClaimCheck.Extraction.Cues;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// The words that stand between a quotation and its verb of saying name the speaker, known to the
/// mention scanner or not: '"...," Ruiz said', '"...," the 46-year-old said', '"...," added a Texas
/// Democrat'. Position alone says it: nothing but a subject stands between a quote's closing mark and
/// a finite "said", or after "said" that follows the quote up to the clause end. Each phrase is added
/// as a mention at its first word; a name inside it keeps its name (the phrase is its role).
/// </summary>
internal static class QuoteSidePhrases
{
    /// <summary>A speaker phrase beside a quote is at most this many tokens; longer runs are clauses.</summary>
    private const int MaxTokens = 8;

    // Words that open a noun phrase without a capital: "the 46-year-old", "a Texas Democrat".
    private static readonly WordSet Openers = new(["a", "an", "the", "one", "another", "his", "her", "their", "its", "our", "my", "this", "that", "some", "two", "three", "several"]);

    // Words that never stand in a speaker phrase: adverbs of the verb group, pronouns, prepositions, time words.
    private static readonly WordSet Stops = new(["also", "later", "then", "again", "once", "now", "still", "just", "further", "previously", "recently", "reportedly",
        "allegedly", "apparently", "has", "had", "have", "was", "were", "is", "are", "will", "would", "could", "can", "did", "does", "do", "not", "never",
        "he", "she", "they", "we", "i", "you", "it", "who", "which", "what", "when", "where", "there", "here", "so", "but", "and", "or", "as", "if",
        "in", "on", "at", "for", "with", "by", "from", "of", "to", "about", "after", "before", "during", "into", "over", "under", "while", "than",
        "today", "yesterday", "tonight", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "next", "ago"]);

    public static IReadOnlyList<Mention> Add(SegmentedText text, IReadOnlyList<Quotation> quotes, IReadOnlyList<Mention> mentions, CueLexicon cues, WordSet verbs)
    {
        var tokens = text.TokenArray;
        LongestMentions? longest = null;
        List<Mention>? added = null;
        foreach (var quote in quotes)
        {
            if (!quote.IsTopLevel || !quote.Closed || quote.IsTermLike)
            {
                continue;
            }

            // The first token after the closing mark, past a comma or dash ('"...," X said', '"..." - X said').
            int t = text.TokenAt(quote.Outer.End);
            if (t < tokens.Length && tokens[t].Kind is TokenKind.Punctuation or TokenKind.Dash && text.Source.Text[tokens[t].Start] is not (':' or ';'))
            {
                t++;
            }

            // '"We won." Ruiz said.' splits into two sentences: only a quote inside its attribution's sentence counts.
            if (t >= tokens.Length || text.SentenceAt(tokens[t].Start) != text.SentenceAt(quote.Outer.End - 1))
            {
                continue;
            }

            longest ??= LongestMentions.Of(mentions, tokens.Length);
            int sentenceEnd = text.SentenceArray[text.SentenceAt(tokens[t].Start)].EndToken;
            Mention? phrase = null;
            if (Saying(text, t, cues, out int cueEnd))
            {
                // '"...," said a Texas Democrat.' The phrase runs to the clause end.
                int end = PhraseEnd(text, cueEnd, sentenceEnd, cues, verbs);
                bool closed = end < tokens.Length && (end == sentenceEnd || tokens[end].Kind is TokenKind.Terminal || IsComma(text, end));
                if (closed)
                {
                    phrase = Phrase(text, cueEnd, end, longest);
                }
            }
            else
            {
                // '"...," Ruiz said.' The phrase runs to a finite verb of saying.
                int end = PhraseEnd(text, t, sentenceEnd, cues, verbs);
                if (end < sentenceEnd && Saying(text, end, cues, out _))
                {
                    phrase = Phrase(text, t, end, longest);
                }
            }

            if (phrase is not null)
            {
                (added ??= []).Add(phrase);
                longest.Set(phrase);
            }
        }

        return PhraseMentions.Merge(mentions, added);
    }

    /// <summary>A finite verb of saying or writing at <paramref name="t"/> (not "saying", not a belief).</summary>
    private static bool Saying(SegmentedText text, int t, CueLexicon cues, out int end) =>
        cues.TryMatch(text, t, out var form, out end) && !form.IsParticiple && !form.Entry.ExplicitOnly && !form.Entry.ChainOnly
        && form.Entry.Act is "speech" or "writing" or "voice" && form.Entry.Lemma is not "according to";

    /// <summary>Where a run of phrase words from <paramref name="first"/> stops: at punctuation, a verb or a cue.</summary>
    private static int PhraseEnd(SegmentedText text, int first, int sentenceEnd, CueLexicon cues, WordSet verbs)
    {
        var tokens = text.TokenArray;
        int end = first;
        while (end < sentenceEnd && end - first <= MaxTokens
            && (tokens[end].Kind is TokenKind.Word or TokenKind.Number || (tokens[end].Kind == TokenKind.Dash && end > first && text.Source.Text[tokens[end].Start] == '-'))
            && !Stops.Contains(text.TextOf(tokens[end])) && !verbs.Contains(text.TextOf(tokens[end])) && !cues.TryMatch(text, end, out _, out _))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// The speaker phrase [first, end), unless a mention already covers it from its first word.
    /// A capitalized phrase is a name; one opened by a determiner is a description, and a name at
    /// its end keeps its name with the words before it as its role.
    /// </summary>
    private static Mention? Phrase(SegmentedText text, int first, int end, LongestMentions longest)
    {
        var tokens = text.TokenArray;
        if (end == first || end - first > MaxTokens || (longest.TryGetValue(first, out var known) && known.EndToken >= end))
        {
            return null;
        }

        var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
        for (int t = first + 1; t < end; t++)
        {
            if (longest.TryGetValue(t, out var inner) && inner.EndToken == end && inner.Kind == MentionKind.Name && inner.Type == EntityType.Person)
            {
                return inner with { Span = span, FirstToken = first, Role = text.Source.ToString(new TextSpan(span.Start, inner.Head.Start)).TrimEnd() };
            }
        }

        bool capitalized = true;
        for (int t = first; t < end && capitalized; t++)
        {
            capitalized = tokens[t].Kind == TokenKind.Word && char.IsUpper(text.Source.Text[tokens[t].Start]);
        }

        var word = text.TextOf(tokens[first]);
        if (capitalized && end - first <= 3)
        {
            return new Mention(span, span, first, end, EntityType.Person, MentionKind.Name, text.Source.ToString(span), null, Gender.Unknown, false);
        }

        if (!Openers.Contains(word) && !char.IsUpper(word[0]))
        {
            return null;
        }

        return new Mention(span, new TextSpan(tokens[end - 1].Start, tokens[end - 1].End), first, end, EntityType.Anonymous, MentionKind.Generic, text.Source.ToString(span), null, Gender.Unknown, false);
    }

    private static bool IsComma(SegmentedText text, int t) =>
        text.TokenArray[t].Kind == TokenKind.Punctuation && text.Source.Text[text.TokenArray[t].Start] == ',';
}

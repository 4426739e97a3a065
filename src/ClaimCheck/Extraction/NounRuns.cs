using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// "Florida election officials say", "The two sides said", "Some courses have sought": the mention
/// held only the modifier or the quantifier, and one or two lower-case words (the head noun) run on
/// to the cue. They finish the source, as annotators mark it. Function words, "-ly" adverbs and time
/// phrases ("Ann Lee last month said") stop it, and a pronoun or relative source never takes them.
/// </summary>
internal static class NounRuns
{
    /// <summary>At most this many words finish the noun phrase.</summary>
    private const int MaxWords = 2;

    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
        "and", "or", "but", "nor", "who", "whom", "whose", "which", "what", "when", "where", "while", "if", "as",
        "at", "in", "on", "of", "for", "to", "by", "with", "from", "into", "about", "over", "after", "before", "than",
        "then", "however", "both", "all", "each", "either", "neither", "also", "not", "never", "still", "just", "even",
        "he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me", "herself", "himself", "themselves", "itself",
        "there", "here", "today", "yesterday", "tonight", "now", "last", "next", "earlier", "later", "once", "again",
        "cannot", "wanna", "gonna", "gave", "got", "so", "too", "very", "much", "many", "more", "most",
    };

    /// <summary>Where the run of head words before the cue ends, or null.</summary>
    public static int? End(DocumentContext ctx, Mention mention, Finding f)
    {
        int end = mention.EndToken;
        int cue = f.CueGroupStart >= 0 ? f.CueGroupStart : f.CueStart;
        if (mention.Kind == MentionKind.Pronoun || end < 1 || end >= cue)
        {
            return null;
        }

        // "Lee communication director Tom Ruiz said": the head words may lead to a name
        // that ends at the cue; the whole title phrase is the source.
        int headEnd = cue;
        for (int k = end + 1; k < cue && k - end <= MaxWords; k++)
        {
            int m = ctx.MentionAt[k];
            if (m >= 0 && ctx.Mentions[m].EndToken == cue && ctx.Mentions[m].Kind == MentionKind.Name)
            {
                headEnd = k;
                break;
            }
        }

        if (headEnd - end > MaxWords)
        {
            return null;
        }

        for (int k = end; k < headEnd; k++)
        {
            var token = ctx.Tokens[k];
            if (token.Kind != TokenKind.Word || ctx.Tokens[k - 1].End + 1 != token.Start || ctx.SentenceOf[k] != ctx.SentenceOf[end - 1]
                || !IsPlainWord(ctx.TextOf(k)) || Stops.Contains(ctx.Text.Substring(token.Start, token.Length)))
            {
                return null;
            }
        }

        return ctx.Tokens[cue - 1].End;
    }

    /// <summary>A lower-case word of letters and hyphens that is no "-ly" adverb.</summary>
    private static bool IsPlainWord(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsLower(word[0]) || word.EndsWith("ly", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLower(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}

using ClaimCheck.Extraction.Patterns;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// Content boundaries that depend on the words around a statement rather than on its pattern:
/// a relative pronoun that stands for the reported clause's missing part, and a second statement
/// joined to the content by a contrastive conjunction.
/// </summary>
internal static class ContentBounds
{
    /// <summary>
    /// "the plan, which she said [would fail]" / "what officials called [a hate crime]": the relative
    /// pronoun right before the source is the subject or object of the reported clause, so it is
    /// content too (PolNeAR marks it as a piece of its own). After a preposition ("in which he said")
    /// the pronoun is a setting, not content. The token of the pronoun, or -1.
    /// </summary>
    public static int RelativeLead(DocumentContext ctx, PatternMatch m)
    {
        if (m.Source < 0 || m.CueStart < 0 || m.Content.Count == 0 || m.Content[0].StartToken < m.CueEnd)
        {
            return -1;
        }

        int t = ctx.Mentions[m.Source].FirstToken - 1;
        if (t < 0 || m.CueStart <= t || ctx.Tokens[t].Kind != TokenKind.Word)
        {
            return -1;
        }

        var word = ctx.TextOf(t);
        if (!word.Equals("which", StringComparison.OrdinalIgnoreCase) && !word.Equals("what", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        return t > 0 && ctx.Tokens[t - 1].Kind == TokenKind.Word && IsPreposition(ctx.TextOf(t - 1)) ? -1 : t;
    }

    /// <summary>
    /// "X said the plan would pass, but [Y doubts it]": where a statement of its own opens inside a
    /// content after "; ", "but", "while" or ", and", the first content ends before that word (PolNeAR's
    /// annotators end it there about twice as often as they nest the second statement). A plain "and"
    /// or comma is left alone: there the second statement is mostly nested. The token the content
    /// ends at, or -1.
    /// </summary>
    public static int EndBeforeJoined(DocumentContext ctx, ContentPiece last, int secondStart)
    {
        if (last.Quote >= 0 || secondStart <= last.StartToken + 1 || secondStart >= last.EndToken)
        {
            return -1;
        }

        if (!FollowsJoiner(ctx, secondStart))
        {
            return -1;
        }

        // End before the joiner and any punctuation before it (", and" / "; ").
        int end = secondStart - 1;
        while (end > last.StartToken + 1 && ctx.Tokens[end - 1].Kind == TokenKind.Punctuation)
        {
            end--;
        }

        return end > last.StartToken ? end : -1;
    }

    /// <summary>
    /// "An economic downturn, he said, “could be a good time to borrow.”": a quotation that goes on in
    /// lower case after "SOURCE CUE ," finishes the sentence the words before the source began, so those
    /// words are the statement's first piece (PolNeAR marks them so 16 times to 3 on its train split;
    /// before a capitalised quotation the opening words are a setting: "In a statement, she said, “We ...”").
    /// The span of those words, or null.
    /// </summary>
    public static TextSpan? FrontedPiece(DocumentContext ctx, PatternMatch m)
    {
        if (m.Pattern.Kind != StatementKind.Direct || m.Source < 0 || m.CueStart < 0 || m.Content.Count == 0
            || m.Content[0].Quote < 0 || m.CueEnd + 1 >= ctx.Tokens.Length || ctx.TextOf(m.CueEnd) is not ",")
        {
            return null;
        }

        var quote = ctx.Quotes[m.Content[0].Quote];
        int open = ctx.QuoteFirstToken[m.Content[0].Quote]; // the opening mark
        if (open != m.CueEnd + 1 || quote.Inner.IsEmpty || !char.IsLower(ctx.Text[quote.Inner.Start]))
        {
            return null;
        }

        int source = ctx.Mentions[m.Source].FirstToken;
        if (source < 2 || source > m.CueStart || ctx.TextOf(source - 1) is not ",")
        {
            return null;
        }

        int start = ctx.SentenceStartToken(source);
        if (start >= source - 1)
        {
            return null;
        }

        for (int t = start; t < source - 1; t++)
        {
            if (ctx.Tokens[t].Kind == TokenKind.Quote || ctx.InQuote[t] >= 0)
            {
                return null;
            }
        }

        return new TextSpan(ctx.Tokens[start].Start, ctx.Tokens[source - 2].End);
    }

    /// <summary>
    /// "In Puerto Rico, 60 delegates were at stake, and [Clinton] was expected [to capture most]": the
    /// content before a passive report is its subject, the mention (or relative pronoun) right before
    /// the verb, not the whole sentence up to it. The token the piece starts at, or -1 to keep it.
    /// </summary>
    public static int SubjectStart(DocumentContext ctx, ContentPiece piece)
    {
        int last = piece.EndToken - 1;
        if (piece.Quote >= 0 || last <= piece.StartToken || ctx.Tokens[last].Kind != TokenKind.Word)
        {
            return -1;
        }

        var word = ctx.TextOf(last);
        if (word.Equals("which", StringComparison.OrdinalIgnoreCase) || word.Equals("who", StringComparison.OrdinalIgnoreCase))
        {
            return last;
        }

        // MentionAt is indexed by a mention's first token: look back a few tokens for the longest
        // mention that ends where the piece does.
        int start = -1;
        for (int t = last; t > piece.StartToken && t > last - SubjectTokens; t--)
        {
            int k = ctx.MentionAt[t];
            if (k >= 0 && ctx.Mentions[k].EndToken == piece.EndToken)
            {
                start = t;
            }
        }

        return start;
    }

    /// <summary>How many tokens a passive report's subject mention may span.</summary>
    private const int SubjectTokens = 12;

    /// <summary>Whether the token before <paramref name="start"/> is "; ", "but", "while" or the "and" of ", and".</summary>
    public static bool FollowsJoiner(DocumentContext ctx, int start)
    {
        int j = start - 1;
        if (j < 0 || j >= ctx.Tokens.Length)
        {
            return false;
        }

        var word = ctx.TextOf(j);
        return (ctx.Tokens[j].Kind == TokenKind.Punctuation && word is ";")
            || word.Equals("but", StringComparison.OrdinalIgnoreCase) || word.Equals("while", StringComparison.OrdinalIgnoreCase)
            || (word.Equals("and", StringComparison.OrdinalIgnoreCase) && j > 0 && ctx.TextOf(j - 1) is ",");
    }

    private static readonly string[] Prepositions =
        ["in", "on", "at", "to", "during", "for", "from", "by", "with", "of", "about", "under", "through", "after", "before", "into", "upon", "over", "against", "among"];

    private static bool IsPreposition(ReadOnlySpan<char> word)
    {
        foreach (var p in Prepositions)
        {
            if (word.Equals(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

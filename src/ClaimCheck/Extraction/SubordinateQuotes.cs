using ClaimCheck.Extraction.Patterns;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// "When someone shouted, "Out!" Lee joked" / "After Ross said that schools were "less advanced," Lee
/// said: ...": a quotation inside a subordinate clause that has its own subject and cue belongs to that
/// clause, so the main clause's subject after it is not the quotation's speaker.
/// </summary>
internal static class SubordinateQuotes
{
    private static readonly string[] Openers =
        ["when", "although", "though", "after", "as", "while", "because", "before", "since", "once", "whereas", "whenever"];

    private static readonly string[] Lead = ["but", "and", "yet", "so", "even", "just"];

    /// <summary>True when <paramref name="m"/> starts with a quotation that a subordinate clause's own cue introduced.</summary>
    public static bool Inside(DocumentContext ctx, PatternMatch m)
    {
        if (!m.Pattern.StartsWithQuote || m.Content.Count == 0 || m.Content[0].Quote < 0)
        {
            return false;
        }

        int open = ctx.QuoteFirstToken[m.Content[0].Quote];
        int t = ctx.SentenceStartToken(open);
        while (t < open && ctx.Tokens[t].Kind == TokenKind.Word && IsIn(Lead, ctx.TextOf(t)))
        {
            t++;
        }

        if (t >= open || ctx.Tokens[t].Kind != TokenKind.Word || !IsIn(Openers, ctx.TextOf(t)))
        {
            return false;
        }

        // A subject stands between the opener and the cue ("When asked, ..." has none: the main
        // clause's subject is the one asked).
        for (int c = t + 2; c < open; c++)
        {
            if (ctx.Tokens[c].Kind == TokenKind.Word && ctx.CueAt(c, out _, out _) && ctx.GuardAllows(c, afterSource: false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the sentence of <paramref name="token"/> opens with a subordinator before it ("When Lee said ...").</summary>
    public static bool OpensSubordinate(DocumentContext ctx, int token)
    {
        int t = ctx.SentenceStartToken(token);
        while (t < token && ctx.Tokens[t].Kind == TokenKind.Word && IsIn(Lead, ctx.TextOf(t)))
        {
            t++;
        }

        return t < token && ctx.Tokens[t].Kind == TokenKind.Word && IsIn(Openers, ctx.TextOf(t));
    }

    private static bool IsIn(string[] words, ReadOnlySpan<char> word)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Patterns;

/// <summary>
/// Where reported content starts after its cue. First the words a pattern skips between its cue and
/// a "that" that opens the content: a cue that
/// takes a listener may have anything there ("told a cheering crowd in Ohio that ..."); after any
/// other cue they must be a setting ("said in an interview that", "said Tuesday that"). Otherwise
/// the "that" lies inside the reported clause ("said he was pleased that ...": the statement is
/// "he was pleased that ..."), and the content starts right after the cue. Then the listener of such
/// a cue before a clause without "that": "told reporters he would run", "asked Ms. Lee whether ...":
/// the content starts after the listener.
/// </summary>
internal sealed class ContentStarts
{
    private readonly WordSet objectCues;
    private readonly WordSet openers;
    private readonly WordSet clauseOpeners;

    public ContentStarts(WordSet objectCues, WordSet openers, WordSet clauseOpeners)
    {
        this.objectCues = objectCues;
        this.openers = openers;
        this.clauseOpeners = clauseOpeners;
    }

    /// <summary>No check: every gap passes (rules without the word lists).</summary>
    public static ContentStarts None { get; } = new(WordSet.Empty, WordSet.Empty, WordSet.Empty);

    /// <summary>
    /// Drops the matches of a "... that CONTENT" pattern whose gap before "that" is a clause, starts
    /// the content of a "CUE CONTENT" match right after the cue when the matcher moved it past such a
    /// gap or after the listener of a clause without "that", and puts the "that" before a quotation
    /// into the statement.
    /// </summary>
    public void Apply(DocumentContext ctx, List<PatternMatch> matches)
    {
        if (openers.Count == 0)
        {
            return;
        }

        for (int i = matches.Count - 1; i >= 0; i--)
        {
            var m = matches[i];
            var kind = ThatKind(m.Pattern);
            if (kind == 0 || m.CueStart < 0 || m.Cue is not { } cue)
            {
                continue;
            }

            int piece = PieceAfterThat(ctx, m);
            if (piece < 0)
            {
                if (kind == ContentAfterCue && AfterListener(ctx, m, cue.Entry.Lemma) is int start and >= 0)
                {
                    var moved = m.Content.ToList();
                    moved[^1] = moved[^1] with { StartToken = start };
                    matches[i] = m with { Content = moved };
                }

                continue;
            }

            int that = (m.Content[piece].Quote >= 0 ? ctx.QuoteFirstToken[m.Content[piece].Quote] : m.Content[piece].StartToken) - 1;
            if (that == m.CueEnd || Allows(ctx, m.CueEnd, cue.Entry.Lemma))
            {
                // 'told reporters that "..."': the complementizer joins the quotation, as it joins
                // reported speech; the statement becomes a mixed quote.
                if (m.Content[piece].Quote >= 0)
                {
                    var quoted = m.Content.ToList();
                    quoted[piece] = quoted[piece] with { StartToken = that };
                    matches[i] = m with { Content = quoted };
                }

                continue;
            }

            if (kind == LiteralThat)
            {
                matches.RemoveAt(i);
            }
            else if (m.Content[piece].Quote < 0)
            {
                var content = m.Content.ToList();
                content[piece] = content[piece] with { StartToken = m.CueEnd };
                matches[i] = m with { Content = content };
            }
        }
    }

    /// <summary>
    /// Where the clause after a listener starts ("told [reporters] he would run"): the cue takes an
    /// object, the content opens with a mention, and a clause opener follows it; else -1.
    /// </summary>
    private int AfterListener(DocumentContext ctx, PatternMatch m, string lemma)
    {
        var last = m.Content[^1];
        int k = last.Quote < 0 && last.StartToken == m.CueEnd && m.CueEnd < ctx.Tokens.Length ? ctx.MentionAt[m.CueEnd] : -1;
        if (k < 0 || ctx.Mentions[k].FirstToken != m.CueEnd || !objectCues.Contains(lemma.AsSpan(0, FirstWordLength(lemma))))
        {
            return -1;
        }

        int next = ctx.Mentions[k].EndToken;
        return next + 1 < last.EndToken && ctx.InQuote[next] < 0 && ctx.Tokens[next].Kind == TokenKind.Word && clauseOpeners.Contains(ctx.TextOf(next))
            ? next : -1;
    }

    private const int LiteralThat = 1;
    private const int ContentAfterCue = 2;

    /// <summary>The content piece that a "that" after the cue opens, or -1.</summary>
    private static int PieceAfterThat(DocumentContext ctx, PatternMatch m)
    {
        for (int p = 0; p < m.Content.Count; p++)
        {
            var piece = m.Content[p];
            int first = piece.Quote >= 0 ? ctx.QuoteFirstToken[piece.Quote] : piece.StartToken;
            if (first - 1 >= m.CueEnd && ctx.TextOf(first - 1).Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return p;
            }
        }

        return -1;
    }

    /// <summary>Whether the gap opening at <paramref name="gap"/> after a cue of <paramref name="lemma"/> is a listener or a setting.</summary>
    private bool Allows(DocumentContext ctx, int gap, string lemma)
    {
        if (objectCues.Contains(lemma.AsSpan(0, FirstWordLength(lemma))))
        {
            return true;
        }

        var word = ctx.TextOf(gap);
        return ctx.Tokens[gap].Kind != TokenKind.Word || openers.Contains(word)
            || word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || word.EndsWith("day", StringComparison.OrdinalIgnoreCase);
    }

    private static int FirstWordLength(string lemma)
    {
        int space = lemma.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? lemma.Length : space;
    }

    /// <summary>
    /// <see cref="LiteralThat"/> when a literal "that" stands right before a CONTENT or QUOTE after
    /// something the pattern may skip; <see cref="ContentAfterCue"/> when the last element, a CONTENT,
    /// follows the CUE (the matcher may move its start past a listener and "that"); else 0.
    /// </summary>
    private static int ThatKind(CompiledPattern pattern)
    {
        var elements = pattern.Elements;
        for (int i = 1; i + 1 < elements.Length; i++)
        {
            if (elements[i].Kind == PatternElementKind.Literal && elements[i].Alternatives is [["that"]]
                && elements[i + 1].Kind is PatternElementKind.Content or PatternElementKind.Quote
                && elements[i - 1].Kind is PatternElementKind.Skip or PatternElementKind.Other)
            {
                return LiteralThat;
            }
        }

        return elements.Length > 1 && elements[^1].Kind == PatternElementKind.Content && elements[^2].Kind == PatternElementKind.Cue ? ContentAfterCue : 0;
    }
}

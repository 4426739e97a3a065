using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// A reported statement followed (same or next paragraph) by a sentence that is nothing but a quotation
/// nobody claimed takes that quotation as its next piece: the writer paraphrases, then lets the speaker
/// go on in their own words ("X may wait for the talks, Ann Lee said. "The other factor is ...""). The
/// condition is tight so that a quote of someone else is not swept in: the quote opens the very next
/// sentence, fills it, and no other statement stands between.
/// </summary>
internal static class QuoteFollowers
{
    public static void Attach(DocumentContext ctx, List<Finding> findings)
    {
        if (ctx.Quotes.Count == 0 || findings.Count == 0)
        {
            return;
        }

        var used = new HashSet<int>(findings.SelectMany(f => f.Quotes));
        for (int q = 0; q < ctx.Quotes.Count; q++)
        {
            var quote = ctx.Quotes[q];
            if (!quote.IsTopLevel || quote.IsTermLike || used.Contains(q) || quote.Inner.IsEmpty || !quote.Closed)
            {
                continue;
            }

            int first = ctx.QuoteFirstToken[q];
            int end = ctx.QuoteEndToken[q];
            if (first <= 0 || first >= ctx.Tokens.Length || end > ctx.Tokens.Length || ctx.Excluded[first]
                || first != ctx.SentenceStartToken(first) || !OnlyPunctuationAfter(ctx, end))
            {
                continue;
            }

            int sentence = ctx.SentenceOf[first];
            var previous = LastBefore(ctx, findings, quote.Outer.Start);
            if (previous is null || previous.Kind != StatementKind.Indirect || previous.Source < 0 || previous.Quotes.Count > 0
                || previous.Continues is not null || previous.EndToken <= 0)
            {
                continue;
            }

            int previousSentence = ctx.SentenceOf[Math.Min(previous.EndToken, ctx.Tokens.Length) - 1];
            var sentences = ctx.Segmented.Sentences;
            if (previousSentence + 1 != sentence || sentences[sentence].Paragraph - sentences[previousSentence].Paragraph > 1
                || StatementIn(findings, quote) || QuotedInSentence(ctx, findings, previousSentence) || IsRelative(ctx, previous.Source))
            {
                continue;
            }

            previous.Content.Add(quote.Inner);
            previous.Quotes.Add(q);
            previous.Kind = StatementKind.Mixed;
            used.Add(q);
        }
    }

    /// <summary>The statement whose words (content, cue, source) end last before <paramref name="offset"/>.</summary>
    private static Finding? LastBefore(DocumentContext ctx, List<Finding> findings, int offset)
    {
        Finding? last = null;
        int lastEnd = -1;
        foreach (var f in findings)
        {
            int end = EndOf(ctx, f);
            if (end <= offset && end > lastEnd)
            {
                last = f;
                lastEnd = end;
            }
        }

        return last;
    }

    private static int EndOf(DocumentContext ctx, Finding f) =>
        f.EndToken > 0 && f.EndToken <= ctx.Tokens.Length ? Math.Max(f.Extent.End, ctx.Tokens[f.EndToken - 1].End) : f.Extent.End;

    /// <summary>A statement that starts inside the quotation is someone's own reading of it: the quote is not free.</summary>
    private static bool StatementIn(List<Finding> findings, Quotation quote) =>
        findings.Any(f => f.Extent.Start >= quote.Outer.Start && f.Extent.Start <= quote.Outer.End);

    /// <summary>
    /// A quoted statement in the same sentence makes the reported one an aside of its attribution
    /// ('"A," said Ann Lee, who knows its gist.'): a quote after it goes on with the quoted speaker.
    /// </summary>
    private static bool QuotedInSentence(DocumentContext ctx, List<Finding> findings, int sentence) =>
        findings.Any(f => f.Quotes.Count > 0 && f.EndToken > 0 && f.EndToken <= ctx.Tokens.Length
            && ctx.SentenceOf[f.EndToken - 1] == sentence);

    /// <summary>"who", "that", "which": a relative clause's subject is an aside about someone, not the paragraph's voice.</summary>
    private static bool IsRelative(DocumentContext ctx, int source)
    {
        var head = ctx.Text.AsSpan(ctx.Mentions[source].Head.Start, ctx.Mentions[source].Head.Length);
        return head.Equals("who", StringComparison.OrdinalIgnoreCase) || head.Equals("that", StringComparison.OrdinalIgnoreCase)
            || head.Equals("which", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Only closing punctuation between the quotation's end and its sentence's end.</summary>
    private static bool OnlyPunctuationAfter(DocumentContext ctx, int end)
    {
        if (end <= 0 || end >= ctx.Tokens.Length)
        {
            return true;
        }

        int sentenceEnd = ctx.SentenceEndToken(end - 1);
        for (int t = end; t < sentenceEnd; t++)
        {
            if (ctx.Tokens[t].Kind is TokenKind.Word or TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }
}

namespace ClaimCheck.Text.Quotes;

/// <summary>
/// Finds quotation spans: every pair of quotation marks, nested ones included, in one forward
/// pass over the quote tokens of each paragraph.
/// </summary>
/// <remarks>
/// <para>Quotes never cross a paragraph boundary. A quote still open at its paragraph's end is
/// reported with <see cref="Quotation.Closed"/> false and runs to the paragraph's end; its text
/// is not cut before a trailing "- he said." style clause, because deciding what is attribution
/// is the attribution stage's job (it sees the whole quotation and the cue lexicon).</para>
/// <para>A multi-paragraph quote, where each paragraph reopens the quote and only the last closes
/// it, is one quotation per paragraph linked by <see cref="Quotation.ContinuedFrom"/>. The same
/// link is made inside one paragraph when an open quote is reopened after a sentence end
/// (<c>"... 26 weeks. "We are going ..."</c>), the shape left where paragraph breaks were lost.</para>
/// <para>Straight marks are read by context (after a space or bracket and before text: opening;
/// after text: closing). Single marks (' ‘ ‚ ‹) count only when closed in their paragraph, since they
/// are mostly apostrophes; two adjacent single marks ('' ’’) act as one double mark, and a straight
/// double mark may close a curly one and vice versa (mixed marks in edited copy).</para>
/// <para>Linear in the text: each mark looks at most <see cref="MaxDepth"/> open quotes, and
/// marks beyond that depth are plain text.</para>
/// </remarks>
public static class QuoteFinder
{
    /// <summary>Deepest nesting tracked; real text rarely goes past 3. Deeper marks are plain text.</summary>
    public const int MaxDepth = 8;

    /// <summary>Returns every quotation in <paramref name="text"/>, sorted by <c>Outer.Start</c>.</summary>
    public static IReadOnlyList<Quotation> Find(SegmentedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new QuoteScanner(text).Scan();
    }
}

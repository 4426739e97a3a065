namespace ClaimCheck.Text;

/// <summary>
/// One quotation found in the text.
/// <see cref="Outer"/> includes the marks; <see cref="Inner"/> is the quoted text without them.
/// A quotation never closed ends at its paragraph's end (<see cref="Closed"/> false).
/// A quote that runs over several paragraphs, each reopening it, is one quotation per paragraph,
/// linked by <see cref="ContinuedFrom"/>.
/// </summary>
public sealed record Quotation(
    TextSpan Outer,
    TextSpan Inner,
    QuoteMarkStyle Style,
    bool Closed,
    int Depth,
    int ContinuedFrom,
    int WordCount,
    bool IsTermLike)
{
    /// <summary>True when the quotation sits directly in the text rather than inside another quotation.</summary>
    public bool IsTopLevel => Depth == 0;
}

using ClaimCheck.Extraction.Cues;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// A quotation never closed runs to its paragraph's end and so swallows its own attribution:
/// <c>"... around the "union state" - he said.</c> When the paragraph ends in a short dash or comma
/// clause that holds a cue, the quotation is taken to end before it, so the clause can attribute it.
/// </summary>
internal static class QuoteTails
{
    /// <summary>The attribution clause is at most this many tokens ("- the press secretary said.").</summary>
    private const int MaxTailTokens = 10;

    public static IReadOnlyList<Quotation> Trim(SegmentedText text, IReadOnlyList<Quotation> quotes, CueLexicon cues)
    {
        List<Quotation>? result = null;
        var tokens = text.TokenArray;
        for (int q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            if (quote.Closed || !quote.IsTopLevel)
            {
                continue;
            }

            int end = text.TokenAt(quote.Outer.End);
            int first = text.TokenAt(quote.Inner.Start);
            for (int t = end - 1; t > first && end - t <= MaxTailTokens; t--)
            {
                var kind = tokens[t].Kind;
                if (kind == TokenKind.Quote)
                {
                    break;
                }

                bool separator = kind == TokenKind.Dash || (kind == TokenKind.Punctuation && text.Source.Text[tokens[t].Start] == ',');
                if (!separator || !HasCue(text, cues, t + 1, end))
                {
                    continue;
                }

                int innerEnd = tokens[t - 1].End;
                result ??= [.. quotes];
                result[q] = quote with { Inner = new TextSpan(quote.Inner.Start, innerEnd), Outer = new TextSpan(quote.Outer.Start, innerEnd) };
                break;
            }
        }

        return result ?? quotes;
    }

    private static bool HasCue(SegmentedText text, CueLexicon cues, int from, int end)
    {
        for (int t = from; t < end; t++)
        {
            if (cues.TryMatch(text, t, out var form, out _) && !form.IsParticiple)
            {
                return true;
            }
        }

        return false;
    }
}

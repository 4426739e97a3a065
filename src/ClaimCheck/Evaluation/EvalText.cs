using ClaimCheck.Text;

namespace ClaimCheck.Evaluation;

/// <summary>The text tests the scorer shares: span trimming and the direct-quote test.</summary>
internal static class EvalText
{
    public static bool IsQuoteMark(char c) =>
        c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB'
            or '\u201E' or '\u201F' or '\u2039' or '\u203A';

    private static bool IsSingleQuote(char c) => c is '\'' or '\u2018' or '\u2019';

    /// <summary>
    /// Drops surrounding white space and quotation marks, and trailing , . : ; so that "Trump," and
    /// Trump, or a quote with or without its marks, count as the same span. Out-of-range spans are clamped.
    /// </summary>
    public static TextSpan Trim(string text, TextSpan span)
    {
        var start = Math.Clamp(span.Start, 0, text.Length);
        var end = Math.Clamp(span.End, start, text.Length);
        while (start < end && (char.IsWhiteSpace(text[start]) || IsQuoteMark(text[start])))
        {
            start++;
        }
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || IsQuoteMark(text[end - 1]) || text[end - 1] is ',' or '.' or ':' or ';'))
        {
            end--;
        }
        return new TextSpan(start, end);
    }

    /// <summary>
    /// Whether content is (or holds) a quotation: it contains a quotation mark, counting a mark right
    /// next to it (extractors may leave the marks out of the content, annotators put them in).
    /// A single quote counts only where it opens (not after a letter or digit, before one), so the
    /// apostrophes of Clinton's and voters' do not make reported speech direct.
    /// </summary>
    public static bool IsDirect(string text, IEnumerable<TextSpan> pieces)
    {
        foreach (var piece in pieces)
        {
            var start = Math.Clamp(piece.Start, 0, text.Length);
            var end = Math.Clamp(piece.End, start, text.Length);
            if (start > 0 && IsQuoteMark(text[start - 1]))
            {
                start--;
            }
            if (end < text.Length && IsQuoteMark(text[end]))
            {
                end++;
            }
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (!IsQuoteMark(c))
                {
                    continue;
                }
                if (!IsSingleQuote(c))
                {
                    return true;
                }
                var opens = (i == 0 || !char.IsLetterOrDigit(text[i - 1]))
                    && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
                if (opens)
                {
                    return true;
                }
            }
        }
        return false;
    }
}

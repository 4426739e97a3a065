namespace ClaimCheck.Text.Quotes;

/// <summary>
/// What each quotation mark character can do: which style it opens, whether it is a single mark
/// (often an apostrophe in disguise) and which closing marks end a quote it opened.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>The style of a quote opened by <paramref name="open"/>.</summary>
    public static QuoteMarkStyle StyleOf(char open) => open switch
    {
        '"' => QuoteMarkStyle.DoubleStraight,
        '\'' => QuoteMarkStyle.SingleStraight,
        '“' or '”' or '‟' => QuoteMarkStyle.DoubleCurly,
        // There is no single low-high style; ‚ ‘ behaves like ‘ ’ downstream (a single, often inner, quote).
        '‘' or '’' or '‚' => QuoteMarkStyle.SingleCurly,
        '„' => QuoteMarkStyle.LowHigh,
        _ => QuoteMarkStyle.Guillemet,
    };

    /// <summary>
    /// Single marks double as apostrophes, so a quote they open counts only once it is closed
    /// within its paragraph; an unclosed one is dropped as plain text.
    /// </summary>
    public static bool IsSingle(char open) => open is '\'' or '‘' or '’' or '‚' or '‹' or '›';

    /// <summary>True when <paramref name="close"/> ends a quote opened with <paramref name="open"/>.</summary>
    public static bool Closes(char open, char close) => open switch
    {
        // Mixed marks are common in edited copy: "text” closes.
        '"' => close is '"' or '”',
        '\'' => close == '\'',
        '“' or '‟' or '”' => close == '”',
        '„' => close is '“' or '”',
        '‘' => close == '’',
        '‚' => close is '‘' or '’',
        '«' => close == '»',
        '»' => close == '«',
        '‹' => close == '›',
        '›' => close == '‹',
        _ => false,
    };
}

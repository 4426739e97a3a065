namespace ClaimCheck.Text;

public enum TokenKind : byte
{
    /// <summary>Letters, with inner apostrophes, hyphens and periods of initials/abbreviations.</summary>
    Word,
    /// <summary>Digits with their inner separators: 1.5, 80, 2020-11-13, 1,000.</summary>
    Number,
    /// <summary>A quotation mark of any style, straight or typographic.</summary>
    Quote,
    /// <summary>Sentence-ending punctuation: . ! ? and the ellipsis.</summary>
    Terminal,
    /// <summary>, ; : and the like.</summary>
    Punctuation,
    /// <summary>Dashes used as punctuation: - – —.</summary>
    Dash,
    /// <summary>Opening or closing brackets.</summary>
    Bracket,
    /// <summary>Anything else: $, %, &amp;, ©.</summary>
    Symbol,
}

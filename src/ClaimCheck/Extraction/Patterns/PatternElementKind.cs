namespace ClaimCheck.Extraction.Patterns;

public enum PatternElementKind
{
    /// <summary><c>QUOTE</c>: a whole quotation opening at this token.</summary>
    Quote,
    /// <summary><c>CUE</c>: a cue form from the lexicon (optionally <c>CUE:stance</c> or <c>CUE:act</c>).</summary>
    Cue,
    /// <summary><c>SOURCE</c>: a mention of who spoke (optionally <c>SOURCE:person</c>).</summary>
    Source,
    /// <summary><c>OUTLET</c>: a mention of an outlet or platform.</summary>
    Outlet,
    /// <summary><c>CONTENT</c>: one or more tokens of what was said, up to what follows or the clause end.</summary>
    Content,
    /// <summary><c>OBJECT</c>: any other mention, not captured (told OBJECT that ...).</summary>
    Other,
    /// <summary><c>SKIP</c> or <c>SKIP:n</c>: zero to n tokens (default 6) that hold no sentence end or quotation mark.</summary>
    Skip,
    /// <summary><c>START</c>: the start of a sentence.</summary>
    Start,
    /// <summary><c>END</c>: the end of the sentence (only closing marks and terminal punctuation follow).</summary>
    End,
    /// <summary>A literal word or punctuation mark, or a choice <c>(a|an|the)</c> of word sequences.</summary>
    Literal,
}

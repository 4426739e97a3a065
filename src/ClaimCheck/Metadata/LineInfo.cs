namespace ClaimCheck.Metadata;

/// <summary>
/// One line of a text: [Start, End) without its line break, the trimmed range inside it, its word
/// count and whether it ends like a sentence. Computed once per text so every rule reads the same facts.
/// </summary>
internal readonly record struct LineInfo(int Start, int End, int TrimStart, int TrimEnd, int Words, bool EndsLikeSentence)
{
    public bool IsBlank => TrimEnd <= TrimStart;

    public int TrimLength => TrimEnd - TrimStart;
}

namespace ClaimCheck.Extraction.Mentions;

/// <summary>
/// The result of parsing one noun phrase over chunks: [Start, End) chunks, its determiner, the last
/// head noun chunk, and the name chunks it ends with, if any.
/// </summary>
internal struct NounPhrase
{
    public int Start;
    public int End;
    public ChunkKind Determiner;
    public int RoleStart;
    public int DescriptionStart;
    public int Head;
    public int NameFirst;
    public int NameLast;
    public int Honorific;
    public bool Possessor;
    public bool RoleFirstApposition;

    public readonly bool HasHead => Head >= 0;

    public readonly bool HasName => NameFirst >= 0;
}

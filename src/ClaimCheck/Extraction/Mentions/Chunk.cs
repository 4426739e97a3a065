namespace ClaimCheck.Extraction.Mentions;

/// <summary>
/// Tokens [Start, End) that act as one unit. For names, [Start, NameEnd) is the name itself without a
/// trailing parenthesized acronym ("Foreign Intelligence Service (SVR)"). Aux is a lexicon value
/// (title flags, pronoun or honorific index, outlet index).
/// </summary>
internal readonly record struct Chunk(int Start, int End, ChunkKind Kind, NameClass Class, int Aux, int NameEnd);

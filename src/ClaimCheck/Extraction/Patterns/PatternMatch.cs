using ClaimCheck.Extraction.Cues;

namespace ClaimCheck.Extraction.Patterns;

/// <summary>
/// One match of an attribution pattern, as token ranges (half-open). Content pieces come from
/// QUOTE and CONTENT slots in pattern order.
/// </summary>
internal sealed record PatternMatch(
    CompiledPattern Pattern,
    int Start,
    int End,
    int CueStart,
    int CueEnd,
    CueForm? Cue,
    int Source,
    int Outlet,
    List<ContentPiece> Content); // the concrete list: loops over it use its struct enumerator, not a boxed one

using ClaimCheck.Extraction;

namespace ClaimCheck.Linking;

/// <summary>A linked speaker before it gets its id.</summary>
internal sealed record SpeakerDraft(
    string Name,
    EntityType Type,
    IReadOnlyList<string> Forms,
    IReadOnlyList<string> Roles,
    IReadOnlyList<StatementRef> Statements,
    bool Unresolved);

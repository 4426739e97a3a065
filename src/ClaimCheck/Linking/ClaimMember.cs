using ClaimCheck.Text;

namespace ClaimCheck.Linking;

/// <summary>
/// One report of a claim: a statement (<see cref="Statement"/> set) or a sentence of the outlet's
/// own narration that states it without attribution (<see cref="Statement"/> null).
/// </summary>
public sealed record ClaimMember(int Article, int? Statement, TextSpan Span)
{
    public bool IsNarration => Statement is null;
}

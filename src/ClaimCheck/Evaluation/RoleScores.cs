namespace ClaimCheck.Evaluation;

/// <summary>The scores of one role (source, cue or content): exact spans and token overlap.</summary>
public readonly record struct RoleScores(MatchCounts Exact, MatchCounts Overlap)
{
    public static RoleScores operator +(RoleScores a, RoleScores b) => Add(a, b);

    public static RoleScores Add(RoleScores a, RoleScores b) => new(a.Exact + b.Exact, a.Overlap + b.Overlap);
}

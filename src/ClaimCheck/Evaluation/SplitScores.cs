namespace ClaimCheck.Evaluation;

/// <summary>All figures for one part of the data: everything, direct statements, or the rest.</summary>
public readonly record struct SplitScores(RoleScores Source, RoleScores Cue, RoleScores Content, AttributionCounts Attributions)
{
    public static SplitScores operator +(SplitScores a, SplitScores b) => Add(a, b);

    public static SplitScores Add(SplitScores a, SplitScores b) =>
        new(a.Source + b.Source, a.Cue + b.Cue, a.Content + b.Content, a.Attributions + b.Attributions);
}

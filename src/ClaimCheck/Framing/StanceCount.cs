namespace ClaimCheck.Framing;

/// <summary>How many statements an outlet attributes with cues of one stance, and which cues (by lemma).</summary>
public sealed record StanceCount(string Stance, int Count, IReadOnlyList<TermCount> Cues);

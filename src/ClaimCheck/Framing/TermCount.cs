namespace ClaimCheck.Framing;

/// <summary>A word or phrase and how often it was found.</summary>
public sealed record TermCount(string Term, int Count);

namespace ClaimCheck.Storage;

/// <summary>Counts of one indexing run.</summary>
public sealed record IndexSummary(int Indexed, int Skipped, int Failed, long Statements, bool Cancelled);

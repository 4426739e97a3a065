namespace ClaimCheck.Evaluation;

/// <summary>The attributions read from one .ann file, and the lines that had to be skipped (with why).</summary>
public sealed record BratParseResult(
    IReadOnlyList<GoldAttribution> Attributions,
    IReadOnlyList<string> Warnings);

using ClaimCheck.Extraction;

namespace ClaimCheck.Evaluation;

/// <summary>A gold attribution no prediction found, with the prediction that came nearest (if any overlaps).</summary>
public sealed record MissedAttribution(GoldAttribution Gold, Statement? Nearest, double Coverage);

using ClaimCheck.Extraction;

namespace ClaimCheck.Evaluation;

/// <summary>A found attribution whose predicted source does not overlap the gold source.</summary>
public sealed record WrongSource(GoldAttribution Gold, Statement Predicted);

using ClaimCheck.Extraction;

namespace ClaimCheck.Evaluation;

/// <summary>A found attribution whose predicted content span does not match the gold content exactly.</summary>
public sealed record WrongContent(GoldAttribution Gold, Statement Predicted);

using ClaimCheck.Text;

namespace ClaimCheck.Framing;

/// <summary>A hedge found in the text: its label ("claims to") and where.</summary>
public readonly record struct HedgeMatch(string Label, TextSpan Span);

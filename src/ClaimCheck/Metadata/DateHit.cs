using ClaimCheck.Text;

namespace ClaimCheck.Metadata;

/// <summary>A date found in a line: ISO yyyy-MM-dd and the span of the matched text.</summary>
internal readonly record struct DateHit(string Iso, TextSpan Span, string FormatId);

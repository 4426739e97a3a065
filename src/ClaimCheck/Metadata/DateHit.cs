using ClaimCheck.Text;

namespace ClaimCheck.Metadata;

/// <summary>
/// A date found in a line: ISO yyyy-MM-dd, the span of the matched text, and whether the line is a
/// date line (the date with few other words) rather than text that mentions a date.
/// </summary>
internal readonly record struct DateHit(string Iso, TextSpan Span, string FormatId, bool IsDateLine);

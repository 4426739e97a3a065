using ClaimCheck.Text;

namespace ClaimCheck.Reporting.Input;

/// <summary>A span of an article with its text as written (the report needs both, never the whole article).</summary>
public sealed record TextPiece(TextSpan Span, string Text);

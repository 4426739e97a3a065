using ClaimCheck.Text;

namespace ClaimCheck.Reporting;

/// <summary>A quotation in an article that no statement covers: quoted words with no speaker found.</summary>
public sealed record UnattributedQuotation(int Article, string Outlet, TextSpan Span, string Text);

using ClaimCheck.Text;

namespace ClaimCheck.Metadata;

/// <summary>
/// What is known about an article beyond its statements: title, date, publishing outlet, and the
/// spans that are page furniture rather than article text (they are skipped, never removed).
/// </summary>
public sealed record ArticleMetadata(
    string? Title,
    TextSpan? TitleSpan,
    string? Date,
    TextSpan? DateSpan,
    string? Outlet,
    IReadOnlyList<TextSpan> Boilerplate)
{
    public static ArticleMetadata Empty { get; } = new(null, null, null, null, null, []);
}

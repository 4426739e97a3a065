namespace ClaimCheck.Input;

/// <summary>
/// What a page says about itself (HTML meta tags, Markdown front matter): hints that fill or override
/// what <see cref="Metadata.MetadataExtractor"/> guesses from the text. Every field may be null.
/// </summary>
/// <param name="Title">The headline.</param>
/// <param name="Byline">The author line as the page gives it.</param>
/// <param name="Date">Publication date as ISO yyyy-MM-dd.</param>
/// <param name="Outlet">The publisher as the page names it (og:site_name and the like).</param>
public sealed record PageMetadata(string? Title, string? Byline, string? Date, string? Outlet)
{
    public static PageMetadata None { get; } = new(null, null, null, null);
}

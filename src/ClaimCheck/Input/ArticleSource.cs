using ClaimCheck.Extraction;
using ClaimCheck.Metadata;
using ClaimCheck.Rules.Files;
using ClaimCheck.Text;

namespace ClaimCheck.Input;

/// <summary>
/// One input file made ready for analysis: the text to analyse (for HTML and Markdown, the extracted
/// plain text that every offset refers to), what the page said about itself, and warnings about the
/// file that did not stop it from being read.
/// </summary>
public sealed record ArticleSource(SourceText Source, InputFormat Format, PageMetadata Page, IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// Merges the page's own metadata into an analysis of <see cref="Source"/>. The page wins where it
    /// says something (a publisher's meta tags beat guesses from the text); the text's guess stays where
    /// the page is silent. An outlet is mapped to its canonical name in <paramref name="outlets"/> when a
    /// name or alias matches, so pages and text files link to the same outlet.
    /// </summary>
    public ArticleAnalysis Apply(ArticleAnalysis analysis, OutletsFile outlets)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(outlets);
        var meta = analysis.Metadata;
        string? title = meta.Title;
        TextSpan? titleSpan = meta.TitleSpan;
        if (!string.IsNullOrWhiteSpace(Page.Title))
        {
            title = Page.Title;
            titleSpan = FindAtStart(Source.Text, Page.Title);
        }

        string? date = meta.Date;
        TextSpan? dateSpan = meta.DateSpan;
        if (Page.Date is not null && Page.Date != meta.Date)
        {
            // The span found in the text shows a different date; it does not show this one.
            date = Page.Date;
            dateSpan = null;
        }

        string? outlet = string.IsNullOrWhiteSpace(Page.Outlet) ? meta.Outlet : CanonicalOutlet(Page.Outlet, outlets);
        var merged = meta with { Title = title, TitleSpan = titleSpan, Date = date, DateSpan = dateSpan, Outlet = outlet };
        return merged == meta ? analysis : analysis with { Metadata = merged };
    }

    /// <summary>The canonical name of the outlet called <paramref name="name"/>, or the name as given.</summary>
    public static string CanonicalOutlet(string name, OutletsFile outlets)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(outlets);
        string key = OutletKey(name);
        foreach (var o in outlets.Outlets)
        {
            if (OutletKey(o.Name) == key || o.Aliases.Exists(a => OutletKey(a) == key))
            {
                return o.Name;
            }
        }

        return name.Trim();
    }

    // "the Guardian", "The Guardian" and "Guardian" name one outlet.
    private static string OutletKey(string name)
    {
        string n = name.Trim();
        if (n.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            n = n[4..].TrimStart();
        }

        return n.ToUpperInvariant();
    }

    private static TextSpan? FindAtStart(string text, string title)
    {
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return text.AsSpan(start).StartsWith(title, StringComparison.Ordinal) ? new TextSpan(start, start + title.Length) : null;
    }
}

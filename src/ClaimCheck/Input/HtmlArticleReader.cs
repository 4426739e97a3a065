using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ClaimCheck.Text;
using SmartReader;

namespace ClaimCheck.Input;

/// <summary>
/// Reads a saved web page: SmartReader (a port of Mozilla's Readability) finds the article and drops
/// navigation, ads, related links and comments; the article is rendered to plain text with paragraphs
/// separated by blank lines, headed by its title. That text is what gets analysed and what every
/// offset refers to. Title, byline, date and outlet come from the page's metadata.
/// </summary>
/// <remarks>
/// Never throws on page content. A page nested deeper than <see cref="MaxReadableDepth"/> (Readability
/// walks the tree recursively) or one where no article is found is rendered whole, with a warning.
/// </remarks>
public static class HtmlArticleReader
{
    /// <summary>Deeper pages skip article detection; real pages stay far below this.</summary>
    public const int MaxReadableDepth = 256;

    /// <summary>
    /// Deeper pages are not given to the HTML parser at all: its scope checks walk the open elements, so
    /// a page of a million unclosed &lt;div&gt;s would take hours. Measured by <see cref="HtmlTagScanner"/>.
    /// </summary>
    public const int MaxParsedDepth = 512;

    /// <summary>Larger pages skip article detection (its scoring grows faster than the page); real news pages have a few thousand elements.</summary>
    public const int MaxReadableElements = 20_000;

    // Only used to resolve relative links, which the text does not keep; never fetched.
    private const string BaseUri = "https://article.invalid/";

    public static ArticleSource Read(string html, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(displayPath);
        if (string.IsNullOrWhiteSpace(html))
        {
            // An empty file is an empty article, not a page without one.
            return new ArticleSource(new SourceText(displayPath, ""), InputFormat.Html, PageMetadata.None, []);
        }

        var warnings = new List<string>();
        int estimate = HtmlTagScanner.EstimateDepth(html, MaxParsedDepth);
        if (estimate > MaxParsedDepth)
        {
            warnings.Add($"page nests elements more than {MaxParsedDepth} deep; read without an HTML parser, all page text analysed");
            return new ArticleSource(new SourceText(displayPath, HtmlTagScanner.StripTags(html)), InputFormat.Html, PageMetadata.None, warnings);
        }

        html = HtmlTagScanner.EscapeStrayLessThan(html);
        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        var tags = MetaTags(document);
        string? text = null;
        PageMetadata page = tags;
        var (depth, elements) = Measure(document);
        if (depth > MaxReadableDepth)
        {
            warnings.Add($"page is nested {depth} elements deep; article detection skipped, all page text analysed");
        }
        else if (elements > MaxReadableElements)
        {
            warnings.Add($"page has {elements} elements; article detection skipped, all page text analysed");
        }
        else
        {
            (text, page) = Readability(document, tags, warnings);
        }

        if (text is null)
        {
            // Readability may have pruned the document it was given: render a fresh parse.
            var whole = new PlainTextBuilder();
            HtmlTextWalker.Render(parser.ParseDocument(html).Body ?? (INode)document, whole);
            text = WithTitle(whole.ToString(), page.Title);
        }

        return new ArticleSource(new SourceText(displayPath, text), InputFormat.Html, page, warnings);
    }

    private static (string? Text, PageMetadata Page) Readability(IHtmlDocument document, PageMetadata tags, List<string> warnings)
    {
        Article article;
        try
        {
            using var reader = new Reader(BaseUri, document) { Debug = false, Logging = ReportLevel.Issue, LoggerDelegate = _ => { } };
            article = reader.GetArticle();
        }
#pragma warning disable CA1031 // A library failure on one page becomes a warning and the whole page's text, not a lost article.
        catch (Exception e)
#pragma warning restore CA1031
        {
            warnings.Add($"article detection failed ({e.GetType().Name}); all page text analysed");
            return (null, tags);
        }

        var page = new PageMetadata(
            Title: Clean(article.Title) ?? tags.Title,
            // The publisher's author tag is a clean name; Readability's byline often runs into the date.
            Byline: Byline(tags.Byline) ?? Byline(article.Byline) ?? Byline(article.Author),
            Date: article.PublicationDate is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : tags.Date,
            Outlet: Clean(article.SiteName) ?? tags.Outlet);
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
        {
            warnings.Add("no article found in the page; all page text analysed");
            return (null, page);
        }

        var content = new HtmlParser().ParseDocument(article.Content);
        var builder = new PlainTextBuilder();
        HtmlTextWalker.Render(content.Body ?? (INode)content, builder);
        return (WithTitle(builder.ToString(), page.Title), page);
    }

    /// <summary>Puts the headline first, as in a text article, unless the body already starts with it.</summary>
    private static string WithTitle(string body, string? title)
    {
        if (string.IsNullOrEmpty(title) || body.StartsWith(title, StringComparison.Ordinal))
        {
            return body;
        }

        return body.Length == 0 ? title : title + "\n\n" + body;
    }

    /// <summary>The page's own meta tags: the fallback when Readability finds nothing or is skipped.</summary>
    private static PageMetadata MetaTags(IHtmlDocument document)
    {
        string? Meta(params string[] names)
        {
            foreach (var name in names)
            {
                foreach (var m in document.QuerySelectorAll("meta"))
                {
                    string? key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
                    if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && Clean(m.GetAttribute("content")) is { } value)
                    {
                        return value;
                    }
                }
            }

            return null;
        }

        string? date = Meta("article:published_time", "datePublished", "date", "dc.date", "pubdate");
        return new PageMetadata(
            Title: Meta("og:title", "twitter:title") ?? Clean(document.Title),
            Byline: new[] { Meta("author"), Meta("byl"), Meta("dc.creator"), Meta("article:author") }.FirstOrDefault(a => a is not null && !a.Contains("://", StringComparison.Ordinal)),
            Date: IsoDate(date),
            Outlet: Meta("og:site_name", "application-name", "dc.publisher"));
    }

    private static string? IsoDate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d))
        {
            return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return null;
    }

    /// <summary>The byline as a name list: "By Jane Doe" and "by Jane Doe" become "Jane Doe".</summary>
    private static string? Byline(string? value)
    {
        string? clean = Clean(value);
        if (clean is not null && clean.Length > 3 && clean.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            clean = Clean(clean[3..]);
        }

        return clean;
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var b = new PlainTextBuilder();
        b.Append(value);
        return b.ToString();
    }

    /// <summary>The depth and size of the element tree, measured without recursion.</summary>
    private static (int Depth, int Elements) Measure(IDocument document)
    {
        int max = 0, count = 0;
        var stack = new Stack<(IElement Element, int Depth)>();
        if (document.DocumentElement is { } root)
        {
            stack.Push((root, 1));
        }

        while (stack.Count > 0)
        {
            var (e, d) = stack.Pop();
            max = Math.Max(max, d);
            count++;
            foreach (var child in e.Children)
            {
                stack.Push((child, d + 1));
            }
        }

        return (max, count);
    }
}

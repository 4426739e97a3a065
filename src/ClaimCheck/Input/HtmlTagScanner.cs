using System.Net;

namespace ClaimCheck.Input;

/// <summary>
/// A single linear pass over raw HTML that needs no DOM: it estimates how deep elements nest (HTML
/// parsers check scopes by walking the stack of open elements, so a page nested very deep costs them
/// time quadratic in its size) and, for such pages, strips the tags to plain text instead.
/// </summary>
internal static class HtmlTagScanner
{
    // Elements that never nest (void) or that the parser closes implicitly when the next one opens.
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "thead", "tbody",
        "tfoot", "colgroup", "caption", "!doctype",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp", "noscript" };

    private static readonly HashSet<string> Breaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article",
        "header", "footer", "ul", "ol", "table", "pre", "hr", "dt", "dd", "figcaption", "aside", "nav", "main",
    };

    /// <summary>
    /// Escapes every '&lt;' that cannot open a tag ("x &lt; y", "&lt;/&gt;") as "&amp;lt;": the HTML parser
    /// handles such stray marks in time quadratic in their number, the escaped form in linear time, and
    /// both mean the same text. Returns <paramref name="html"/> itself when there is none.
    /// </summary>
    public static string EscapeStrayLessThan(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        System.Text.StringBuilder? b = null;
        int copied = 0;
        for (int i = html.IndexOf('<'); i >= 0; i = html.IndexOf('<', i + 1))
        {
            char next = i + 1 < html.Length ? html[i + 1] : '\0';
            char after = i + 2 < html.Length ? html[i + 2] : '\0';
            bool tag = char.IsAsciiLetter(next) || next is '!' or '?' || (next == '/' && char.IsAsciiLetter(after));
            if (!tag)
            {
                b ??= new System.Text.StringBuilder(html.Length + 64);
                b.Append(html, copied, i - copied).Append("&lt;");
                copied = i + 1;
            }
        }

        return b is null ? html : b.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>The deepest nesting of start tags over end tags, ignoring elements that cannot nest; stops counting past <paramref name="cap"/>.</summary>
    public static int EstimateDepth(string html, int cap)
    {
        ArgumentNullException.ThrowIfNull(html);
        int depth = 0, max = 0;
        Scan(html, (name, closing, selfClosing) =>
        {
            if (NotNesting.Contains(name) || selfClosing)
            {
                return max <= cap;
            }

            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            max = Math.Max(max, depth);
            return max <= cap;
        }, null);
        return max;
    }

    /// <summary>The page's text with tags removed, entities decoded, scripts and styles dropped, and a paragraph break at block tags.</summary>
    public static string StripTags(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var output = new PlainTextBuilder();
        Scan(html, (name, _, _) =>
        {
            if (Breaks.Contains(name))
            {
                output.EndParagraph();
            }

            return true;
        }, text => output.Append(WebUtility.HtmlDecode(text)));
        return output.ToString();
    }

    /// <summary>
    /// Calls <paramref name="onTag"/> for each tag (name, is end tag, is self-closing) until it returns
    /// false, and <paramref name="onText"/> for the text between tags. Comments and raw-text element
    /// contents are skipped. Every character is looked at a bounded number of times.
    /// </summary>
    private static void Scan(string html, Func<string, bool, bool, bool> onTag, Action<string>? onText)
    {
        int i = 0, textStart = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                break;
            }

            if (lt + 3 < html.Length && string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                Text(textStart, lt);
                int end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = textStart = end < 0 ? html.Length : end + 3;
                continue;
            }

            int nameStart = lt + 1;
            bool closing = nameStart < html.Length && html[nameStart] == '/';
            if (closing)
            {
                nameStart++;
            }

            int nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || (nameEnd == nameStart && html[nameEnd] == '!')))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !(char.IsAsciiLetter(html[nameStart]) || html[nameStart] == '!'))
            {
                // A lone '<' is text.
                i = lt + 1;
                continue;
            }

            int gt = html.IndexOf('>', nameEnd);
            if (gt < 0)
            {
                gt = html.Length - 1;
            }

            Text(textStart, lt);
            string name = html[nameStart..nameEnd];
            bool selfClosing = gt > 0 && html[gt - 1] == '/';
            if (!onTag(name, closing, selfClosing))
            {
                return;
            }

            i = textStart = gt + 1;
            if (!closing && RawText.Contains(name))
            {
                int end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = textStart = end < 0 ? html.Length : end;
            }
        }

        Text(textStart, html.Length);

        void Text(int from, int to)
        {
            if (onText is not null && to > from)
            {
                onText(html[from..to]);
            }
        }
    }
}

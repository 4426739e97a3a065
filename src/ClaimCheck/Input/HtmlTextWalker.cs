using AngleSharp.Dom;

namespace ClaimCheck.Input;

/// <summary>
/// Renders a DOM subtree as plain text: block elements become paragraphs, &lt;br&gt; a line break,
/// &lt;pre&gt; keeps its lines, scripts, styles and form controls are dropped. Iterative, so a page
/// nested thousands of elements deep cannot overflow the stack.
/// </summary>
internal static class HtmlTextWalker
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul", "body", "html",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "math", "iframe", "object",
        "embed", "canvas", "audio", "video", "select", "option", "textarea", "input", "button",
    };

    public static void Render(INode root, PlainTextBuilder output)
    {
        // (node, true) enters a node, (node, false) leaves an element after its children.
        var stack = new Stack<(INode Node, bool Enter)>();
        stack.Push((root, true));
        while (stack.Count > 0)
        {
            var (node, enter) = stack.Pop();
            if (!enter)
            {
                output.EndParagraph();
                continue;
            }

            switch (node)
            {
                case IText t:
                    if (InPre(t))
                    {
                        output.AppendPreformatted(t.Data);
                    }
                    else
                    {
                        output.Append(t.Data);
                    }

                    continue;
                case IElement e when Skipped.Contains(e.LocalName):
                    continue;
                case IElement e when e.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase):
                    output.LineBreak();
                    continue;
                case IElement e when Blocks.Contains(e.LocalName):
                    output.EndParagraph();
                    stack.Push((node, false));
                    break;
                case IElement:
                case IDocument:
                case IDocumentFragment:
                    break;
                default:
                    // Comments, doctypes, processing instructions: not text.
                    continue;
            }

            // By index: AngleSharp's PreviousSibling searches the parent's list, quadratic over many siblings.
            var children = node.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], true));
            }
        }

        output.EndParagraph();
    }

    private static bool InPre(IText text)
    {
        // Bounded walk: preformatted text is rare and shallow; deep pages are flattened before this.
        int steps = 0;
        for (var e = text.ParentElement; e is not null && steps < 64; e = e.ParentElement, steps++)
        {
            if (e.LocalName.Equals("pre", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

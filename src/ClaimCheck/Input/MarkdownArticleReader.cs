using System.Globalization;
using ClaimCheck.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Input;

/// <summary>
/// Reads a Markdown article through Markdig: headings, emphasis and links become their text, block
/// quotes and list items stay as paragraphs of text, code keeps its lines, raw HTML is reduced to its
/// text. Paragraphs are separated by blank lines; offsets refer to this plain text. YAML front matter
/// is not text: its title, date, author and outlet keys become <see cref="PageMetadata"/>.
/// </summary>
/// <remarks>Never throws on content; walks the syntax tree without recursion.</remarks>
public static class MarkdownArticleReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public static ArticleSource Read(string markdown, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(displayPath);
        var warnings = new List<string>();
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig refuses absurd nesting ("depth limit exceeded"); the text itself is still the article.
            warnings.Add($"not read as Markdown ({e.Message}); analysed as plain text");
            return new ArticleSource(new SourceText(displayPath, markdown), InputFormat.Markdown, PageMetadata.None, warnings);
        }

        var page = PageMetadata.None;
        var output = new PlainTextBuilder();
        var stack = new Stack<Block>();
        stack.Push(document);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case YamlFrontMatterBlock front:
                    page = FrontMatter(front.Lines.ToString(), warnings);
                    break;
                case ContainerBlock container:
                    for (int i = container.Count - 1; i >= 0; i--)
                    {
                        stack.Push(container[i]);
                    }

                    break;
                case HtmlBlock html:
                    HtmlTextWalker.Render(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html.Lines.ToString()), output);
                    break;
                case CodeBlock code:
                    output.AppendPreformatted(code.Lines.ToString());
                    output.EndParagraph();
                    break;
                case LeafBlock leaf when leaf.Inline is { } inline:
                    RenderInlines(inline, output);
                    output.EndParagraph();
                    break;
                default:
                    // Thematic breaks, link reference definitions: no text.
                    break;
            }
        }

        return new ArticleSource(new SourceText(displayPath, output.ToString()), InputFormat.Markdown, page, warnings);
    }

    private static void RenderInlines(ContainerInline root, PlainTextBuilder output)
    {
        var stack = new Stack<Inline>();
        PushChildren(root, stack);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case LiteralInline literal:
                    output.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    output.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    output.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline link:
                    output.Append(link.Url);
                    break;
                case LineBreakInline br:
                    if (br.IsHard)
                    {
                        output.LineBreak();
                    }
                    else
                    {
                        output.Space();
                    }

                    break;
                case LinkInline { IsImage: true }:
                    // An image's alt text is not article text.
                    break;
                case ContainerInline container:
                    PushChildren(container, stack);
                    break;
                default:
                    // Raw inline HTML tags: no text of their own.
                    break;
            }
        }
    }

    private static void PushChildren(ContainerInline container, Stack<Inline> stack)
    {
        var children = new List<Inline>();
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            children.Add(child);
        }

        for (int i = children.Count - 1; i >= 0; i--)
        {
            stack.Push(children[i]);
        }
    }

    private static PageMetadata FrontMatter(string yaml, List<string> warnings)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml.Trim().Trim('-')));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map)
            {
                foreach (var (key, value) in map.Children)
                {
                    if (key is YamlScalarNode { Value: { } k } && value is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
                    {
                        values.TryAdd(k.Trim(), v.Trim());
                    }
                }
            }
        }
        catch (YamlException e)
        {
            warnings.Add($"front matter is not valid YAML ({e.Start.Line},{e.Start.Column}): ignored");
            return PageMetadata.None;
        }

        string? Get(params string[] keys) => keys.Select(k => values.GetValueOrDefault(k)).FirstOrDefault(v => v is not null);
        string? date = Get("date", "published", "pubdate");
        return new PageMetadata(
            Get("title"),
            Get("author", "byline"),
            date is not null && DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d) ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Get("outlet", "site", "site_name", "publisher", "source"));
    }
}

using System.Text;
using ClaimCheck.Reporting.Document;

namespace ClaimCheck.Reporting.Renderers;

/// <summary>
/// Renders a <see cref="ReportDocument"/> as CommonMark with pipe tables (GitHub Flavored Markdown).
/// Text is escaped so article words never become markup; output uses '\n' only.
/// </summary>
public static class MarkdownReportRenderer
{
    public static string Render(ReportDocument document)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Render(document, text);
        return text.ToString();
    }

    /// <summary>Writes the document block by block: a report of 50,000 articles is never one string.</summary>
    public static void Render(ReportDocument document, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        Render(document.Title, document.Blocks, output);
    }

    /// <summary>Writes a document given as a title and its blocks, made as they are read.</summary>
    public static void Render(string title, IEnumerable<ReportBlock> blocks, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var chunk in Chunks(title, blocks))
        {
            output.Write(chunk);
        }
    }

    /// <summary>
    /// The Markdown of a document in pieces of whole blocks (the title's first), about 64 KB each:
    /// their concatenation is the document, and each piece is valid Markdown on its own.
    /// </summary>
    internal static IEnumerable<StringBuilder> Chunks(string title, IEnumerable<ReportBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(blocks);
        var sb = new StringBuilder();
        sb.Append("# ").Append(Escape(title)).Append('\n');
        foreach (var block in blocks)
        {
            if (sb.Length >= 1 << 16)
            {
                yield return sb;
                sb.Clear();
            }

            AppendBlock(sb, block);
        }

        yield return sb;
    }

    /// <summary>Appends one block, after the blank line that separates it from the one before.</summary>
    internal static void AppendBlock(StringBuilder sb, ReportBlock block)
    {
        sb.Append('\n');
        switch (block)
        {
            case ReportHeading h:
                sb.Append('#', Math.Clamp(h.Level, 1, 6)).Append(' ').Append(Escape(h.Text)).Append('\n');
                break;
            case ReportParagraph p:
                AppendInlines(sb, p.Inlines);
                sb.Append('\n');
                break;
            case ReportList l:
                foreach (var item in l.Items)
                {
                    sb.Append("- ");
                    AppendInlines(sb, item);
                    sb.Append('\n');
                }

                break;
            case ReportTable t:
                AppendTable(sb, t);
                break;
            default:
                throw new NotSupportedException($"unknown block {block.GetType().Name}");
        }
    }

    private static void AppendTable(StringBuilder sb, ReportTable table)
    {
        sb.Append('|');
        foreach (var c in table.Columns)
        {
            sb.Append(' ').Append(Escape(c)).Append(" |");
        }

        sb.Append("\n|");
        foreach (var _ in table.Columns)
        {
            sb.Append("---|");
        }

        sb.Append('\n');
        foreach (var row in table.Rows)
        {
            sb.Append('|');
            for (int i = 0; i < table.Columns.Count; i++)
            {
                sb.Append(' ');
                if (i < row.Count)
                {
                    AppendInlines(sb, row[i]);
                }

                sb.Append(" |");
            }

            sb.Append('\n');
        }
    }

    private static void AppendInlines(StringBuilder sb, IReadOnlyList<ReportInline> inlines)
    {
        foreach (var inline in inlines)
        {
            string text = inline.Style == InlineStyle.Code ? CodeSpan(inline.Text) : Escape(inline.Text);
            string styled = inline.Style switch
            {
                InlineStyle.Strong => "**" + text + "**",
                InlineStyle.Emphasis => "*" + text + "*",
                _ => text,
            };
            if (inline.Target is { } target)
            {
                sb.Append('[').Append(styled).Append("](").Append(Destination(target)).Append(')');
            }
            else
            {
                sb.Append(styled);
            }
        }
    }

    /// <summary>Backslash-escapes every character that could start markup; line breaks become spaces (tables are one line per row).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '&' or '~' or '!':
                    sb.Append('\\').Append(c);
                    break;
                case '\n' or '\r' or '\t':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>A link destination: '#anchor' as is; spaces, brackets and '%' percent-encoded.</summary>
    public static string Destination(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var sb = new StringBuilder(target.Length);
        foreach (char c in target)
        {
            switch (c)
            {
                case ' ':
                    sb.Append("%20");
                    break;
                case '(':
                    sb.Append("%28");
                    break;
                case ')':
                    sb.Append("%29");
                    break;
                case '<':
                    sb.Append("%3C");
                    break;
                case '>':
                    sb.Append("%3E");
                    break;
                case '%':
                    sb.Append("%25");
                    break;
                default:
                    if (char.IsControl(c))
                    {
                        sb.Append("%20");
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    private static string CodeSpan(string text)
    {
        string fence = text.Contains('`', StringComparison.Ordinal) ? "``" : "`";
        return fence + " " + text.Replace('\n', ' ').Replace('|', '¦') + " " + fence;
    }
}

using System.Net;
using ClaimCheck.Reporting.Document;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace ClaimCheck.Reporting.Renderers;

/// <summary>
/// Renders a report as one self-contained HTML file (inline CSS, no scripts, no external resources)
/// by converting its Markdown through Markdig, so both outputs have the same structure and anchors.
/// Raw HTML in the Markdown is disabled: article text can never inject markup.
/// </summary>
public static class HtmlReportRenderer
{
    /// <summary>The pipeline the report's Markdown is read with; tests parse with the same one.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    private const string Style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.45; margin: 2rem auto; max-width: 80rem; padding: 0 1rem; color: #1d1d1f; }
        h1, h2, h3 { line-height: 1.2; }
        h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .25rem; margin-top: 2.5rem; }
        table { border-collapse: collapse; margin: .75rem 0 1.5rem; font-size: .92rem; }
        th, td { border: 1px solid #d0d7de; padding: .3rem .5rem; vertical-align: top; text-align: left; }
        th { background: #f6f8fa; }
        tr:nth-child(even) td { background: #fbfcfd; }
        a { color: #0550ae; }
        code { background: #f6f8fa; padding: 0 .2rem; }
        """;

    /// <summary>A longer table is converted this many rows at a time (Markdig's tree of a 50,000-row table is hundreds of MB).</summary>
    private const int RowsPerPiece = 500;

    public static string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Render(document.Title, document.Blocks, text);
        return text.ToString();
    }

    /// <summary>
    /// Writes the page piece by piece: the Markdown comes in pieces of whole blocks, each converted
    /// on its own. Headings are unique in a report, so each piece gets the anchors the whole
    /// document would.
    /// </summary>
    public static void Render(string title, IEnumerable<ReportBlock> blocks, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(output);
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" +
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
            $"<title>{WebUtility.HtmlEncode(title)}</title>\n<style>\n{Style.ReplaceLineEndings("\n")}\n</style>\n</head>\n<body>\n");
        var markdown = new System.Text.StringBuilder();
        markdown.Append("# ").Append(MarkdownReportRenderer.Escape(title)).Append('\n');
        foreach (var block in blocks)
        {
            if (block is ReportTable { Rows.Count: > RowsPerPiece } table)
            {
                Convert(markdown, output);
                WriteTable(table, output);
                continue;
            }

            if (markdown.Length >= 1 << 16)
            {
                Convert(markdown, output);
            }

            MarkdownReportRenderer.AppendBlock(markdown, block);
        }

        Convert(markdown, output);
        output.Write("</body>\n</html>\n");
    }

    private static void Convert(System.Text.StringBuilder markdown, TextWriter output)
    {
        if (markdown.Length > 0)
        {
            output.Write(Markdown.ToHtml(markdown.ToString(), Pipeline).ReplaceLineEndings("\n"));
            markdown.Clear();
        }
    }

    /// <summary>
    /// A long table in pieces of rows, each converted with the header; the pieces are joined into the
    /// one table the whole would give (the first piece's head, every piece's rows, one end).
    /// </summary>
    private static void WriteTable(ReportTable table, TextWriter output)
    {
        var markdown = new System.Text.StringBuilder();
        for (int start = 0; start < table.Rows.Count; start += RowsPerPiece)
        {
            int first = start;
            int count = Math.Min(RowsPerPiece, table.Rows.Count - start);
            var piece = new ReportTable(table.Columns, new ProjectedList<IReadOnlyList<IReadOnlyList<ReportInline>>>(count, i => table.Rows[first + i]));
            markdown.Clear();
            MarkdownReportRenderer.AppendBlock(markdown, piece);
            string html = Markdown.ToHtml(markdown.ToString(), Pipeline).ReplaceLineEndings("\n");
            int from = start == 0 ? 0 : html.IndexOf(BodyStart, StringComparison.Ordinal) + BodyStart.Length;
            int to = start + count < table.Rows.Count ? html.LastIndexOf(BodyEnd, StringComparison.Ordinal) : html.Length;
            output.Write(html.AsSpan(from, to - from));
        }
    }

    private const string BodyStart = "<tbody>\n";
    private const string BodyEnd = "</tbody>\n";
}

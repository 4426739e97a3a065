using System.Globalization;
using ClaimCheck.Extraction;

namespace ClaimCheck.Output;

/// <summary>A readable Markdown table of statements per article, for people rather than tools.</summary>
public static class MarkdownTableWriter
{
    public static void Write(TextWriter output, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(analysis);
        var meta = analysis.Metadata;
        output.Write($"## {Escape(analysis.Source.Path)}\n\n");
        var facts = new List<string>();
        if (meta.Title is not null)
        {
            facts.Add($"**Title:** {Escape(meta.Title)}");
        }

        if (meta.Outlet is not null)
        {
            facts.Add($"**Outlet:** {Escape(meta.Outlet)}");
        }

        if (meta.Date is not null)
        {
            facts.Add($"**Date:** {meta.Date}");
        }

        facts.Add($"**Statements:** {analysis.Statements.Count.ToString(CultureInfo.InvariantCulture)}");
        output.Write(string.Join(" · ", facts));
        output.Write("\n\n");
        if (analysis.Statements.Count == 0)
        {
            return;
        }

        output.Write("| # | Speaker | Kind | Cue | Channel | Statement | Offsets | Rule |\n");
        output.Write("|---|---|---|---|---|---|---|---|\n");
        int i = 0;
        string text = analysis.Source.Text;
        foreach (var s in analysis.Statements)
        {
            i++;
            string speaker = s.Speaker is { } sp ? $"{sp.Name} ({StatementNames.Of(sp.Type)}, {StatementNames.Of(sp.Via)})" : "—";
            string cue = s.Cue is { } c ? text.Substring(c.Span.Start, c.Span.Length) : "—";
            string channel = s.Channel is { } ch ? $"{ch.Name} ({StatementNames.Of(ch.Type)})" : "—";
            string offsets = string.Join(", ", s.Content.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Start}–{p.End}")));
            output.Write(string.Create(CultureInfo.InvariantCulture,
                $"| {i} | {Escape(speaker)} | {StatementNames.Of(s.Kind)} | {Escape(cue)} | {Escape(channel)} | {Escape(StatementNames.ContentText(text, s))} | {offsets} | `{s.Rule}` |\n"));
        }

        output.Write('\n');
    }

    /// <summary>Keeps a cell on one line and its pipes literal.</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r\n", " ", StringComparison.Ordinal)
            .Replace('\n', ' ')
            .Replace('\r', ' ');
    }
}

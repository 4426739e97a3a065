using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCheck.Extraction;
using ClaimCheck.Input;

namespace ClaimCheck.Commands;

/// <summary>
/// <c>extract --show-text</c>: before a document's statements, the text they cite offsets into (for
/// HTML and Markdown, the extracted plain text) with the document's metadata. In JSON Lines and JSON
/// it is a record with <c>"kind": "text"</c>, so readers that want statements only filter on kind;
/// in Markdown a fenced block.
/// </summary>
internal static class ExtractedTextWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The text block for <c>jsonl</c> (one record line) or <c>md</c> (a fenced block).</summary>
    public static string Render(string format, ArticleSource input, ArticleAnalysis analysis)
    {
        if (format == "md")
        {
            using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
            WriteMarkdown(text, input, analysis);
            return text.ToString();
        }

        using var buffer = new MemoryStream();
        using (var line = new Utf8JsonWriter(buffer, Options))
        {
            WriteRecord(line, input, analysis);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
    }

    internal static void WriteRecord(Utf8JsonWriter json, ArticleSource input, ArticleAnalysis analysis)
    {
        var meta = analysis.Metadata;
        json.WriteStartObject();
        json.WriteString("doc", analysis.Source.Path);
        json.WriteString("kind", "text");
        json.WriteString("format", input.Format switch { InputFormat.Html => "html", InputFormat.Markdown => "markdown", _ => "text" });
        Nullable(json, "title", meta.Title);
        Nullable(json, "byline", input.Page.Byline);
        Nullable(json, "date", meta.Date);
        Nullable(json, "outlet", meta.Outlet);
        json.WriteString("text", analysis.Source.Text);
        json.WriteEndObject();
    }

    private static void WriteMarkdown(TextWriter writer, ArticleSource input, ArticleAnalysis analysis)
    {
        // A fence longer than any backtick run in the text cannot be closed by it.
        string text = analysis.Source.Text;
        int longest = 0, run = 0;
        foreach (char c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        string fence = new('`', Math.Max(3, longest + 1));
        writer.Write($"## Text of {analysis.Source.Path}\n\n");
        if (input.Page.Byline is { } byline)
        {
            writer.Write($"Byline: {byline}\n\n");
        }

        writer.Write($"{fence}text\n{text.ReplaceLineEndings("\n")}\n{fence}\n\n");
    }

    private static void Nullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}

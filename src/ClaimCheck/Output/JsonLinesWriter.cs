using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCheck.Extraction;

namespace ClaimCheck.Output;

/// <summary>
/// Writes statements as JSON Lines, one record per statement with a fixed property order, so the
/// same analysis always gives the same bytes.
/// </summary>
public static class JsonLinesWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static void Write(TextWriter output, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(analysis);
        foreach (var statement in analysis.Statements)
        {
            output.Write(ToJson(analysis, statement));
            output.Write('\n');
        }
    }

    public static string ToJson(ArticleAnalysis analysis, Statement statement)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(statement);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            WriteRecord(json, analysis, statement);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void WriteRecord(Utf8JsonWriter json, ArticleAnalysis analysis, Statement statement)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(statement);
        string text = analysis.Source.Text;
        json.WriteStartObject();
        json.WriteString("doc", analysis.Source.Path);
        json.WriteString("kind", StatementNames.Of(statement.Kind));
        json.WriteString("text", StatementNames.ContentText(text, statement));
        json.WriteStartArray("content");
        foreach (var span in statement.Content)
        {
            json.WriteStartArray();
            json.WriteNumberValue(span.Start);
            json.WriteNumberValue(span.End);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        if (statement.Cue is { } cue)
        {
            json.WriteStartObject("cue");
            json.WriteString("text", text.AsSpan(cue.Span.Start, cue.Span.Length));
            json.WriteNumber("start", cue.Span.Start);
            json.WriteNumber("end", cue.Span.End);
            json.WriteString("lemma", cue.Lemma);
            json.WriteString("stance", cue.Stance);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("cue");
        }

        if (statement.Source is { } source)
        {
            json.WriteStartObject("source");
            json.WriteString("text", text.AsSpan(source.Start, source.Length));
            json.WriteNumber("start", source.Start);
            json.WriteNumber("end", source.End);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("source");
        }

        if (statement.Speaker is { } speaker)
        {
            json.WriteStartObject("speaker");
            json.WriteString("name", speaker.Name);
            json.WriteString("type", StatementNames.Of(speaker.Type));
            if (speaker.Role is null)
            {
                json.WriteNull("role");
            }
            else
            {
                json.WriteString("role", speaker.Role);
            }

            json.WriteString("via", StatementNames.Of(speaker.Via));
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("speaker");
        }

        if (statement.Channel is { } channel)
        {
            json.WriteStartObject("channel");
            json.WriteString("name", channel.Name);
            json.WriteString("type", StatementNames.Of(channel.Type));
            json.WriteString("rule", channel.Rule);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("channel");
        }

        WriteNullable(json, "outlet", analysis.Metadata.Outlet);
        WriteNullable(json, "date", analysis.Metadata.Date);
        json.WriteString("rule", statement.Rule);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
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

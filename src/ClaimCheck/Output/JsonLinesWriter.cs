using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCheck.Extraction;
using ClaimCheck.Text;

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

    // One UTF-8 buffer and JSON writer per thread, reused for every article: a stream, a writer and
    // two strings per statement were a third of all bytes extraction allocated.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? threadBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? threadJson;

    public static void Write(TextWriter output, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(analysis);
        output.Write(Render(analysis));
    }

    /// <summary>The JSON Lines of <paramref name="analysis"/>: one record and a '\n' per statement.</summary>
    public static string Render(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (analysis.Statements.Count == 0)
        {
            return "";
        }

        var buffer = RentBuffer(out var json);
        foreach (var statement in analysis.Statements)
        {
            json.Reset(buffer);
            WriteRecord(json, analysis, statement);
            json.Flush();
            buffer.Write("\n"u8);
        }

        return Done(buffer);
    }

    public static string ToJson(ArticleAnalysis analysis, Statement statement)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(statement);
        var buffer = RentBuffer(out var json);
        json.Reset(buffer);
        WriteRecord(json, analysis, statement);
        json.Flush();
        return Done(buffer);
    }

    /// <summary>The buffer's text; a buffer grown past 16 MB by a huge article is not kept for the next one.</summary>
    private static string Done(ArrayBufferWriter<byte> buffer)
    {
        string text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (buffer.Capacity > 1 << 24)
        {
            threadBuffer = null;
            threadJson = null;
        }

        return text;
    }

    private static ArrayBufferWriter<byte> RentBuffer(out Utf8JsonWriter json)
    {
        var buffer = threadBuffer ??= new ArrayBufferWriter<byte>(1 << 14);
        buffer.ResetWrittenCount();
        json = threadJson ??= new Utf8JsonWriter(buffer, Options);
        return buffer;
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
        WriteContentText(json, text, statement.Content);
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

    /// <summary>As <see cref="StatementNames.ContentText"/>, without making the string when there is one piece.</summary>
    private static void WriteContentText(Utf8JsonWriter json, string text, IReadOnlyList<TextSpan> content)
    {
        if (content.Count == 1)
        {
            json.WriteString("text", text.AsSpan(content[0].Start, content[0].Length));
            return;
        }

        int length = 0;
        foreach (var c in content)
        {
            length += c.Length + StatementNames.ContentSeparator.Length;
        }

        char[] chars = ArrayPool<char>.Shared.Rent(Math.Max(length, 1));
        int n = 0;
        foreach (var c in content)
        {
            if (n > 0)
            {
                StatementNames.ContentSeparator.CopyTo(chars.AsSpan(n));
                n += StatementNames.ContentSeparator.Length;
            }

            text.AsSpan(c.Start, c.Length).CopyTo(chars.AsSpan(n));
            n += c.Length;
        }

        json.WriteString("text", chars.AsSpan(0, n));
        ArrayPool<char>.Shared.Return(chars);
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

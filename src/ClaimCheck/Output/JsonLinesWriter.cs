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
        var doc = JsonEncodedText.Encode(analysis.Source.Path, Options.Encoder); // once per article, not per record
        foreach (var statement in analysis.Statements)
        {
            json.Reset(buffer);
            WriteRecord(json, analysis, statement, doc);
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
        WriteRecord(json, analysis, statement, JsonEncodedText.Encode(analysis.Source.Path, Options.Encoder));
    }

    private static void WriteRecord(Utf8JsonWriter json, ArticleAnalysis analysis, Statement statement, JsonEncodedText doc)
    {
        string text = analysis.Source.Text;
        json.WriteStartObject();
        json.WriteString(JsonRecordNames.Doc, doc);
        json.WriteString(JsonRecordNames.Kind, StatementNames.Of(statement.Kind));
        WriteContentText(json, text, statement.Content);
        json.WriteStartArray(JsonRecordNames.Content);
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
            json.WriteStartObject(JsonRecordNames.Cue);
            json.WriteString(JsonRecordNames.Text, text.AsSpan(cue.Span.Start, cue.Span.Length));
            json.WriteNumber(JsonRecordNames.Start, cue.Span.Start);
            json.WriteNumber(JsonRecordNames.End, cue.Span.End);
            json.WriteString(JsonRecordNames.Lemma, cue.Lemma);
            json.WriteString(JsonRecordNames.Stance, cue.Stance);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull(JsonRecordNames.Cue);
        }

        if (statement.Source is { } source)
        {
            json.WriteStartObject(JsonRecordNames.Source);
            json.WriteString(JsonRecordNames.Text, text.AsSpan(source.Start, source.Length));
            json.WriteNumber(JsonRecordNames.Start, source.Start);
            json.WriteNumber(JsonRecordNames.End, source.End);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull(JsonRecordNames.Source);
        }

        if (statement.Speaker is { } speaker)
        {
            json.WriteStartObject(JsonRecordNames.Speaker);
            json.WriteString(JsonRecordNames.Name, speaker.Name);
            json.WriteString(JsonRecordNames.Type, StatementNames.Of(speaker.Type));
            if (speaker.Role is null)
            {
                json.WriteNull(JsonRecordNames.Role);
            }
            else
            {
                json.WriteString(JsonRecordNames.Role, speaker.Role);
            }

            json.WriteString(JsonRecordNames.Via, StatementNames.Of(speaker.Via));
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull(JsonRecordNames.Speaker);
        }

        if (statement.Channel is { } channel)
        {
            json.WriteStartObject(JsonRecordNames.Channel);
            json.WriteString(JsonRecordNames.Name, channel.Name);
            json.WriteString(JsonRecordNames.Type, StatementNames.Of(channel.Type));
            json.WriteString(JsonRecordNames.Rule, channel.Rule);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull(JsonRecordNames.Channel);
        }

        WriteNullable(json, JsonRecordNames.Outlet, analysis.Metadata.Outlet);
        WriteNullable(json, JsonRecordNames.Date, analysis.Metadata.Date);
        json.WriteString(JsonRecordNames.Rule, statement.Rule);
        json.WriteEndObject();
    }

    /// <summary>As <see cref="StatementNames.ContentText"/>, without making the string when there is one piece.</summary>
    private static void WriteContentText(Utf8JsonWriter json, string text, IReadOnlyList<TextSpan> content)
    {
        if (content.Count == 1)
        {
            json.WriteString(JsonRecordNames.Text, text.AsSpan(content[0].Start, content[0].Length));
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

        json.WriteString(JsonRecordNames.Text, chars.AsSpan(0, n));
        ArrayPool<char>.Shared.Return(chars);
    }

    private static void WriteNullable(Utf8JsonWriter json, JsonEncodedText name, string? value)
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

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCheck.Extraction;
using ClaimCheck.Framing;
using ClaimCheck.Output;
using ClaimCheck.Text;

namespace ClaimCheck.Reporting.Input;

/// <summary>
/// The article record: one JSON line per article, <c>"record":"article"</c>, written by
/// <c>extract --articles</c> before the article's statement records and kept by the store. With the
/// statement records that follow it, it is everything <see cref="ReportArticle"/> holds, so a report
/// from records is the report from the articles, byte for byte. Fixed property order:
/// <code>
/// {"doc":…,"record":"article","outlet":…,"date":…,"title":…,"statements":N,
///  "hedges":[[label,start,end],…],"scare_quotes":[text,…],"narration":[[start,end,text],…],
///  "unattributed":[[start,end,text],…],
///  "persons":[{"start":…,"end":…,"name":…,"role":…},{"start":…,"end":…,"description":…,"role":…,"quoted":true},…]}
/// </code>
/// </summary>
public static class ArticleRecordJson
{
    public const string RecordProperty = "record";
    public const string ArticleKind = "article";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    private static readonly Dictionary<string, StatementKind> Kinds = Enum.GetValues<StatementKind>().ToDictionary(StatementNames.Of, StringComparer.Ordinal);
    private static readonly Dictionary<string, EntityType> Types = Enum.GetValues<EntityType>().ToDictionary(StatementNames.Of, StringComparer.Ordinal);
    private static readonly Dictionary<string, SpeakerVia> Vias = Enum.GetValues<SpeakerVia>().ToDictionary(StatementNames.Of, StringComparer.Ordinal);
    private static readonly Dictionary<string, ChannelType> ChannelTypes = Enum.GetValues<ChannelType>().ToDictionary(StatementNames.Of, StringComparer.Ordinal);

    /// <summary>The article record of an analysis made with facts (one line, no newline).</summary>
    /// <exception cref="ArgumentException">The analysis has no <see cref="ArticleAnalysis.Facts"/>.</exception>
    public static string ToJson(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var facts = analysis.Facts ?? throw new ArgumentException("the analysis was made without report facts", nameof(analysis));
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            var meta = analysis.Metadata;
            json.WriteStartObject();
            json.WriteString("doc", analysis.Source.Path);
            json.WriteString(RecordProperty, ArticleKind);
            WriteNullable(json, "outlet", meta.Outlet);
            WriteNullable(json, "date", meta.Date);
            WriteNullable(json, "title", meta.Title);
            json.WriteNumber("statements", analysis.Statements.Count);
            json.WriteStartArray("hedges");
            foreach (var h in facts.Hedges)
            {
                json.WriteStartArray();
                json.WriteStringValue(h.Label);
                json.WriteNumberValue(h.Span.Start);
                json.WriteNumberValue(h.Span.End);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("scare_quotes");
            foreach (var s in facts.ScareQuotes)
            {
                json.WriteStringValue(s);
            }

            json.WriteEndArray();
            WritePieces(json, "narration", facts.Narration);
            WritePieces(json, "unattributed", facts.Unattributed);
            json.WriteStartArray("persons");
            foreach (var p in facts.Persons)
            {
                json.WriteStartObject();
                json.WriteNumber("start", p.Span.Start);
                json.WriteNumber("end", p.Span.End);
                if (p.Name is not null)
                {
                    json.WriteString("name", p.Name);
                }
                else
                {
                    WriteNullable(json, "description", p.Description);
                }

                WriteNullable(json, "role", p.Role);
                if (p.Quoted)
                {
                    json.WriteBoolean("quoted", true);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>True when a parsed line is an article record rather than a statement record.</summary>
    public static bool IsArticleRecord(JsonElement root) =>
        root.TryGetProperty(RecordProperty, out var kind) && kind.ValueKind == JsonValueKind.String && kind.ValueEquals(ArticleKind);

    /// <summary>
    /// The report input of one article: its article record (null when the records were written
    /// without <c>--articles</c>: outlet and date then come from the statements, and the facts are
    /// empty) and its statement records in document order.
    /// </summary>
    /// <exception cref="InvalidDataException">A record is malformed, or the count of statements disagrees.</exception>
    public static ReportArticle Read(string doc, string? articleRecord, IReadOnlyList<string> statementRecords)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(statementRecords);
        try
        {
            var statements = new List<ArticleStatement>(statementRecords.Count);
            string? outlet = null, date = null;
            foreach (var line in statementRecords)
            {
                using var json = JsonDocument.Parse(line);
                statements.Add(Statement(json.RootElement));
                outlet = Text(json.RootElement, "outlet");
                date = Text(json.RootElement, "date");
            }

            if (articleRecord is null)
            {
                return new ReportArticle(doc, outlet, date, null, statements, ArticleFacts.Empty);
            }

            using var article = JsonDocument.Parse(articleRecord);
            var root = article.RootElement;
            int count = root.GetProperty("statements").GetInt32();
            if (count != statements.Count)
            {
                throw new InvalidDataException($"{doc}: the article record says {count} statements, {statements.Count} records follow it");
            }

            var facts = new ArticleFacts(
                root.GetProperty("hedges").EnumerateArray().Select(h => new HedgeMatch(h[0].GetString()!, new TextSpan(h[1].GetInt32(), h[2].GetInt32()))).ToList(),
                root.GetProperty("scare_quotes").EnumerateArray().Select(s => s.GetString()!).ToList(),
                Pieces(root.GetProperty("narration")),
                Pieces(root.GetProperty("unattributed")),
                root.GetProperty("persons").EnumerateArray().Select(p => new PersonMention(
                    new TextSpan(p.GetProperty("start").GetInt32(), p.GetProperty("end").GetInt32()),
                    Text(p, "name"),
                    Text(p, "role"),
                    Text(p, "description"),
                    p.TryGetProperty("quoted", out var q) && q.ValueKind == JsonValueKind.True)).ToList());
            return new ReportArticle(doc, Text(root, "outlet"), Text(root, "date"), Text(root, "title"), statements, facts);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IndexOutOfRangeException)
        {
            throw new InvalidDataException($"{doc}: malformed record: {e.Message}", e);
        }
    }

    private static ArticleStatement Statement(JsonElement r)
    {
        var content = r.GetProperty("content").EnumerateArray().Select(Span).ToList();
        Cue? cue = null;
        string? cueText = null;
        if (r.GetProperty("cue") is { ValueKind: JsonValueKind.Object } c)
        {
            cue = new Cue(Span(c), c.GetProperty("lemma").GetString()!, c.GetProperty("stance").GetString()!, "");
            cueText = c.GetProperty("text").GetString();
        }

        TextSpan? source = null;
        string? sourceText = null;
        if (r.GetProperty("source") is { ValueKind: JsonValueKind.Object } s)
        {
            source = Span(s);
            sourceText = s.GetProperty("text").GetString();
        }

        Speaker? speaker = null;
        if (r.GetProperty("speaker") is { ValueKind: JsonValueKind.Object } sp)
        {
            speaker = new Speaker(sp.GetProperty("name").GetString()!, Types[sp.GetProperty("type").GetString()!], Text(sp, "role"), Vias[sp.GetProperty("via").GetString()!]);
        }

        Channel? channel = null;
        if (r.GetProperty("channel") is { ValueKind: JsonValueKind.Object } ch)
        {
            channel = new Channel(ch.GetProperty("name").GetString()!, ChannelTypes[ch.GetProperty("type").GetString()!], ch.GetProperty("rule").GetString()!);
        }

        var statement = new Statement(Kinds[r.GetProperty("kind").GetString()!], content, cue, source, speaker, channel, r.GetProperty("rule").GetString()!);
        return new ArticleStatement(statement, r.GetProperty("text").GetString()!, cueText, sourceText);
    }

    private static TextSpan Span(JsonElement e) => e.ValueKind == JsonValueKind.Array
        ? new TextSpan(e[0].GetInt32(), e[1].GetInt32())
        : new TextSpan(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32());

    private static List<TextPiece> Pieces(JsonElement array) =>
        array.EnumerateArray().Select(p => new TextPiece(new TextSpan(p[0].GetInt32(), p[1].GetInt32()), p[2].GetString()!)).ToList();

    private static void WritePieces(Utf8JsonWriter json, string name, IReadOnlyList<TextPiece> pieces)
    {
        json.WriteStartArray(name);
        foreach (var p in pieces)
        {
            json.WriteStartArray();
            json.WriteNumberValue(p.Span.Start);
            json.WriteNumberValue(p.Span.End);
            json.WriteStringValue(p.Text);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

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

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCheck.Framing;
using ClaimCheck.Output;

namespace ClaimCheck.Reporting.Renderers;

/// <summary>
/// Renders a report's content as one JSON object for other tools: the same five sections as the
/// Markdown, with texts whole and offsets as [start, end). Property order is fixed.
/// </summary>
public static class JsonReportRenderer
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        NewLine = "\n",
    };

    /// <summary>Pending output past this is written out: the JSON of a large report is never one string.</summary>
    private const int FlushAt = 1 << 16;

    public static string Render(CrossSourceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Render(report, text);
        return text.ToString();
    }

    /// <summary>Writes the JSON to <paramref name="output"/> as it is made.</summary>
    public static void Render(CrossSourceReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using (var stream = new TextWriterStream(output))
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            Write(json, report);
        }

        output.Write('\n');
    }

    private static void Write(Utf8JsonWriter json, CrossSourceReport report)
    {
        json.WriteStartObject();
        json.WriteStartArray("sources");
        foreach (var s in report.Sources)
        {
            json.WriteStartObject();
            json.WriteNumber("article", s.Article);
            json.WriteString("path", s.Path);
            json.WriteString("link", s.Link);
            json.WriteString("outlet", s.Outlet);
            NullableString(json, "date", s.Date);
            NullableString(json, "title", s.Title);
            json.WriteNumber("statements", s.Statements);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("speakers");
        foreach (var s in report.Speakers)
        {
            json.WriteStartObject();
            json.WriteString("id", s.Speaker.Id);
            json.WriteString("name", s.Speaker.Name);
            json.WriteString("type", StatementNames.Of(s.Speaker.Type));
            json.WriteBoolean("unresolved", s.Speaker.Unresolved);
            Strings(json, "forms", s.Speaker.Forms);
            Strings(json, "roles", s.Speaker.Roles);
            json.WriteStartArray("statements");
            foreach (var r in s.Statements)
            {
                Statement(json, report, r);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("claims");
        foreach (var c in report.Claims)
        {
            json.WriteStartObject();
            json.WriteString("id", c.Cluster.Id);
            json.WriteNumber("articles", c.Cluster.ArticleCount);
            Strings(json, "shared", c.Cluster.Keys);
            json.WriteStartArray("reports");
            foreach (var r in c.Reports)
            {
                Statement(json, report, r);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("framing");
        foreach (var o in report.Framing)
        {
            Framing(json, o);
        }

        json.WriteEndArray();
        json.WriteStartArray("unattributed");
        foreach (var u in report.Unattributed)
        {
            json.WriteStartObject();
            json.WriteString("path", report.Sources[u.Article].Path);
            json.WriteString("outlet", u.Outlet);
            Span(json, "span", u.Span.Start, u.Span.End);
            json.WriteString("text", u.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Statement(Utf8JsonWriter json, CrossSourceReport report, ReportStatement r)
    {
        if (json.BytesPending >= FlushAt)
        {
            json.Flush();
        }

        json.WriteStartObject();
        json.WriteString("path", report.Sources[r.Article].Path);
        if (r.Statement is { } index)
        {
            json.WriteNumber("statement", index);
        }
        else
        {
            json.WriteNull("statement");
        }

        NullableString(json, "speaker", r.SpeakerId);
        json.WriteString("named_as", r.NamedAs);
        json.WriteString("kind", r.Kind);
        NullableString(json, "verb", r.Verb);
        NullableString(json, "stance", r.Stance);
        NullableString(json, "channel", r.Channel);
        json.WriteString("outlet", r.Outlet);
        Strings(json, "hedges", r.Hedges);
        Span(json, "span", r.Span.Start, r.Span.End);
        json.WriteString("text", r.Text);
        json.WriteEndObject();
    }

    private static void Framing(Utf8JsonWriter json, OutletFraming o)
    {
        json.WriteStartObject();
        json.WriteString("outlet", o.Outlet);
        json.WriteNumber("articles", o.Articles);
        json.WriteNumber("statements", o.Statements);
        json.WriteStartArray("stances");
        foreach (var s in o.Stances)
        {
            json.WriteStartObject();
            json.WriteString("stance", s.Stance);
            json.WriteNumber("count", s.Count);
            Terms(json, "cues", s.Cues);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Terms(json, "hedges", o.Hedges);
        Terms(json, "scare_quotes", o.ScareQuotes);
        json.WriteStartArray("descriptors");
        foreach (var d in o.Descriptors)
        {
            json.WriteStartObject();
            json.WriteString("speaker", d.SpeakerId);
            json.WriteString("name", d.SpeakerName);
            Terms(json, "descriptors", d.Descriptors);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Terms(Utf8JsonWriter json, string name, IReadOnlyList<TermCount> terms)
    {
        json.WriteStartArray(name);
        foreach (var t in terms)
        {
            json.WriteStartObject();
            json.WriteString("term", t.Term);
            json.WriteNumber("count", t.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }

    private static void Span(Utf8JsonWriter json, string name, int start, int end)
    {
        json.WriteStartArray(name);
        json.WriteNumberValue(start);
        json.WriteNumberValue(end);
        json.WriteEndArray();
    }

    private static void NullableString(Utf8JsonWriter json, string name, string? value)
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

using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimCheck.Extraction;
using ClaimCheck.Text;

namespace ClaimCheck.Evaluation;

/// <summary>
/// Renders an <see cref="EvalResult"/>: the scores as Markdown or JSON, and the errors as Markdown.
/// Output depends on the result only (fixed order, invariant culture, \n line ends), so runs diff cleanly.
/// </summary>
public static class EvalReport
{
    private static readonly (string Name, Func<EvalResult, SplitScores> Get)[] Splits =
    [
        ("all", r => r.All),
        ("direct", r => r.Direct),
        ("other", r => r.Other),
    ];

    private static readonly (string Name, Func<SplitScores, RoleScores> Get)[] Roles =
    [
        ("source", s => s.Source),
        ("cue", s => s.Cue),
        ("content", s => s.Content),
    ];

    /// <summary>Scores as Markdown tables: spans (role × exact/overlap) and attribution level, for all, direct and other.</summary>
    public static string ToMarkdown(EvalResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var md = new Lines();
        md.Add("# Attribution evaluation");
        md.Add();
        md.Add(Invariant($"{result.Articles} articles, {result.All.Attributions.Gold} gold attributions, {result.All.Attributions.Predicted} predicted statements."));
        md.Add("Direct: the content holds a quotation mark. Recall counts gold items, precision counts predictions, each split by its own text.");
        foreach (var (name, get) in Splits)
        {
            var split = get(result);
            md.Add();
            md.Add(Invariant($"## {char.ToUpperInvariant(name[0])}{name[1..]} ({split.Attributions.Gold} gold, {split.Attributions.Predicted} predicted)"));
            md.Add();
            md.Add("| role | match | P | R | F1 | matched / predicted | found / gold |");
            md.Add("|---|---|---:|---:|---:|---:|---:|");
            foreach (var (role, getRole) in Roles)
            {
                var scores = getRole(split);
                foreach (var (match, counts) in new[] { ("exact", scores.Exact), ("overlap", scores.Overlap) })
                {
                    md.Add(Invariant($"| {role} | {match} | {Figure(counts.Precision)} | {Figure(counts.Recall)} | {Figure(counts.F1)} | {counts.PredictedMatched} / {counts.Predicted} | {counts.GoldMatched} / {counts.Gold} |"));
                }
            }
            var a = split.Attributions;
            md.Add();
            md.Add("| attribution level | value | count |");
            md.Add("|---|---:|---:|");
            md.Add(Invariant($"| found (recall) | {Figure(a.FoundShare)} | {a.Found} / {a.Gold} |"));
            md.Add(Invariant($"| source correct, of found | {Figure(a.SourceShare)} | {a.SourceCorrect} / {a.FoundWithGoldSource} |"));
            md.Add(Invariant($"| precision | {Figure(a.Precision)} | {a.PredictedMatched} / {a.Predicted} |"));
            md.Add(Invariant($"| F1 | {Figure(a.F1)} | |"));
        }
        return md.ToString();
    }

    /// <summary>Scores as indented JSON with a fixed property order; figures rounded to 4 decimals, null when undefined.</summary>
    public static string ToJson(EvalResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteNumber("articles", result.Articles);
            foreach (var (name, get) in Splits)
            {
                var split = get(result);
                json.WriteStartObject(name);
                foreach (var (role, getRole) in Roles)
                {
                    var scores = getRole(split);
                    json.WriteStartObject(role);
                    WriteCounts(json, "exact", scores.Exact);
                    WriteCounts(json, "overlap", scores.Overlap);
                    json.WriteEndObject();
                }
                var a = split.Attributions;
                json.WriteStartObject("attributions");
                WriteFigure(json, "found", a.FoundShare);
                WriteFigure(json, "sourceCorrect", a.SourceShare);
                WriteFigure(json, "precision", a.Precision);
                WriteFigure(json, "f1", a.F1);
                json.WriteNumber("gold", a.Gold);
                json.WriteNumber("foundCount", a.Found);
                json.WriteNumber("foundWithGoldSource", a.FoundWithGoldSource);
                json.WriteNumber("sourceCorrectCount", a.SourceCorrect);
                json.WriteNumber("predicted", a.Predicted);
                json.WriteNumber("predictedMatched", a.PredictedMatched);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>
    /// The misses, false alarms and wrong sources of each article, with the gold and predicted text of
    /// source, cue and content and their offsets.
    /// </summary>
    public static string ErrorsToMarkdown(EvalResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var md = new Lines();
        md.Add("# Attribution errors");
        md.Add();
        var misses = result.Errors.Sum(e => e.Misses.Count);
        var alarms = result.Errors.Sum(e => e.FalseAlarms.Count);
        var wrong = result.Errors.Sum(e => e.WrongSources.Count);
        var contents = result.Errors.Sum(e => e.WrongContents.Count);
        md.Add(Invariant($"{result.Errors.Count} of {result.Articles} articles with errors: {misses} misses (gold attributions not found), {alarms} false alarms (predictions matching no gold), {wrong} wrong sources, {contents} wrong contents (found, but the content span differs)."));
        foreach (var article in result.Errors)
        {
            var text = article.Text.Text;
            md.Add();
            md.Add($"## {Escape(article.Article)}");
            if (article.Misses.Count > 0)
            {
                md.Add();
                md.Add(Invariant($"### Misses ({article.Misses.Count})"));
                md.Add();
                foreach (var miss in article.Misses)
                {
                    md.Add($"- gold {miss.Gold.Id}: {Describe(text, miss.Gold)}");
                    md.Add(miss.Nearest is { } nearest
                        ? Invariant($"  - nearest prediction, {miss.Coverage:P0} of the content tokens: {Describe(text, nearest)}")
                        : "  - no prediction overlaps the content");
                }
            }
            if (article.FalseAlarms.Count > 0)
            {
                md.Add();
                md.Add(Invariant($"### False alarms ({article.FalseAlarms.Count})"));
                md.Add();
                foreach (var alarm in article.FalseAlarms)
                {
                    md.Add($"- predicted: {Describe(text, alarm)}");
                }
            }
            if (article.WrongSources.Count > 0)
            {
                md.Add();
                md.Add(Invariant($"### Wrong sources ({article.WrongSources.Count})"));
                md.Add();
                foreach (var w in article.WrongSources)
                {
                    md.Add($"- gold {w.Gold.Id}: {Describe(text, w.Gold)}");
                    md.Add($"  - predicted source {Show(text, w.Predicted.Source is { } s ? [s] : [])} ({Escape(w.Predicted.Kind.ToString())}, rule {Escape(w.Predicted.Rule)})");
                }
            }
            if (article.WrongContents.Count > 0)
            {
                md.Add();
                md.Add(Invariant($"### Wrong contents ({article.WrongContents.Count})"));
                md.Add();
                foreach (var w in article.WrongContents)
                {
                    md.Add($"- gold {w.Gold.Id} content {Show(text, w.Gold.Content)}");
                    md.Add($"  - predicted content {Show(text, w.Predicted.Content)} ({Escape(w.Predicted.Kind.ToString())}, rule {Escape(w.Predicted.Rule)})");
                    md.Add($"  - {Boundaries(text, w.Gold.Content, w.Predicted.Content)}");
                }
            }
        }
        return md.ToString();
    }

    /// <summary>Which side reaches further at the start and at the end of the trimmed content extents.</summary>
    private static string Boundaries(string text, IReadOnlyList<TextSpan> gold, IReadOnlyList<TextSpan> predicted)
    {
        static TextSpan Extent(string text, IReadOnlyList<TextSpan> pieces)
        {
            var trimmed = pieces.Select(p => EvalText.Trim(text, p)).Where(p => !p.IsEmpty).ToArray();
            return trimmed.Length == 0 ? default : new TextSpan(trimmed.Min(p => p.Start), trimmed.Max(p => p.End));
        }

        static string Side(int gold, int predicted, bool start)
        {
            if (gold == predicted)
            {
                return "same";
            }
            var goldLonger = start ? gold < predicted : gold > predicted;
            return goldLonger ? "gold longer" : "predicted longer";
        }

        var g = Extent(text, gold);
        var p = Extent(text, predicted);
        var pieces = gold.Count != predicted.Count ? Invariant($"; pieces gold {gold.Count}, predicted {predicted.Count}") : "";
        return $"start: {Side(g.Start, p.Start, start: true)}; end: {Side(g.End, p.End, start: false)}{pieces}";
    }

    private static string Describe(string text, GoldAttribution gold) =>
        $"source {Show(text, gold.Source)}; cue {Show(text, gold.Cue)}; content {Show(text, gold.Content)}";

    private static string Describe(string text, Statement statement) =>
        $"source {Show(text, statement.Source is { } s ? [s] : [])}; "
        + $"cue {Show(text, statement.Cue is { } c ? [c.Span] : [])}; "
        + $"content {Show(text, statement.Content)} ({Escape(statement.Kind.ToString())}, rule {Escape(statement.Rule)})";

    /// <summary>Pieces as [start, end) "text", joined by +; long text is shortened in the middle.</summary>
    private static string Show(string text, IReadOnlyList<TextSpan> pieces)
    {
        if (pieces.Count == 0)
        {
            return "(none)";
        }
        return string.Join(" + ", pieces.Select(p =>
        {
            var start = Math.Clamp(p.Start, 0, text.Length);
            var end = Math.Clamp(p.End, start, text.Length);
            var shown = string.Join(' ', text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (shown.Length > 200)
            {
                shown = string.Concat(shown.AsSpan(0, 130), " … ", shown.AsSpan(shown.Length - 60));
            }
            return Invariant($"[{p.Start}, {p.End}) \"{Escape(shown)}\"");
        }));
    }

    /// <summary>Escapes what Markdown would otherwise render as markup, so the text reads as written.</summary>
    private static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                sb.Append('\\');
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Figure(double? value) =>
        value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    private static void WriteCounts(Utf8JsonWriter json, string name, MatchCounts counts)
    {
        json.WriteStartObject(name);
        WriteFigure(json, "precision", counts.Precision);
        WriteFigure(json, "recall", counts.Recall);
        WriteFigure(json, "f1", counts.F1);
        json.WriteNumber("gold", counts.Gold);
        json.WriteNumber("goldMatched", counts.GoldMatched);
        json.WriteNumber("predicted", counts.Predicted);
        json.WriteNumber("predictedMatched", counts.PredictedMatched);
        json.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Math.Round(v, 4));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>Builds text with \n line ends whatever the platform.</summary>
    private sealed class Lines
    {
        private readonly StringBuilder _sb = new();

        public void Add(string line = "") => _sb.Append(line).Append('\n');

        public override string ToString() => _sb.ToString();
    }
}

using System.Globalization;
using System.Text;
using ClaimCheck.Text;

namespace ClaimCheck.Evaluation;

/// <summary>
/// Reads the brat standoff files of PolNeAR: <c>T</c> lines (spans, possibly discontinuous, whose text
/// may run over several lines) and <c>Attribution</c> / <c>Attribution-no-source</c> events.
/// Malformed lines are reported and skipped, never fatal: one bad line must not lose an article.
/// </summary>
public static class BratReader
{
    /// <summary>Parses the content of one .ann file.</summary>
    /// <param name="annotations">The file's text.</param>
    /// <param name="text">The article text, to reject spans that run past it and report spans whose
    /// text differs from the article's at their offsets; null to skip these checks.</param>
    public static BratParseResult Parse(string annotations, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        var warnings = new List<string>();
        var spans = new Dictionary<string, BratSpan>(StringComparer.Ordinal);
        var events = new List<(string Id, string Body, int Line)>();
        var eventIds = new HashSet<string>(StringComparer.Ordinal);
        BratSpan? previousSpan = null;

        var lines = annotations.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var lineNumber = i + 1;
            var kind = LineKind(line);
            if (kind == '\0')
            {
                // Brat writes a span's text as is, so a span over a paragraph break continues on the next lines.
                if (previousSpan is not null)
                {
                    previousSpan.Text.Append('\n').Append(line);
                }
                else if (line.Trim().Length > 0)
                {
                    warnings.Add(Warn(lineNumber, "not an annotation line", line));
                }
                continue;
            }

            previousSpan = null;
            var fields = line.Split('\t', 3);
            switch (kind)
            {
                case 'T':
                    var span = ParseSpan(fields, lineNumber, text?.Length, warnings);
                    if (span is null)
                    {
                        break;
                    }
                    if (!spans.TryAdd(span.Id, span))
                    {
                        warnings.Add(Warn(lineNumber, $"duplicate id {span.Id}; the first one is kept", line));
                        break;
                    }
                    previousSpan = span;
                    break;
                case 'E':
                    if (fields.Length < 2)
                    {
                        warnings.Add(Warn(lineNumber, "event without arguments", line));
                    }
                    else if (!eventIds.Add(fields[0]))
                    {
                        warnings.Add(Warn(lineNumber, $"duplicate id {fields[0]}; the first one is kept", line));
                    }
                    else
                    {
                        events.Add((fields[0], fields[1], lineNumber));
                    }
                    break;
                default:
                    // Notes (#), relations and attributes carry nothing we score.
                    break;
            }
        }

        if (text is not null)
        {
            foreach (var span in spans.Values)
            {
                CheckText(span, text, warnings);
            }
        }

        // Events may name spans defined further down, so they are resolved after all spans are read.
        var attributions = new List<GoldAttribution>();
        foreach (var (id, body, lineNumber) in events)
        {
            var attribution = ResolveEvent(id, body, lineNumber, spans, warnings);
            if (attribution is not null)
            {
                attributions.Add(attribution);
            }
        }

        return new BratParseResult(attributions, warnings);
    }

    /// <summary>'T', 'E', '#' or another brat id letter for an annotation line; '\0' for a continuation line.</summary>
    private static char LineKind(string line)
    {
        if (line.Length < 3 || "TE#RANM".IndexOf(line[0], StringComparison.Ordinal) < 0)
        {
            return '\0';
        }
        var i = 1;
        while (i < line.Length && char.IsAsciiDigit(line[i]))
        {
            i++;
        }
        return i > 1 && i < line.Length && line[i] == '\t' ? line[0] : '\0';
    }

    private static BratSpan? ParseSpan(string[] fields, int lineNumber, int? textLength, List<string> warnings)
    {
        var line = string.Join('\t', fields);
        if (fields.Length < 2)
        {
            warnings.Add(Warn(lineNumber, "span without label and offsets", line));
            return null;
        }
        var header = fields[1];
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            warnings.Add(Warn(lineNumber, "span without offsets", line));
            return null;
        }
        var label = header[..space];
        var pieces = new List<TextSpan>();
        foreach (var part in header[(space + 1)..].Split(';'))
        {
            var numbers = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (numbers.Length != 2
                || !int.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(numbers[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || end < start)
            {
                warnings.Add(Warn(lineNumber, $"bad offsets '{part}'", line));
                return null;
            }
            if (textLength is { } length && end > length)
            {
                warnings.Add(Warn(lineNumber, $"offsets {start}-{end} run past the end of the text ({length})", line));
                return null;
            }
            pieces.Add(new TextSpan(start, end));
        }
        return new BratSpan(fields[0], label, pieces, new StringBuilder(fields.Length > 2 ? fields[2] : string.Empty), lineNumber);
    }

    private static GoldAttribution? ResolveEvent(
        string id, string body, int lineNumber, Dictionary<string, BratSpan> spans, List<string> warnings)
    {
        var line = id + "\t" + body;
        var parts = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            warnings.Add(Warn(lineNumber, "empty event", line));
            return null;
        }
        var trigger = parts[0].Split(':', 2)[0];
        if (trigger is not ("Attribution" or "Attribution-no-source"))
        {
            return null;
        }

        var source = new List<TextSpan>();
        var cue = new List<TextSpan>();
        var content = new List<TextSpan>();
        for (var i = 1; i < parts.Length; i++)
        {
            var arg = parts[i].Split(':', 2);
            if (arg.Length != 2)
            {
                warnings.Add(Warn(lineNumber, $"bad argument '{parts[i]}'", line));
                continue;
            }
            if (!spans.TryGetValue(arg[1], out var span))
            {
                warnings.Add(Warn(lineNumber, $"argument '{parts[i]}' names no span", line));
                continue;
            }
            // Brat numbers repeated roles: Content, Content2, ...
            var role = arg[0].TrimEnd("0123456789".ToCharArray());
            var target = role.ToUpperInvariant() switch
            {
                "SOURCE" => source,
                "CUE" => cue,
                "CONTENT" => content,
                _ => null,
            };
            if (target is null)
            {
                warnings.Add(Warn(lineNumber, $"unknown role '{arg[0]}'", line));
                continue;
            }
            if (!span.Label.Equals(role, StringComparison.OrdinalIgnoreCase))
            {
                warnings.Add(Warn(lineNumber, $"{arg[0]} argument {arg[1]} is labelled {span.Label}", line));
            }
            target.AddRange(span.Pieces);
        }

        if (content.Count == 0)
        {
            // Annotators left some events empty (a trigger and nothing else): nothing to score.
            warnings.Add(Warn(lineNumber, "attribution without content; skipped", line));
            return null;
        }
        return new GoldAttribution(id, Sorted(source), Sorted(cue), Sorted(content));
    }

    /// <summary>Brat repeats the covered text (pieces joined by a space): a mismatch means shifted offsets.</summary>
    private static void CheckText(BratSpan span, string text, List<string> warnings)
    {
        var expected = Collapse(string.Join(' ', span.Pieces.Select(p => text[p.Start..p.End])));
        var actual = Collapse(span.Text.ToString());
        if (!expected.Equals(actual, StringComparison.Ordinal))
        {
            warnings.Add(Warn(span.Line, $"the text of {span.Id} differs from the article at its offsets", span.Text.ToString()));
        }
    }

    private static string Collapse(string s) =>
        string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static TextSpan[] Sorted(List<TextSpan> pieces) =>
        [.. pieces.Distinct().OrderBy(p => p.Start).ThenBy(p => p.End)];

    private static string Warn(int lineNumber, string message, string line)
    {
        var shown = line.Length > 80 ? line[..80] + "..." : line;
        return string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: {message}: {shown}");
    }

    private sealed record BratSpan(string Id, string Label, IReadOnlyList<TextSpan> Pieces, StringBuilder Text, int Line);
}

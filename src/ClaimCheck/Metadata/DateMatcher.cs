using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCheck.Rules.Files;
using ClaimCheck.Text;

namespace ClaimCheck.Metadata;

/// <summary>The date formats of <c>rules/metadata.yaml</c>, compiled once; matches one line at a time.</summary>
internal sealed class DateMatcher
{
    private readonly (Regex Regex, string Where, string Id)[] formats;
    private readonly Dictionary<string, int> months;
    private readonly int maxOtherWords;

    public DateMatcher(MetadataFile file)
    {
        months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in file.Months)
        {
            foreach (var name in m.Names)
            {
                if (!string.IsNullOrWhiteSpace(name))
                {
                    months.TryAdd(NormalizeSpaces(name.Trim()), m.Number);
                }
            }
        }

        maxOtherWords = file.DateLineMaxOtherWords;
        var list = new List<(Regex, string, string)>();
        foreach (var f in file.DateFormats)
        {
            if (!DatePattern.TryTranslate(f.Pattern, months.Keys, out var body, out var error))
            {
                throw new ArgumentException($"date format '{f.Id}': {error}", nameof(file));
            }

            // Boundaries are consumed characters rather than lookarounds, which the non-backtracking engine lacks.
            var head = f.Where == "line_start" ? @"^\s*" : @"(?:^|[^\p{L}\p{N}])";
            var pattern = head + "(?<date>" + body + @")(?:[^\p{N}]|$)";
            list.Add((new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), f.Where, f.Id));
        }

        formats = [.. list];
    }

    /// <summary>
    /// The leftmost valid date on the line among the formats allowed there (earlier formats win ties).
    /// <c>short_line</c> formats count only on date lines; <c>line_start</c> and <c>anywhere</c> on any line.
    /// </summary>
    public DateHit? Match(string text, LineInfo line)
    {
        if (line.IsBlank)
        {
            return null;
        }

        DateHit? best = null;
        foreach (var (regex, where, id) in formats)
        {
            // A date is at most four words ("Nov. 13, 2020"): longer lines cannot be date lines, so skip the regex.
            if (where == "short_line" && line.Words > maxOtherWords + 4)
            {
                continue;
            }

            var m = regex.Match(text, line.TrimStart, line.TrimLength);
            while (m.Success)
            {
                var group = m.Groups["date"];
                if (best is { } b && group.Index >= b.Span.Start)
                {
                    break;
                }

                var other = TextLines.CountWords(text, line.TrimStart, group.Index) + TextLines.CountWords(text, group.Index + group.Length, line.TrimEnd);
                var isDateLine = other <= maxOtherWords;
                if ((isDateLine || where != "short_line") && ToIso(m) is { } iso)
                {
                    best = new DateHit(iso, new TextSpan(group.Index, group.Index + group.Length), id, isDateLine);
                    break;
                }

                // An impossible date ("31 February") may hide a real one later in the line.
                m = m.NextMatch();
            }
        }

        return best;
    }

    private string? ToIso(Match m)
    {
        if (!int.TryParse(m.Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(m.Groups["day"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return null;
        }

        int month;
        if (m.Groups["mm"].Success)
        {
            if (!int.TryParse(m.Groups["mm"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out month))
            {
                return null;
            }
        }
        else if (!months.TryGetValue(NormalizeSpaces(m.Groups["month"].Value), out month))
        {
            return null;
        }

        // Publication dates of news; a wider range mostly catches numbers that are not dates.
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>"Sept  " and "Sept" or "de  Junio" and "de Junio" are the same name.</summary>
    private static string NormalizeSpaces(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }
}

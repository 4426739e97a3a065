using System.Text;
using System.Text.RegularExpressions;

namespace ClaimCheck.Metadata;

/// <summary>
/// Translates a date format of <c>rules/metadata.yaml</c> ("{month} {day}, {year}") into a regular
/// expression with the named groups year, month or mm, and day. Everything else is literal text;
/// a space matches any run of white space.
/// </summary>
internal static class DatePattern
{
    public static bool TryTranslate(string pattern, IReadOnlyCollection<string> monthNames, out string regex, out string error)
    {
        regex = "";
        error = "";
        if (string.IsNullOrWhiteSpace(pattern))
        {
            error = "the pattern is empty";
            return false;
        }

        var sb = new StringBuilder();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '{')
            {
                var close = pattern.IndexOf('}', i);
                if (close < 0)
                {
                    error = $"'{{' at {i + 1} is never closed";
                    return false;
                }

                var name = pattern[(i + 1)..close];
                if (!seen.Add(name))
                {
                    error = $"{{{name}}} appears twice";
                    return false;
                }

                switch (name)
                {
                    case "year":
                        sb.Append(@"(?<year>\d{4})");
                        break;
                    case "mm":
                        sb.Append(@"(?<mm>\d{1,2})");
                        break;
                    case "day":
                        sb.Append(@"(?<day>\d{1,2})");
                        break;
                    case "month":
                        // Longest names first so "September" is preferred over "Sep"; a period may follow an abbreviation.
                        var names = monthNames.OrderByDescending(n => n.Length).Select(n => Regex.Escape(n.Trim()).Replace("\\ ", @"\s+", StringComparison.Ordinal));
                        sb.Append("(?<month>").AppendJoin('|', names).Append(@")\.?");
                        break;
                    default:
                        error = $"unknown placeholder {{{name}}} (expected {{year}}, {{month}}, {{mm}} or {{day}})";
                        return false;
                }

                i = close + 1;
            }
            else if (c == '}')
            {
                error = $"'}}' at {i + 1} has no opening '{{'";
                return false;
            }
            else if (char.IsWhiteSpace(c))
            {
                sb.Append(@"\s+");
                while (i < pattern.Length && char.IsWhiteSpace(pattern[i]))
                {
                    i++;
                }
            }
            else
            {
                sb.Append(Regex.Escape(new string(c, 1)));
                i++;
            }
        }

        if (!seen.Contains("year") || !seen.Contains("day") || seen.Contains("month") == seen.Contains("mm"))
        {
            error = "a date format needs {year}, {day}, and one of {month} or {mm}";
            return false;
        }

        regex = sb.ToString();
        return true;
    }
}

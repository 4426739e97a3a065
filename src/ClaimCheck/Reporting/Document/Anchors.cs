using System.Text;

namespace ClaimCheck.Reporting.Document;

/// <summary>
/// Heading anchors as GitHub (and Markdig's GitHub auto-identifiers) make them: lower case, letters,
/// digits, '-' and '_' kept, spaces become '-', everything else dropped.
/// </summary>
public static class Anchors
{
    public static string Slug(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var sb = new StringBuilder(heading.Length);
        foreach (char c in heading)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c is '-' or '_')
            {
                sb.Append(c);
            }
            else if (c == ' ')
            {
                sb.Append('-');
            }
        }

        return sb.ToString();
    }
}

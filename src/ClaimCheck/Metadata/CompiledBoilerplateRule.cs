using System.Text.RegularExpressions;
using ClaimCheck.Rules.Files;

namespace ClaimCheck.Metadata;

/// <summary>A <see cref="BoilerplateRule"/> ready to run: sets built and the regex compiled once.</summary>
internal sealed class CompiledBoilerplateRule
{
    public CompiledBoilerplateRule(BoilerplateRule rule)
    {
        Id = rule.Id;
        Kind = rule.Kind;
        Lines = new HashSet<string>(rule.Lines.Select(l => l.Trim()), StringComparer.OrdinalIgnoreCase);
        linesMaxLength = Lines.Count == 0 ? -1 : Lines.Max(l => l.Length);
        Prefixes = [.. rule.Prefixes.Select(p => p.Trim()).Where(p => p.Length > 0)];
        Contains = [.. rule.Contains.Where(c => c.Length > 0)];
        try
        {
            Regex = rule.Regex.Length == 0 ? null : BoilerplateFile.Compile(rule.Regex);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            throw new ArgumentException($"boilerplate rule '{rule.Id}': invalid regex: {e.Message}", nameof(rule), e);
        }

        MinWords = rule.MinWords;
        MaxWords = rule.MaxWords;
        Unpunctuated = rule.Unpunctuated;
        Window = Math.Max(rule.Window, 1);
    }

    // The longest of Lines: a longer line (every paragraph of prose) is not hashed to look it up.
    private readonly int linesMaxLength;

    public string Id { get; }

    public string Kind { get; }

    public HashSet<string> Lines { get; }

    public string[] Prefixes { get; }

    public string[] Contains { get; }

    public Regex? Regex { get; }

    public int MinWords { get; }

    public int MaxWords { get; }

    public bool Unpunctuated { get; }

    public int Window { get; }

    /// <summary>
    /// False when <paramref name="content"/> certainly does not start with <paramref name="prefix"/> ignoring
    /// case: it is shorter, or both first characters are ASCII and differ other than in the case bit
    /// (ordinal-ignore-case equates ASCII characters only with their other case). Most lines fail here,
    /// before a full comparison.
    /// </summary>
    private static bool CanStartWith(ReadOnlySpan<char> content, string prefix)
    {
        if (content.Length < prefix.Length)
        {
            return false;
        }

        char a = content[0], b = prefix[0];
        return a >= 128 || b >= 128 || (a | 0x20) == (b | 0x20);
    }

    /// <summary>The word-count and punctuation conditions every kind shares.</summary>
    public bool Fits(LineInfo line) =>
        line.Words >= MinWords && (MaxWords == 0 || line.Words <= MaxWords) && !(Unpunctuated && line.EndsLikeSentence);

    /// <summary>The text conditions of a 'match' rule; any one of them is enough.</summary>
    public bool MatchesText(string text, LineInfo line)
    {
        var content = text.AsSpan(line.TrimStart, line.TrimLength);
        if (content.Length <= linesMaxLength && Lines.GetAlternateLookup<ReadOnlySpan<char>>().Contains(content))
        {
            return true;
        }

        foreach (var p in Prefixes)
        {
            if (!CanStartWith(content, p))
            {
                continue;
            }

            if (SignatureMatcher.StartsWithWord(content, p))
            {
                return true;
            }
        }

        foreach (var c in Contains)
        {
            if (content.Contains(c, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return Regex is not null && Regex.IsMatch(content);
    }
}

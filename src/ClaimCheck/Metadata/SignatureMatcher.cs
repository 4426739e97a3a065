using ClaimCheck.Rules.Files;

namespace ClaimCheck.Metadata;

/// <summary>
/// Finds outlet signatures on a line. A signature counts where it starts the line ("Also on rt.com …")
/// or stands on a short line ("Sim Sim, Charter 97!"), never inside running prose, where a name is
/// more likely a source ("told Charter 97") than the publisher.
/// </summary>
internal sealed class SignatureMatcher
{
    private readonly (string Signature, int Outlet)[] signatures;
    private readonly int shortLineMaxWords;

    public SignatureMatcher(OutletsFile outlets, int shortLineMaxWords)
    {
        var list = new List<(string, int)>();
        for (var i = 0; i < outlets.Outlets.Count; i++)
        {
            foreach (var s in outlets.Outlets[i].Signatures)
            {
                if (!string.IsNullOrWhiteSpace(s))
                {
                    list.Add((s.Trim(), i));
                }
            }
        }

        // Longest first, so "Charter 97!" is reported rather than its prefix "Charter 97" (same outlet either way).
        signatures = [.. list.OrderByDescending(s => s.Item1.Length)];
        this.shortLineMaxWords = shortLineMaxWords;
    }

    /// <summary>The index of the outlet whose signature is on the line, or -1.</summary>
    public int Find(string text, LineInfo line)
    {
        if (line.IsBlank || signatures.Length == 0)
        {
            return -1;
        }

        var content = text.AsSpan(line.TrimStart, line.TrimLength);
        var isShort = line.Words <= shortLineMaxWords;
        foreach (var (signature, outlet) in signatures)
        {
            if (isShort ? ContainsWord(content, signature) : StartsWithWord(content, signature))
            {
                return outlet;
            }
        }

        return -1;
    }

    /// <summary>True when <paramref name="line"/> starts with <paramref name="prefix"/> and no word continues past it.</summary>
    public static bool StartsWithWord(ReadOnlySpan<char> line, string prefix) =>
        line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && EndsAtBoundary(line, prefix, prefix.Length);

    /// <summary>True when <paramref name="value"/> occurs in <paramref name="line"/> not glued to a word on either side.</summary>
    public static bool ContainsWord(ReadOnlySpan<char> line, string value)
    {
        var from = 0;
        while (from <= line.Length - value.Length)
        {
            var at = line[from..].IndexOf(value, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            at += from;
            var startsClean = at == 0 || !TextLines.IsWordChar(line[at - 1]) || !TextLines.IsWordChar(value[0]);
            if (startsClean && EndsAtBoundary(line, value, at + value.Length))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    private static bool EndsAtBoundary(ReadOnlySpan<char> line, string value, int end) =>
        end >= line.Length || !TextLines.IsWordChar(line[end]) || !TextLines.IsWordChar(value[^1]);
}

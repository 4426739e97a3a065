using ClaimCheck.Rules.Files;

namespace ClaimCheck.Extraction.Coreference;

/// <summary>Scores how well a description ("the security chief") fits a role ("head of the Security Council").</summary>
internal sealed class RoleMatcher
{
    private readonly Dictionary<string, List<int>> groups = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> ignored;

    public RoleMatcher(CoreferenceFile rules)
    {
        for (int g = 0; g < rules.RoleSynonyms.Count; g++)
        {
            foreach (var word in rules.RoleSynonyms[g])
            {
                if (!groups.TryGetValue(word, out var list))
                {
                    groups[word] = list = [];
                }

                list.Add(g);
            }
        }

        ignored = new HashSet<string>(rules.IgnoredWords, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Number of description words that the role shares, directly, by stem or by synonym.</summary>
    public int Overlap(string description, string? role)
    {
        if (string.IsNullOrEmpty(role))
        {
            return 0;
        }

        var roleWords = Words(role);
        int score = 0;
        foreach (var word in Words(description))
        {
            foreach (var r in roleWords)
            {
                if (Related(word, r))
                {
                    score++;
                    break;
                }
            }
        }

        return score;
    }

    /// <summary>Words per role or description text already split on this thread: the same few texts are weighed against every candidate antecedent.</summary>
    [ThreadStatic]
    private static Dictionary<string, string[]>? wordCache;

    /// <summary>The matcher whose ignored words the thread's cache reflects.</summary>
    [ThreadStatic]
    private static RoleMatcher? cacheOwner;

    /// <summary>The cache is dropped when it holds this many texts, so a long run does not grow it without bound.</summary>
    private const int MaxCachedTexts = 4096;

    private static readonly char[] Separators = [' ', ',', '\'', '’', '-', '(', ')'];

    /// <summary>The text's words, never written to by callers (they may be shared through the cache).</summary>
    private string[] Words(string text)
    {
        // The cache is the thread's, shared by all matchers: another matcher (other ignored words) starts it afresh.
        var cache = wordCache ??= new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (cacheOwner != this)
        {
            cache.Clear();
            cacheOwner = this;
        }

        if (cache.TryGetValue(text, out var cached))
        {
            return cached;
        }

        if (cache.Count >= MaxCachedTexts)
        {
            cache.Clear();
        }

        var words = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        int n = 0;
        foreach (var raw in words)
        {
            if (raw.Length > 1 && !ignored.Contains(raw) && raw != "s")
            {
                words[n++] = raw;
            }
        }

        var kept = n == words.Length ? words : words[..n];
        cache[text] = kept;
        return kept;
    }

    private bool Related(string a, string b)
    {
        if (a.Equals(b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Same stem: Belarus / Belarusian, security / securities.
        if (a.Length >= 5 && b.Length >= 5 && string.Compare(a, 0, b, 0, 6, StringComparison.OrdinalIgnoreCase) == 0)
        {
            return true;
        }

        if (!groups.TryGetValue(a, out var ga) || !groups.TryGetValue(b, out var gb))
        {
            return false;
        }

        foreach (int g in ga)
        {
            if (gb.Contains(g))
            {
                return true;
            }
        }

        return false;
    }
}

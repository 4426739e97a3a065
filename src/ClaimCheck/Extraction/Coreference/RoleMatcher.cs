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

        var roleWords = Words(role).ToList();
        int score = 0;
        foreach (var word in Words(description))
        {
            if (roleWords.Any(r => Related(word, r)))
            {
                score++;
            }
        }

        return score;
    }

    private IEnumerable<string> Words(string text)
    {
        foreach (var raw in text.Split([' ', ',', '\'', '’', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw.Length > 1 && !ignored.Contains(raw) && raw != "s")
            {
                yield return raw;
            }
        }
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

        return groups.TryGetValue(a, out var ga) && groups.TryGetValue(b, out var gb) && ga.Intersect(gb).Any();
    }
}

using ClaimCheck.Rules.Files;

namespace ClaimCheck.Linking;

/// <summary>
/// Whether two roles can describe one person, by their head words ("Belarusian President" and
/// "the embattled leader" share the coreference synonym group of president and leader;
/// "son" and "president" do not).
/// </summary>
public sealed class RoleWords
{
    private readonly Dictionary<string, List<int>> groups = new(StringComparer.OrdinalIgnoreCase);

    public RoleWords(CoreferenceFile coreference)
    {
        ArgumentNullException.ThrowIfNull(coreference);
        for (int g = 0; g < coreference.RoleSynonyms.Count; g++)
        {
            foreach (var word in coreference.RoleSynonyms[g])
            {
                string head = Head(word) ?? word;
                if (!groups.TryGetValue(head, out var list))
                {
                    groups[head] = list = [];
                }

                list.Add(g);
            }
        }
    }

    /// <summary>The head word of a role: its last word of letters, lower case ("Belarusian President" gives "president").</summary>
    public static string? Head(string? role)
    {
        if (string.IsNullOrWhiteSpace(role))
        {
            return null;
        }

        // "head of Ukraine's National Security Council": the head comes before "of".
        var words = role.Split([' ', ',', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        int end = Array.FindIndex(words, w => w is "of" or "at" or "for" or "in" or "to");
        var span = end > 0 ? words.AsSpan(0, end) : words.AsSpan();
        for (int i = span.Length - 1; i >= 0; i--)
        {
            string w = span[i].Trim('\'', '\u2019', '"');
            if (w.Length > 1 && w.All(char.IsLetter))
            {
                return w.ToLowerInvariant();
            }
        }

        return null;
    }

    /// <summary>True when the roles' head words are the same or share a synonym group; unknown or missing roles never conflict.</summary>
    public bool Compatible(string? a, string? b) => HeadsCompatible(Head(a), Head(b));

    /// <summary>As <see cref="Compatible"/>, for head words already found with <see cref="Head"/>.</summary>
    public bool HeadsCompatible(string? ha, string? hb)
    {
        if (ha is null || hb is null || string.Equals(ha, hb, StringComparison.Ordinal))
        {
            return true;
        }

        if (!groups.TryGetValue(ha, out var ga) || !groups.TryGetValue(hb, out var gb))
        {
            // Two different head words, at least one unknown to the groups ("son" and "president"): a conflict.
            return false;
        }

        return ga.Exists(gb.Contains);
    }
}

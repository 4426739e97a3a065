using ClaimCheck.Linking;

namespace ClaimCheck.Storage;

/// <summary>
/// The keys a speaker is found by. A person's surname skeleton (<see cref="NameKey"/>) joins
/// "Lukashenko", "Alexander Lukashenko" and "Lukashenka"; other speakers are keyed by the skeleton
/// of their whole name.
/// </summary>
public static class SpeakerNames
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "jr", "jr.", "sr", "sr.", "ii", "iii", "iv" };

    /// <summary>The words of a name, without generational suffixes ("Jr.").</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split([' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd(',')).ToList();
        while (words.Count > 1 && Suffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words;
    }

    public static string Surname(string name) => Words(name) is { Count: > 0 } w ? w[^1] : name;

    /// <summary>The skeleton of <paramref name="word"/>, or its lower case when it has no consonants.</summary>
    public static string Key(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        string key = NameKey.Of(word);
        return key.Length > 0 ? key : word.ToLowerInvariant();
    }

    /// <summary>
    /// True when a query's given names do not contradict the speaker's: "Svetlana Tikhanovskaya" and
    /// "Sviatlana Tsikhanouskaya" agree, "A. Lukashenko" agrees with "Alexander Lukashenko", and
    /// "Viktor Lukashenko" does not. A bare surname agrees with everyone of that surname.
    /// </summary>
    public static bool GivenNamesAgree(string query, string speaker)
    {
        var q = Words(query);
        var s = Words(speaker);
        if (q.Count < 2 || s.Count < 2)
        {
            return true;
        }

        string a = q[0].TrimEnd('.');
        string b = s[0].TrimEnd('.');
        if (a.Length <= 1 || b.Length <= 1)
        {
            return a.Length > 0 && b.Length > 0 && char.ToUpperInvariant(a[0]) == char.ToUpperInvariant(b[0]);
        }

        return NameKey.Same(a, b);
    }
}

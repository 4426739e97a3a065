using System.Globalization;
using System.Text;

namespace ClaimCheck.Linking;

/// <summary>
/// A person's name split for matching: given names, surname, and their transliteration keys
/// (<see cref="NameKey"/>). "Aliaksandr Lukashenka" and "Alexander Lukashenko" give the same keys;
/// "Lukashenko" alone has a surname and no given name.
/// </summary>
public sealed class PersonName
{
    // Titles that may prefix a name in a speaker string; they say nothing about who is meant.
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "president", "premier", "minister", "gen", "general", "col", "sen", "rep", "gov", "lt", "capt",
    };

    // Particles that belong to the surname ("de Gaulle", "von der Leyen", "bin Salman").
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "ben", "mac",
    };

    private PersonName(string text, IReadOnlyList<string> given, string surname)
    {
        Text = text;
        Given = given;
        Surname = surname;
        SurnameKey = NameKey.Of(surname);
        GivenKeys = given.Select(g => NameKey.Of(g)).ToArray();
        Feminine = IsFeminine(surname);
    }

    /// <summary>The name as given.</summary>
    public string Text { get; }

    /// <summary>Given names and initials, in order ("Aliaksandr"; "A."); patronymics included.</summary>
    public IReadOnlyList<string> Given { get; }

    public string Surname { get; }

    public string SurnameKey { get; }

    public IReadOnlyList<string> GivenKeys { get; }

    public bool HasGiven => Given.Count > 0;

    /// <summary>True for East Slavic feminine surname forms (Putina, Tikhanovskaya) whose skeleton equals the masculine one.</summary>
    public bool? Feminine { get; }

    /// <summary>Parses a speaker's name; null when no word in it can be a name.</summary>
    public static PersonName? Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split([' ', '\u00A0', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', ';', ':', '(', ')', '"', '\u201C', '\u201D'))
            .Where(w => w.Length > 0)
            .ToList();
        while (words.Count > 1 && Titles.Contains(words[0].TrimEnd('.')))
        {
            words.RemoveAt(0);
        }

        // "Jr." and roman numerals follow the surname.
        while (words.Count > 1 && words[^1].TrimEnd('.') is "Jr" or "Sr" or "II" or "III" or "IV")
        {
            words.RemoveAt(words.Count - 1);
        }

        words.RemoveAll(w => !w.Any(char.IsLetter));
        if (words.Count == 0)
        {
            return null;
        }

        // The surname takes its particles with it: "Ursula von der Leyen" has the surname "von der Leyen".
        int surnameStart = words.Count - 1;
        while (surnameStart > 0 && IsParticle(words[surnameStart - 1]))
        {
            surnameStart--;
        }

        string surname = string.Join(' ', words.Skip(surnameStart));
        var given = words.Take(surnameStart).ToList();
        return new PersonName(name, given, surname);
    }

    // A particle is written in lower case ("von der Leyen"); "Ben Wallace" has a given name.
    private static bool IsParticle(string word) => char.IsLower(word[0]) && Particles.Contains(word);

    /// <summary>
    /// True when the two given-name lists can name one person: each pair of first given names is
    /// one name in two spellings, or an initial of the other. A missing given name is compatible.
    /// </summary>
    public bool GivenCompatible(PersonName other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!HasGiven || !other.HasGiven)
        {
            return true;
        }

        return GivenWordCompatible(Given[0], GivenKeys[0], other.Given[0], other.GivenKeys[0]);
    }

    /// <summary>True when the surnames are one name in two spellings and not a masculine/feminine pair.</summary>
    public bool SurnameCompatible(PersonName other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!NameKey.Same(Surname, other.Surname))
        {
            return false;
        }

        return Feminine is null || other.Feminine is null || Feminine == other.Feminine;
    }

    /// <summary>True when the two names may be one person: surnames agree and given names do not conflict.</summary>
    public bool Matches(PersonName other) => SurnameCompatible(other) && GivenCompatible(other);

    private static bool GivenWordCompatible(string a, string keyA, string b, string keyB)
    {
        bool initialA = IsInitial(a), initialB = IsInitial(b);
        if (initialA || initialB)
        {
            return FirstLetter(a) == FirstLetter(b) || (keyA.Length > 0 && keyB.Length > 0 && keyA[0] == keyB[0]);
        }

        // A compound given name matches by its first part: Kassym-Jomart / Kassym-Zhomart.
        return NameKey.Same(a, b) || (a.Contains('-', StringComparison.Ordinal) && b.Contains('-', StringComparison.Ordinal) && NameKey.Same(a.AsSpan(0, a.IndexOf('-', StringComparison.Ordinal)), b.AsSpan(0, b.IndexOf('-', StringComparison.Ordinal))));
    }

    private static bool IsInitial(string word) => word.TrimEnd('.').Length == 1;

    private static char FirstLetter(string word)
    {
        foreach (char c in word.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(c))
            {
                return char.ToLowerInvariant(c);
            }
        }

        return '\0';
    }

    /// <summary>
    /// Feminine East Slavic surname endings (-a after a consonant: Putina, Ivanova; -aya/-aia:
    /// Tikhanovskaya) against masculine ones (consonant, -y/-i after k: Tikhanovsky); null when the
    /// ending says nothing (Lukashenko, Lukashenka, Smith).
    /// </summary>
    private static bool? IsFeminine(string surname)
    {
        string s = Fold(surname);
        if (s.Length < 3)
        {
            return null;
        }

        if (s.EndsWith("aya", StringComparison.Ordinal) || s.EndsWith("aia", StringComparison.Ordinal) || s.EndsWith("aja", StringComparison.Ordinal))
        {
            return true;
        }

        if (s.EndsWith("ski", StringComparison.Ordinal) || s.EndsWith("sky", StringComparison.Ordinal) || s.EndsWith("skiy", StringComparison.Ordinal) || s.EndsWith("skii", StringComparison.Ordinal))
        {
            return false;
        }

        // -ova/-eva/-ina/-yna against -ov/-ev/-in/-yn: the productive Russian gender pair.
        if (s.EndsWith("ova", StringComparison.Ordinal) || s.EndsWith("eva", StringComparison.Ordinal) || s.EndsWith("ina", StringComparison.Ordinal) || s.EndsWith("yna", StringComparison.Ordinal))
        {
            return true;
        }

        if (s.EndsWith("ov", StringComparison.Ordinal) || s.EndsWith("ev", StringComparison.Ordinal) || s.EndsWith("in", StringComparison.Ordinal) || s.EndsWith("yn", StringComparison.Ordinal))
        {
            return false;
        }

        return null;
    }

    private static string Fold(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (char c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsLetter(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    public override string ToString() => Text;
}

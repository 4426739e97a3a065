using System.Globalization;
using System.Text;

namespace ClaimCheck.Linking;

/// <summary>
/// Transliteration-aware keys for names. Romanizations of one Cyrillic name differ in vowels,
/// y/i/j, ks/x, kh/h, ts/c, ou/ov/ow and -sky/-ski endings (Lukashenko/Lukashenka,
/// Tikhanovskaya/Tsikhanouskaya, Klaskovsky/Klaskouski, Alexander/Aleksandr/Alyaksandr), while
/// their consonant skeletons agree. The key is that skeleton, computed without allocating more
/// than the result.
/// </summary>
public static class NameKey
{
    /// <summary>The skeleton key of one name word: "Tsikhanouskaya" and "Tikhanovskaya" both give "thnvsk".</summary>
    public static string Of(ReadOnlySpan<char> word)
    {
        Span<char> folded = word.Length <= 128 ? stackalloc char[word.Length * 2] : new char[word.Length * 2];
        int n = Fold(word, folded);

        // Each folded letter writes at most two ("x" gives "ks"): a buffer of 2n, then one string.
        Span<char> output = n <= 128 ? stackalloc char[n * 2] : new char[n * 2];
        var key = new KeyWriter(output);
        for (int i = 0; i < n; i++)
        {
            char c = folded[i];
            char next = i + 1 < n ? folded[i + 1] : '\0';
            char prev = i > 0 ? folded[i - 1] : '\0';

            // Digraphs that stand for one Cyrillic letter.
            if ((c == 'k' || c == 'c' || c == 's' || c == 'z') && next == 'h')
            {
                key.Append(c switch { 'k' => 'h', 'c' => 'c', 's' => 'S', _ => 'Z' });
                i++;
                continue;
            }

            if (c == 't' && next == 's' && i + 2 < n && folded[i + 2] == 'h')
            {
                continue; // "tsh" as in "Tshimanga": keep the sh
            }

            if (c == 't' && next == 's' && i > 0)
            {
                key.Append('c');
                i++;
                continue;
            }

            if (c == 't' && next == 's' && i == 0)
            {
                // Initial Ts- vs T- (Tsikhanouskaya / Tikhanovskaya): the t carries the name.
                key.Append('t');
                i++;
                continue;
            }

            if (c == 'x')
            {
                key.Append('k');
                key.Append('s');
                continue;
            }

            if (c == 'c' && next != 'h')
            {
                // c before e/i/y is s (Alecsei is rare; Cyrus...), else k.
                key.Append(next is 'e' or 'i' or 'y' ? 's' : 'k');
                continue;
            }

            if (c == 'q')
            {
                key.Append('k');
                continue;
            }

            if (c is 'w' or 'u' && IsVowel(prev) && !IsVowel(next))
            {
                key.Append('v'); // Klaskouski / Klaskowski / Klaskovsky
                continue;
            }

            if (c == 'w')
            {
                key.Append('v');
                continue;
            }

            if (IsVowel(c) || c is 'y' or 'j' or 'h' && prev != '\0' && !IsConsonantStart(prev) || c == '\'')
            {
                continue;
            }

            if (c is 'y' or 'j')
            {
                continue;
            }

            if (prev == c)
            {
                continue; // doubled letters: Kassym / Kasym (adjacent only: Potanin keeps both n's)
            }

            key.Append(c);
        }

        return key.ToString();
    }

    /// <summary>True when two name words are spellings of one name.</summary>
    public static bool Same(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        a.Equals(b, StringComparison.OrdinalIgnoreCase) || (Of(a) is { Length: > 0 } ka && ka == Of(b));

    private static int Fold(ReadOnlySpan<char> word, Span<char> output)
    {
        // ASCII text is its own canonical decomposition and holds no combining mark: fold it in place.
        if (Ascii.IsValid(word))
        {
            return FoldChars(word, output);
        }

        return FoldChars(word.ToString().Normalize(NormalizationForm.FormD), output);
    }

    private static int FoldChars(ReadOnlySpan<char> decomposed, Span<char> output)
    {
        int n = 0;
        foreach (char raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            char c = char.ToLowerInvariant(raw);
            if (c is 'ł')
            {
                c = 'l';
            }

            if (char.IsLetter(c) || c == '\'')
            {
                if (n < output.Length)
                {
                    output[n++] = c;
                }
            }
        }

        return n;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsConsonantStart(char c) => c is 'k' or 's' or 'c' or 'z' or 't';
}

using System.Globalization;
using ClaimCheck.Text;

namespace ClaimCheck.Linking;

/// <summary>
/// What a piece of text is about, as feature keys: numbers with their scale ("#:1500000000" for
/// "$1.5 billion"), names by transliteration key ("n:lkSnk" for Lukashenko and Lukashenka),
/// content words by a light stem ("w:consti" for constitution and constitutional) and adjacent
/// content-word pairs ("b:union|state"). Function words are skipped.
/// </summary>
internal sealed class ClaimFeatures
{
    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3,
        ["million"] = 1e6,
        ["mln"] = 1e6,
        ["m"] = 1e6,
        ["billion"] = 1e9,
        ["bln"] = 1e9,
        ["bn"] = 1e9,
        ["trillion"] = 1e12,
        ["tn"] = 1e12,
    };

    private readonly HashSet<string> stopwords;

    public ClaimFeatures(IEnumerable<string> stopwords)
    {
        this.stopwords = new HashSet<string>(stopwords.Select(s => s.Replace('\u2019', '\'').ToLowerInvariant()), StringComparer.Ordinal);
    }

    /// <summary>Adds the features of <paramref name="span"/> to <paramref name="output"/> (key and surface form, in text order, repeats kept).</summary>
    public void Extract(string text, TextSpan span, List<(string Key, string Surface)> output)
    {
        int i = Math.Max(0, span.Start);
        int end = Math.Min(text.Length, span.End);
        string? previousWord = null;
        string previousSurface = "";
        while (i < end)
        {
            char c = text[i];
            if (char.IsDigit(c))
            {
                int start = i;
                while (i < end && (char.IsDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < end && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }

                string digits = text[start..i].Replace(",", "", StringComparison.Ordinal);
                int surfaceStart = start > 0 && text[start - 1] is '$' or '€' or '£' ? start - 1 : start;
                int j = i;
                while (j < end && text[j] == ' ')
                {
                    j++;
                }

                int k = j;
                while (k < end && char.IsLetter(text[k]))
                {
                    k++;
                }

                double scale = 1;
                int surfaceEnd = i;
                if (k > j && Scales.TryGetValue(text[j..k], out var s))
                {
                    scale = s;
                    surfaceEnd = k;
                    i = k;
                }
                else if (i < end && text[i] == '%')
                {
                    surfaceEnd = ++i;
                }

                if (double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    output.Add(("#:" + (value * scale).ToString("R", CultureInfo.InvariantCulture), text[surfaceStart..surfaceEnd]));
                }

                previousWord = null;
                continue;
            }

            if (!char.IsLetter(c))
            {
                i++;
                if (!char.IsWhiteSpace(c) && c is not ('-' or '\'' or '\u2019'))
                {
                    previousWord = null; // punctuation breaks a word pair
                }

                continue;
            }

            int wordStart = i;
            while (i < end && (char.IsLetter(text[i]) || (text[i] is '\'' or '\u2019' or '-' && i + 1 < end && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            string word = text[wordStart..i].Replace('\u2019', '\'');
            if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase))
            {
                word = word[..^2];
            }

            string lower = word.ToLowerInvariant();
            if (lower.Length < 3 || stopwords.Contains(lower))
            {
                previousWord = null;
                continue;
            }

            string key;
            if (char.IsUpper(word[0]) && !IsAllCaps(word))
            {
                // Capitalized: a name or a capitalized common word ("Constitution"); Resolve decides.
                string nameKey = NameKey.Of(word);
                key = nameKey.Length >= 2 ? "c:" + Stem(lower) + Separator + nameKey : "w:" + Stem(lower);
            }
            else
            {
                key = "w:" + Stem(lower);
            }

            output.Add((key, word));
            if (previousWord is not null)
            {
                output.Add(("b:" + previousWord + "|" + key, previousSurface + " " + word));
            }

            previousWord = key;
            previousSurface = word;
        }
    }

    private const char Separator = '\u0001';

    /// <summary>
    /// The final key of a feature: a capitalized word ("c:" key) is a content word when its stem
    /// is also seen in lower case somewhere in the collection (<paramref name="lowerStems"/>, "w:"
    /// keys), else a name keyed by its transliteration skeleton. Pairs resolve both halves.
    /// </summary>
    public static string Resolve(string key, HashSet<string> lowerStems)
    {
        if (key.StartsWith("c:", StringComparison.Ordinal))
        {
            int sep = key.IndexOf(Separator, StringComparison.Ordinal);
            string stem = "w:" + key[2..sep];
            return lowerStems.Contains(stem) ? stem : "n:" + key[(sep + 1)..];
        }

        if (key.StartsWith("b:", StringComparison.Ordinal) && key.Contains("c:", StringComparison.Ordinal))
        {
            int bar = key.IndexOf('|', StringComparison.Ordinal);
            return "b:" + Resolve(key[2..bar], lowerStems) + "|" + Resolve(key[(bar + 1)..], lowerStems);
        }

        return key;
    }

    /// <summary>A light stem: plural and verb endings off, then at most six letters.</summary>
    public static string Stem(string lower)
    {
        string s = lower;
        if (s.EndsWith("ies", StringComparison.Ordinal) && s.Length > 4)
        {
            s = s[..^3] + "y";
        }
        else if (s.EndsWith("ing", StringComparison.Ordinal) && s.Length > 5)
        {
            s = s[..^3];
        }
        else if (s.EndsWith("ed", StringComparison.Ordinal) && s.Length > 4)
        {
            s = s[..^2];
        }
        else if (s.Length > 4 && (s.EndsWith("sses", StringComparison.Ordinal) || s.EndsWith("xes", StringComparison.Ordinal) || s.EndsWith("ches", StringComparison.Ordinal) || s.EndsWith("shes", StringComparison.Ordinal)))
        {
            s = s[..^2];
        }
        else if (s.EndsWith('s') && !s.EndsWith("ss", StringComparison.Ordinal) && s.Length > 3)
        {
            s = s[..^1];
        }

        return s.Length > 6 ? s[..6] : s;
    }

    private static bool IsAllCaps(string word) => word.Length > 1 && word.All(ch => !char.IsLetter(ch) || char.IsUpper(ch));
}

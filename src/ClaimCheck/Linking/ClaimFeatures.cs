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

    /// <summary>
    /// The features of <paramref name="text"/> as <see cref="Extract"/> finds them, in the same order,
    /// as hashes (<see cref="FeatureHash"/>): no key or surface string is built, so a large collection
    /// costs no garbage per word. Clears <paramref name="output"/> first.
    /// </summary>
    public void ExtractRaw(string text, List<RawFeature> output)
    {
        output.Clear();
        var stopwordLookup = stopwords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> number = stackalloc char[64];
        Span<char> wordBuffer = stackalloc char[128];
        Span<char> lowerBuffer = stackalloc char[128];
        int end = text.Length;
        int i = 0;
        int previous = -1;
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
                if (k > j && Scales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(j, k - j), out var s))
                {
                    scale = s;
                    i = k;
                }
                else if (i < end && text[i] == '%')
                {
                    i++;
                }

                if (double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    ulong hash = (value * scale).TryFormat(number, out int written, "R", CultureInfo.InvariantCulture)
                        ? FeatureHash.Of('#', number[..written])
                        : FeatureHash.Of('#', (value * scale).ToString("R", CultureInfo.InvariantCulture));
                    output.Add(new RawFeature(RawFeatureKind.Number, hash, 0, start, i));
                }

                previous = -1;
                continue;
            }

            if (!char.IsLetter(c))
            {
                i++;
                if (!char.IsWhiteSpace(c) && c is not ('-' or '\'' or '\u2019'))
                {
                    previous = -1; // punctuation breaks a word pair
                }

                continue;
            }

            int wordStart = i;
            while (i < end && (char.IsLetter(text[i]) || (text[i] is '\'' or '\u2019' or '-' && i + 1 < end && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            int length = i - wordStart;
            Span<char> word = length <= wordBuffer.Length ? wordBuffer[..length] : new char[length];
            text.AsSpan(wordStart, length).CopyTo(word);
            word.Replace('\u2019', '\'');
            if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase))
            {
                word = word[..^2];
            }

            Span<char> lower = word.Length <= lowerBuffer.Length ? lowerBuffer[..word.Length] : new char[word.Length];
            word.ToLowerInvariant(lower);
            if (lower.Length < 3 || stopwordLookup.Contains(lower))
            {
                previous = -1;
                continue;
            }

            ulong stem = FeatureHash.Of('w', StemSpan(lower));
            var feature = new RawFeature(RawFeatureKind.Word, stem, 0, wordStart, i);
            if (char.IsUpper(word[0]) && !IsAllCaps(word))
            {
                string nameKey = NameKey.Of(word);
                if (nameKey.Length >= 2)
                {
                    feature = feature with { Kind = RawFeatureKind.Capitalized, Name = FeatureHash.Of('n', nameKey) };
                }
            }

            int at = output.Count;
            output.Add(feature);
            if (previous >= 0)
            {
                output.Add(new RawFeature(RawFeatureKind.Pair, 0, 0, previous, at));
            }

            previous = at;
        }
    }

    /// <summary>
    /// The final hash and kind of a raw feature (see <see cref="Resolve"/>): a capitalized word is a
    /// content word when <paramref name="lowerStems"/> has its stem, else a name.
    /// </summary>
    public static (ulong Hash, FeatureKind Kind) Resolve(List<RawFeature> raw, int index, HashSet<ulong> lowerStems)
    {
        var f = raw[index];
        switch (f.Kind)
        {
            case RawFeatureKind.Word:
                return (f.Word, FeatureKind.Word);
            case RawFeatureKind.Capitalized:
                return lowerStems.Contains(f.Word) ? (f.Word, FeatureKind.Word) : (f.Name, FeatureKind.Name);
            case RawFeatureKind.Number:
                return (f.Word, FeatureKind.Number);
            default:
                var (a, ka) = Resolve(raw, f.First, lowerStems);
                var (b, kb) = Resolve(raw, f.Second, lowerStems);
                return (FeatureHash.Pair(a, b), ka == FeatureKind.Name || kb == FeatureKind.Name ? FeatureKind.PairWithName : FeatureKind.Pair);
        }
    }

    /// <summary><see cref="Stem"/> in place: the stem is a prefix of <paramref name="s"/>, changed at most in its last letter.</summary>
    private static Span<char> StemSpan(Span<char> s)
    {
        if (s.EndsWith("ies") && s.Length > 4)
        {
            s[^3] = 'y';
            s = s[..^2];
        }
        else if (s.EndsWith("ing") && s.Length > 5)
        {
            s = s[..^3];
        }
        else if (s.EndsWith("ed") && s.Length > 4)
        {
            s = s[..^2];
        }
        else if (s.Length > 4 && (s.EndsWith("sses") || s.EndsWith("xes") || s.EndsWith("ches") || s.EndsWith("shes")))
        {
            s = s[..^2];
        }
        else if (s.EndsWith('s') && !s.EndsWith("ss") && s.Length > 3)
        {
            s = s[..^1];
        }

        return s.Length > 6 ? s[..6] : s;
    }

    private const char Separator = '\u0001';

    /// <summary>
    /// The final key of a feature: a capitalized word ("c:" key) is a content word when its stem
    /// is also seen in lower case somewhere in the collection (<paramref name="lowerStems"/>, "w:"
    /// keys), else a name keyed by its transliteration skeleton. Pairs resolve both halves.
    /// </summary>
    public static string Resolve(string key, HashSet<string> lowerStems)
    {
        ArgumentNullException.ThrowIfNull(lowerStems);
        return Resolve(key, lowerStems.Contains);
    }

    /// <summary><see cref="Resolve(string, HashSet{string})"/> with the lower-case stems as a test.</summary>
    public static string Resolve(string key, Func<string, bool> isLowerStem)
    {
        if (key.StartsWith("c:", StringComparison.Ordinal))
        {
            int sep = key.IndexOf(Separator, StringComparison.Ordinal);
            string stem = "w:" + key[2..sep];
            return isLowerStem(stem) ? stem : "n:" + key[(sep + 1)..];
        }

        if (key.StartsWith("b:", StringComparison.Ordinal) && key.Contains("c:", StringComparison.Ordinal))
        {
            int bar = key.IndexOf('|', StringComparison.Ordinal);
            return "b:" + Resolve(key[2..bar], isLowerStem) + "|" + Resolve(key[(bar + 1)..], isLowerStem);
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

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        if (word.Length <= 1)
        {
            return false;
        }

        foreach (char ch in word)
        {
            if (char.IsLetter(ch) && !char.IsUpper(ch))
            {
                return false;
            }
        }

        return true;
    }
}

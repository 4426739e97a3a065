using ClaimCheck.Rules.Files;
using ClaimCheck.Text;

namespace ClaimCheck.Framing;

/// <summary>
/// Finds the hedges of <c>rules/framing.yaml</c> in text: each form is a sequence of lower-case
/// words matched on consecutive words, longest form first at each position.
/// </summary>
public sealed class HedgeLexicon
{
    private readonly Dictionary<string, List<(string[] Words, string Label)>> byFirstWord = new(StringComparer.Ordinal);

    public HedgeLexicon(FramingFile framing)
    {
        ArgumentNullException.ThrowIfNull(framing);
        foreach (var hedge in framing.Hedges)
        {
            string label = string.IsNullOrWhiteSpace(hedge.Label) ? hedge.Id : hedge.Label;
            foreach (var form in hedge.Forms)
            {
                var words = form.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0)
                {
                    continue;
                }

                if (!byFirstWord.TryGetValue(words[0], out var list))
                {
                    byFirstWord[words[0]] = list = [];
                }

                list.Add((words, label));
            }
        }

        foreach (var list in byFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    /// <summary>Every hedge in <paramref name="span"/> of <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<HedgeMatch> Find(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text, span);
        var found = new List<HedgeMatch>();
        for (int i = 0; i < words.Count; i++)
        {
            if (!byFirstWord.TryGetValue(words[i].Word, out var forms))
            {
                continue;
            }

            foreach (var (formWords, label) in forms)
            {
                if (i + formWords.Length > words.Count)
                {
                    continue;
                }

                bool all = true;
                for (int k = 1; k < formWords.Length && all; k++)
                {
                    all = string.Equals(words[i + k].Word, formWords[k], StringComparison.Ordinal);
                }

                if (all)
                {
                    found.Add(new HedgeMatch(label, new TextSpan(words[i].Start, words[i + formWords.Length - 1].End)));
                    i += formWords.Length - 1;
                    break;
                }
            }
        }

        return found;
    }

    private static List<(string Word, int Start, int End)> Words(string text, TextSpan span)
    {
        var words = new List<(string, int, int)>();
        int i = Math.Max(0, span.Start), end = Math.Min(text.Length, span.End);
        while (i < end)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < end && (char.IsLetter(text[i]) || (text[i] == '-' && i + 1 < end && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            words.Add((text[start..i].ToLowerInvariant(), start, i));
        }

        return words;
    }
}

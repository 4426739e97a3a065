using System.Collections.Frozen;
using ClaimCheck.Text.Segmentation;

namespace ClaimCheck.Text.Quotes;

/// <summary>
/// Counts the words of a quotation and decides whether it reads as a quoted term or scare quote
/// ("problems", ‘seriousness’, "aggressor state") rather than something somebody said.
/// </summary>
internal static class TermShape
{
    /// <summary>
    /// Longest quotation still taken for a term. Quoted names and scare quotes in news copy are
    /// one to three words ("union state", "aggressor state"); four leaves room for "the real
    /// negotiators" while five-word fragments already tend to be clauses.
    /// </summary>
    public const int MaxTermWords = 4;

    // Closed-class words that give a fragment a clause shape: a subject pronoun or an auxiliary,
    // copula or modal. A term rarely contains one; "there are no problems" does.
    private static readonly FrozenSet<string> ClauseWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "i", "we", "you", "he", "she", "it", "they",
        "am", "is", "are", "was", "were", "be", "been", "being",
        "do", "does", "did", "have", "has", "had",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "cannot", "won't", "can't", "ain't");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseLookup =
        ClauseWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Measures the tokens inside <paramref name="inner"/>, starting the scan at token index <paramref name="from"/>.</summary>
    public static (int WordCount, bool IsTermLike) Measure(SegmentedText text, TextSpan inner, int from)
    {
        var tokens = text.Tokens;
        int words = 0;
        bool clauseLike = false;
        for (int t = from; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.Start >= inner.End)
            {
                break;
            }

            if (token.Start < inner.Start)
            {
                continue;
            }

            switch (token.Kind)
            {
                case TokenKind.Word or TokenKind.Number:
                    var span = text.TextOf(token);

                    // A clitic ('s, ') belongs to the word before it.
                    if (!CharClass.IsApostrophe(span[0]))
                    {
                        words++;
                    }

                    clauseLike |= token.Kind == TokenKind.Word && IsClauseWord(span);
                    break;
                case TokenKind.Terminal or TokenKind.Punctuation:
                    clauseLike = true;
                    break;
                default:
                    break;
            }
        }

        return (words, words is > 0 and <= MaxTermWords && !clauseLike);
    }

    private static bool IsClauseWord(ReadOnlySpan<char> word)
    {
        if (ClauseLookup.Contains(word))
        {
            return true;
        }

        // Contractions: don't, we're, they've, I'll, I'm, she'd (any apostrophe form).
        int n = word.Length;
        if (n >= 4 && (word[n - 3] is 'n' or 'N') && CharClass.IsApostrophe(word[n - 2]) && (word[n - 1] is 't' or 'T'))
        {
            return true;
        }

        int apostrophe = n - 1;
        while (apostrophe > 0 && !CharClass.IsApostrophe(word[apostrophe]))
        {
            apostrophe--;
        }

        if (apostrophe <= 0)
        {
            return false;
        }

        var suffix = word[(apostrophe + 1)..];
        return suffix.Equals("re", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("m", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("d", StringComparison.OrdinalIgnoreCase);
    }
}

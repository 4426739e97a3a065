using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// After "according to" anything up to the clause end names the source, mention or not: "according
/// to a 52-count civil complaint filed by the SEC,". Where no mention starts there, one is added
/// for that phrase so the patterns can use it.
/// </summary>
internal static class PhraseSources
{
    /// <summary>A phrase source is at most this long; longer ones are clauses, not names.</summary>
    private const int MaxTokens = 25;

    public static IReadOnlyList<Mention> Add(SegmentedText text, IReadOnlyList<Mention> mentions, IReadOnlyList<string[]> triggers, IReadOnlyList<TextSpan> exclude)
    {
        if (triggers.Count == 0)
        {
            return mentions;
        }

        // The furthest end of a mention starting at each token: a shorter mention there ("the event
        // organizer" of "the event organizer Alliance to Reclaim Our Schools") does not stop the phrase.
        // Built at the first trigger: most articles have none.
        LongestMentions? starts = null;
        List<Mention>? added = null;
        // Indexed loops over the array: a foreach over the interface allocated an enumerator per token.
        var tokens = text.TokenArray;
        string source = text.Source.Text;

        // The lengths of the triggers' first words, one bit each: most tokens have none of them and are passed over at once.
        ulong lengths = 0;
        for (int i = 0; i < triggers.Count; i++)
        {
            lengths |= triggers[i].Length == 0 ? ulong.MaxValue : LengthBit(triggers[i][0].Length);
        }

        for (int t = 0; t < tokens.Length; t++)
        {
            if ((lengths & LengthBit(tokens[t].Length)) == 0)
            {
                continue;
            }

            for (int i = 0; i < triggers.Count; i++)
            {
                var trigger = triggers[i];
                if (trigger.Length > 0 && !MayEqual(source, tokens[t], trigger[0]))
                {
                    continue;
                }

                int k = 0;
                while (k < trigger.Length && t + k < tokens.Length && text.TextOf(tokens[t + k]).Equals(trigger[k], StringComparison.OrdinalIgnoreCase))
                {
                    k++;
                }

                int first = t + k;
                if (k < trigger.Length || first >= tokens.Length || Excluded(exclude, tokens[first].Start))
                {
                    continue;
                }

                int sentenceEnd = text.SentenceArray[text.SentenceAt(tokens[first].Start)].EndToken;
                int end = first;
                while (end < sentenceEnd && end - first < MaxTokens && tokens[end].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Symbol or TokenKind.Bracket
                    || (end < sentenceEnd && tokens[end].Kind == TokenKind.Dash && end > first))
                {
                    end++;
                }

                starts ??= LongestMentions.Of(mentions, tokens.Length);
                if (end == first || end - first >= MaxTokens || (starts[first]?.EndToken ?? -1) >= end)
                {
                    continue;
                }

                var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
                added ??= [];
                var phrase = new Mention(span, span, first, end, EntityType.Anonymous, MentionKind.Generic, text.Source.ToString(span), null, Gender.Unknown, false);
                added.Add(phrase);
                starts.Set(phrase);
            }
        }

        return PhraseMentions.Merge(mentions, added);
    }

    /// <summary>
    /// False when <paramref name="token"/> cannot equal <paramref name="word"/> ignoring case: another
    /// length, or another first letter (an ASCII letter equals only itself in either case). Most tokens
    /// are ruled out here, without the full comparison.
    /// </summary>
    private static bool MayEqual(string source, Token token, string word)
    {
        if (token.Length != word.Length)
        {
            return false;
        }

        if (word.Length == 0)
        {
            return true;
        }

        char w = word[0];
        return (uint)((w | 0x20) - 'a') > 'z' - 'a' || (source[token.Start] | 0x20) == (w | 0x20);
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    private static bool Excluded(IReadOnlyList<TextSpan> exclude, int position)
    {
        // Indexed, not LINQ: no closure and enumerator per trigger.
        for (int i = 0; i < exclude.Count; i++)
        {
            if (exclude[i].Contains(position))
            {
                return true;
            }
        }

        return false;
    }
}

using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// What the source-phrase steps (subject, tail, quote-side, compound and "according to" phrases) share:
/// adding a phrase as a mention once, and merging what they add into the mention list in its order.
/// </summary>
internal static class PhraseMentions
{
    /// <summary>
    /// Adds tokens [<paramref name="first"/>, <paramref name="end"/>) as an anonymous generic mention unless a
    /// mention already spans exactly those tokens.
    /// </summary>
    public static void AddAnonymous(SegmentedText text, IReadOnlyList<Mention> mentions, int first, int end, ref HashSet<(int, int)>? known, ref List<Mention>? added)
    {
        known ??= mentions.Select(m => (m.FirstToken, m.EndToken)).ToHashSet();
        if (!known.Add((first, end)))
        {
            return;
        }

        var tokens = text.TokenArray;
        var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
        added ??= [];
        added.Add(new Mention(span, span, first, end, EntityType.Anonymous, MentionKind.Generic, text.Source.ToString(span), null, Gender.Unknown, false));
    }

    /// <summary>The mentions with <paramref name="added"/> merged in: by first token, longer first (a stable sort).</summary>
    public static IReadOnlyList<Mention> Merge(IReadOnlyList<Mention> mentions, List<Mention>? added) =>
        added is null ? mentions : mentions.Concat(added).OrderBy(m => m.FirstToken).ThenByDescending(m => m.EndToken).ToList();
}

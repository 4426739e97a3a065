using System.Runtime.InteropServices;
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
    public static void AddAnonymous(SegmentedText text, IReadOnlyList<Mention> mentions, int first, int end, ref List<Mention>? added)
    {
        // A scan, not a set of all spans: a step adds a few phrases per article, and building the set was most of its cost.
        if (Spans(Items(mentions), first, end) || (added is not null && Spans(CollectionsMarshal.AsSpan(added), first, end)))
        {
            return;
        }

        var tokens = text.TokenArray;
        var span = new TextSpan(tokens[first].Start, tokens[end - 1].End);
        added ??= [];
        added.Add(new Mention(span, span, first, end, EntityType.Anonymous, MentionKind.Generic, text.Source.ToString(span), null, Gender.Unknown, false));
    }

    /// <summary>
    /// The mentions with <paramref name="added"/> merged in: by first token, longer first, and in list order
    /// among equal ones (a stable sort of the mentions followed by the added ones).
    /// </summary>
    public static IReadOnlyList<Mention> Merge(IReadOnlyList<Mention> mentions, List<Mention>? added)
    {
        if (added is null)
        {
            return mentions;
        }

        var items = Items(mentions);
        if (!Sorted(items))
        {
            return mentions.Concat(added).OrderBy(m => m.FirstToken).ThenByDescending(m => m.EndToken).ToList();
        }

        // The mentions are in order already (the scanner's output and every merge are): a stable insertion
        // sort of the few added ones and one merge pass give the same list as sorting everything again.
        var extra = added.ToArray();
        for (int i = 1; i < extra.Length; i++)
        {
            var m = extra[i];
            int j = i - 1;
            while (j >= 0 && Before(m, extra[j]))
            {
                extra[j + 1] = extra[j];
                j--;
            }

            extra[j + 1] = m;
        }

        var merged = new List<Mention>(items.Length + extra.Length);
        int k = 0;
        foreach (var m in items)
        {
            while (k < extra.Length && Before(extra[k], m))
            {
                merged.Add(extra[k++]);
            }

            merged.Add(m);
        }

        while (k < extra.Length)
        {
            merged.Add(extra[k++]);
        }

        return merged;
    }

    /// <summary>
    /// The mentions as a span: the list is an array (the scanner's) or a list (a merge's), and without
    /// profile-guided JIT every call through the interface in a loop stays a virtual call.
    /// </summary>
    public static ReadOnlySpan<Mention> Items(IReadOnlyList<Mention> mentions) => mentions switch
    {
        Mention[] array => array,
        List<Mention> list => CollectionsMarshal.AsSpan(list),
        _ => mentions.ToArray(),
    };

    /// <summary>Whether <paramref name="a"/> sorts strictly before <paramref name="b"/>: an earlier first token, or a later end at the same one.</summary>
    private static bool Before(Mention a, Mention b) =>
        a.FirstToken < b.FirstToken || (a.FirstToken == b.FirstToken && a.EndToken > b.EndToken);

    private static bool Sorted(ReadOnlySpan<Mention> mentions)
    {
        for (int i = 1; i < mentions.Length; i++)
        {
            if (Before(mentions[i], mentions[i - 1]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Spans(ReadOnlySpan<Mention> mentions, int first, int end)
    {
        for (int i = 0; i < mentions.Length; i++)
        {
            if (mentions[i].FirstToken == first && mentions[i].EndToken == end)
            {
                return true;
            }
        }

        return false;
    }
}
